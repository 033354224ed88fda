/**
 * The bench runs compiled (scripts/build-bench.mjs into build/bench/): the bundle must find the
 * repository's files from its own folder (scenarios, bench/), start its worker threads from the
 * compiled worker beside it, and run a row on its own when started as its own script.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("the compiled bench", () => {
  it("builds, and its page-ensemble row runs from the bundle with its compiled worker", () => {
    execFileSync(process.execPath, ["scripts/build-bench.mjs"], { cwd: root, stdio: "pipe" });
    for (const entry of ["run", "profile", "networks", "chartData", "pageEnsemble", "pageEnsembleWorker"]) expect(existsSync(`${root}build/bench/${entry}.mjs`), entry).toBe(true);
    // 2 runs of each variant on one worker thread: reads the shipped scenarios, starts
    // build/bench/pageEnsembleWorker.mjs, gathers every run.
    const child = spawnSync(process.execPath, [`${root}build/bench/pageEnsemble.mjs`, "2", "1"], { cwd: tmpdir(), encoding: "utf8" });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/in 1 Node worker threads, 2 variants x 2 runs x 10,000 soldiers x 365 days: [\d.]+ s/);
  }, 60_000);
});
