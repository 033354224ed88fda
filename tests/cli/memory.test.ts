/**
 * The largest job of each kind under a small heap (64 MB): each must start streaming without
 * holding its cells, runs or tasks (the old sweep listed 10^9 tasks and died with "JavaScript heap
 * out of memory"), and is then interrupted; worker counts are capped at the cores and reduced to
 * what memory holds, with a message.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BATCH_DEFAULTS } from "../../src/batch/batchDefaults";
import { runCliIn, startCli, until } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "defection-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tiny = { name: "tiny", parameters: { army: { size: 20, days: 2 } } };
writeFileSync(join(dir, "tiny.json"), JSON.stringify(tiny));
const HEAP = ["--max-old-space-size=64"];

async function startsUnderSmallHeap(args: string[], started: () => boolean) {
  const child = startCli(dir, args, { node: HEAP });
  await until(() => started() || child.exitCode !== null, 60_000);
  expect(child.exitCode, child.output.stderr).toBeNull();
  child.kill("SIGINT");
  const { code } = await child.exited;
  expect(child.output.stderr).not.toMatch(/heap out of memory|Allocation failed/);
  expect(code).toBe(130);
}

describe("the largest jobs under a 64 MB heap", () => {
  it(`a sweep of ${BATCH_DEFAULTS.sweep.maxCells.toLocaleString("en-US")} cells of ${BATCH_DEFAULTS.sweep.maxRuns.toLocaleString("en-US")} runs streams its first cell`, async () => {
    const sweep = { kind: "sweep", scenario: "tiny.json", axes: [{ path: "offer.attractiveness", from: 0, to: 1, steps: 1000 }, { path: "thresholds.mean", from: 0, to: 1, steps: 100 }], runs: BATCH_DEFAULTS.sweep.maxRuns };
    writeFileSync(join(dir, "huge-sweep.json"), JSON.stringify(sweep));
    const part = join(dir, "grid.csv.part");
    await startsUnderSmallHeap(["sweep", "huge-sweep.json", "--out", "grid.csv", "--workers", "1"], () => existsSync(part) && readFileSync(part, "utf8").split("\n").length > 2);
    expect(readFileSync(part, "utf8").split("\n")[1]).toMatch(/^0,100000,0,0,10000,/);
  }, 90_000);

  it(`a comparison of ${BATCH_DEFAULTS.compare.maxVariants} variants of ${BATCH_DEFAULTS.compare.maxRuns.toLocaleString("en-US")} runs streams its series`, async () => {
    const comparison = { kind: "comparison", runs: BATCH_DEFAULTS.compare.maxRuns, variants: Array.from({ length: BATCH_DEFAULTS.compare.maxVariants }, (_, k) => ({ name: `v${k}`, scenario: tiny })) };
    writeFileSync(join(dir, "huge-comparison.json"), JSON.stringify(comparison));
    const temp = () => readdirSync(dir).find((n) => n.startsWith(".runs.csv.") && n.endsWith(".tmp"));
    await startsUnderSmallHeap(["compare", "huge-comparison.json", "--out", "runs.csv", "--workers", "1"], () => {
      const name = temp();
      return name !== undefined && statSync(join(dir, name)).size > 100_000;
    });
  }, 90_000);

  it(`a run of ${BATCH_DEFAULTS.run.maxRuns.toLocaleString("en-US")} runs streams its series`, async () => {
    const temp = () => readdirSync(dir).find((n) => n.startsWith(".series.csv.") && n.endsWith(".tmp"));
    await startsUnderSmallHeap(["run", "tiny.json", "--runs", String(BATCH_DEFAULTS.run.maxRuns), "--out", "series.csv"], () => {
      const name = temp();
      return name !== undefined && statSync(join(dir, name)).size > 100_000;
    });
  }, 90_000);
});

describe("worker threads planned for the whole job", () => {
  it("--workers 256 is capped at the cores, with a message", () => {
    const result = runCliIn(dir, ["compare", "tiny.json", "--runs", "4", "--workers", "256"]);
    expect(result.status, result.stderr).toBe(0);
    const cores = availableParallelism();
    expect(result.stderr).toContain(`memory: --workers 256 is more than the ${cores} cores; using ${cores}`);
  });

  it("fewer workers when the job would not fit in memory, and a refusal when one run does not", () => {
    writeFileSync(join(dir, "million.json"), JSON.stringify({ name: "m", parameters: { army: { size: 1_000_000, days: 2 } } }));
    // A run of a million soldiers is about 63 MB, plus a worker's 48 MB: 150 MB holds one at a time.
    const env = { ...process.env, DEFECTION_MEMORY_BYTES: String(150e6) };
    const reduced = runCliIn(dir, ["compare", "million.json", "--runs", "2", "--workers", "2"], { env });
    expect(reduced.status, reduced.stderr).toBe(0);
    if (availableParallelism() >= 2) expect(reduced.stderr).toMatch(/memory: each run needs about 0\.11 GB, so 2 at once would need 0\.23 GB of the 0\.15 GB this machine can give; using 1 worker\n/);
    const refused = runCliIn(dir, ["compare", "million.json", "--runs", "2"], { env: { ...process.env, DEFECTION_MEMORY_BYTES: String(50e6) } });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("not enough memory:\n  one run needs about 0.11 GB, more than the 0.05 GB this machine can give the job");
  });
});
