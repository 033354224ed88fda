/**
 * Ctrl-C (SIGINT) for every command that writes: the child runs in a temp folder, is interrupted
 * once its temporary file exists, and must leave no temporary file and no half-written output.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startCli, until } from "./runCli";
import { onInterrupt, pendingCleanups } from "../../src/cli/interrupt";

const dir = mkdtempSync(join(tmpdir(), "defection-interrupt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "s.json"), JSON.stringify({ name: "slow", parameters: { army: { size: 20000, days: 200 } } }));
const temporary = () => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

async function interrupted(args: string[], ready: () => boolean) {
  const child = startCli(dir, args);
  await until(ready);
  child.kill("SIGINT");
  return { ...(await child.exited), stderr: () => child.output.stderr };
}

describe("Ctrl-C", () => {
  it("the registry installs a handler only while something is to be cleaned", () => {
    const before = process.listenerCount("SIGINT");
    const off = onInterrupt(() => {});
    expect(process.listenerCount("SIGINT")).toBe(before + 1);
    expect(pendingCleanups()).toBe(1);
    off();
    expect(process.listenerCount("SIGINT")).toBe(before);
  });

  it("defection run leaves neither output nor temporary file", async () => {
    const { code } = await interrupted(["run", "s.json", "--runs", "500", "--out", "series.csv", "--summary", "summary.csv"], () => temporary().length === 2);
    expect(code).toBe(130);
    expect(temporary()).toEqual([]);
    expect(existsSync(join(dir, "series.csv")) || existsSync(join(dir, "summary.csv"))).toBe(false);
  });

  it("defection compare leaves neither output nor temporary file", async () => {
    const { code } = await interrupted(["compare", "s.json", "--runs", "500", "--workers", "1", "--out", "runs.csv"], () => temporary().length === 1);
    expect(code).toBe(130);
    expect(temporary()).toEqual([]);
    expect(existsSync(join(dir, "runs.csv"))).toBe(false);
  });

  it("defection sweep keeps its part file's finished cells and says how to resume", async () => {
    writeFileSync(join(dir, "sweep.json"), JSON.stringify({ kind: "sweep", scenario: "s.json", axes: [{ path: "offer.attractiveness", from: 0, to: 0.2, steps: 50 }], runs: 2 }));
    const part = join(dir, "grid.csv.part");
    const rows = () => (existsSync(part) ? readFileSync(part, "utf8").split("\n").length - 2 : 0);
    const result = await interrupted(["sweep", "sweep.json", "--out", "grid.csv", "--workers", "1"], () => rows() >= 1);
    expect(result.code).toBe(130);
    expect(result.stderr()).toMatch(/interrupted: \d+ finished cells are in grid\.csv\.part; run the same command with --resume to continue/);
    expect(rows()).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(dir, "grid.csv"))).toBe(false);
    expect(temporary()).toEqual([]);
  });

  // 2,000 runs per bisection step is about 25 s of work, so the interrupt lands mid-computation (with 200 runs the whole fit
  // finished in 2.6 s once seeds shared their soldiers, and CI saw fitted.json written before the interrupt).
  it("a calibration interrupted while it computes stops at once and writes nothing", async () => {
    const child = startCli(dir, ["calibrate", "s.json", "--target", "defected@day=150:0.5", "--runs", "2000", "--out", "fitted.json"]);
    await new Promise((r) => setTimeout(r, 2500));
    child.kill("SIGINT");
    const { code, signal } = await child.exited;
    expect(code === 130 || signal === "SIGINT").toBe(true);
    expect(existsSync(join(dir, "fitted.json"))).toBe(false);
    expect(temporary()).toEqual([]);
  });
});
