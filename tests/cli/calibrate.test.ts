import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, toModelParams } from "../../src/scenario";
import { simulate } from "../../src/model";
import { spawnSync } from "node:child_process";
import { ROOT, runCli, type CliResult } from "./runCli";

/** As runCli, with room for a calibration on a busy machine (runCli stops a command after 15 s). */
function runCalibration(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, ["bin/defection.js", ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("defection calibrate", () => {
  it("fits the offer that tips Kuran's army and writes the calibrated scenario", () => {
    const out = join(mkdtempSync(join(tmpdir(), "calibrate-")), "calibrated.json");
    const result = runCli("calibrate", "scenarios/kuran-bandwagon.json", "--target", "defected@day=200:0.5..1", "--range", "offer.attractiveness=0:0.05", "--runs", "1", "--out", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/offer\.attractiveness = [\d.]+ {3}values whose mean meets the range: [\d.]+ to [\d.]+/);
    expect(result.stdout).toContain("not a credible interval");
    const calibrated = loadScenario(readFileSync(out, "utf8"));
    const value = calibrated.parameters.offer.attractiveness;
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(0.05);
    expect(calibrated.assumptions.at(-1)).toMatch(/^Calibrated by defection calibrate \(quick mode\): offer\.attractiveness = /);
    // The fitted offer does what the target asked.
    expect(simulate(toModelParams(calibrated), calibrated.parameters.seed).summary.finalShare).toBeGreaterThanOrEqual(0.5);
  });

  it("says a scenario's targets with dates when it has a calendar, the code beside them", () => {
    const folder = mkdtempSync(join(tmpdir(), "calibrate-dates-"));
    const file = join(folder, "dated.json");
    const target = { counts: "defected", series: { every: "year", start: 259, values: [[5, 40]] }, source: "made up" };
    const parameters = { army: { size: 200, days: 800 }, thresholds: { distribution: "normal", mean: 0.35, sd: 0.15 }, awareness: { initial: 0.5 }, opportunity: { daily: 0.001 } };
    writeFileSync(file, JSON.stringify({ name: "dated", calendar: { start: "1963-04-17", source: "made up" }, targets: [target], parameters }));
    const result = runCli("calibrate", file, "--range", "offer.attractiveness=0:0.5", "--runs", "1");
    expect(result.status, result.stderr).toBe(0);
    // 1963-04-17 + 259 days is 1 January 1964: the year 1964, said as a year.
    expect(result.stdout).toMatch(/^ {2}5–40 soldiers defected in 1964 \[defected@days=259\.\.624:5\.\.40\]: ensemble mean /m);
  });

  it("names a bad target (exit 1) and asks for one when none is given (exit 2)", () => {
    const bad = runCli("calibrate", "scenarios/kuran-bandwagon.json", "--target", "deserted@day=5:0.1");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--target: "deserted@day=5:0.1": unknown quantity "deserted"');
    const none = runCli("calibrate", "scenarios/kuran-bandwagon.json");
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("the scenario records none");
  });
});

describe("defection calibrate --method abc", () => {
  const folder = mkdtempSync(join(tmpdir(), "calibrate-abc-"));
  const scenario = join(folder, "small.json");
  writeFileSync(
    scenario,
    JSON.stringify({
      name: "small",
      targets: [{ counts: "defected", series: { every: 10, kind: "level", values: [20, 60, 110, 150, 175, 190] }, relativeSd: 0.1, source: "made up" }, "captured@day=60:0"],
      priors: [
        { parameter: "offer.attractiveness", distribution: "uniform", low: 0, high: 0.4 },
        { parameter: "awareness.leafletReach", distribution: "log-uniform", low: 0.003, high: 0.3 },
      ],
      parameters: { army: { size: 200, days: 60 }, thresholds: { distribution: "normal", mean: 0.35, sd: 0.15 }, awareness: { initial: 0.05, leafletReach: 0.01 }, opportunity: { daily: 0.1 } },
    }),
  );
  const abc = (...extra: string[]) => runCalibration("calibrate", scenario, "--method", "abc", "--particles", "20", "--runs", "2", "--generations", "3", "--draws", "20", "--workers", "1", ...extra);

  it("fits every parameter with a prior, writes the posterior, the band and the scenario at the posterior medians", () => {
    const [posterior, band, out] = ["post.csv", "band.csv", "out.json"].map((name) => join(folder, name));
    const result = abc("--posterior", posterior, "--band", band, "--out", out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/offer\.attractiveness: median [\d.]+ {3}95% credible interval [\d.]+ to [\d.]+/);
    // Captured men are a model output now: fitted like the rest (no one is captured in this scenario, as the target says).
    expect(result.stdout).toContain("captured@day=60:0: predicted 0 (0 to 0)");
    expect(result.stderr).toMatch(/^generation 0: tolerance none \(the priors\), kept 100% of 20 proposals/);
    expect(result.stderr.match(/^generation 2:/gm)).toHaveLength(1);
    const rows = readFileSync(posterior, "utf8").trim().split("\n");
    expect(rows[0]).toBe("generation,particle,weight,offer.attractiveness,awareness.leafletReach,meanDistance");
    expect(rows).toHaveLength(21);
    expect(rows.slice(1).reduce((s, row) => s + Number(row.split(",")[2]), 0)).toBeCloseTo(1, 9);
    expect(readFileSync(band, "utf8").trim().split("\n")).toHaveLength(62);
    const calibrated = loadScenario(readFileSync(out, "utf8"));
    const median = Number(/offer\.attractiveness: median ([\d.]+)/.exec(result.stdout)![1]);
    expect(calibrated.parameters.offer.attractiveness).toBeCloseTo(median, 3);
    expect(calibrated.assumptions.at(-1)).toMatch(/^Calibrated by defection calibrate --method abc \(ABC-SMC, 20 particles x 2 runs/);
  }, 180_000);

  it("--resume continues from the last saved generation to the same output", () => {
    const [first, second, checkpoint] = ["a.csv", "b.csv", "run.checkpoint.json"].map((name) => join(folder, name));
    const whole = abc("--posterior", first, "--checkpoint", checkpoint);
    expect(whole.status, whole.stderr).toBe(0);
    // As if killed after generation 1: the checkpoint holds two generations and no stop.
    const saved = JSON.parse(readFileSync(checkpoint, "utf8"));
    saved.state = { populations: saved.state.populations.slice(0, 2), stopped: null };
    writeFileSync(checkpoint, JSON.stringify(saved));
    const resumed = abc("--posterior", second, "--checkpoint", checkpoint, "--resume");
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).not.toContain("generation 1:");
    expect(resumed.stderr).toContain("generation 2:");
    expect(resumed.stdout).toBe(whole.stdout);
    expect(readFileSync(second, "utf8")).toBe(readFileSync(first, "utf8"));
    // Another calibration's checkpoint is refused.
    const other = abc("--posterior", second, "--checkpoint", checkpoint, "--resume", "--seed", "9");
    expect(other.status).toBe(1);
    expect(other.stderr).toContain("comes from another calibration");
  }, 180_000);

  it("gives the same posterior on two worker threads as in one", () => {
    const [one, two] = ["w1.csv", "w2.csv"].map((name) => join(folder, name));
    expect(abc("--posterior", one).status).toBe(0);
    const pooled = runCalibration("calibrate", scenario, "--method", "abc", "--particles", "20", "--runs", "2", "--generations", "3", "--draws", "20", "--workers", "2", "--posterior", two);
    expect(pooled.status, pooled.stderr).toBe(0);
    expect(readFileSync(two, "utf8")).toBe(readFileSync(one, "utf8"));
  }, 180_000);

  it("fits what --fit names, over --range, instead of the priors the scenario states", () => {
    const posterior = join(folder, "fit.csv");
    const result = abc("--fit", "offer.attractiveness", "--range", "offer.attractiveness=0.1:0.2", "--posterior", posterior);
    expect(result.status, result.stderr).toBe(0);
    const header = readFileSync(posterior, "utf8").split("\n")[0];
    expect(header).toContain("offer.attractiveness");
    expect(header).not.toContain("awareness.leafletReach");
    expect(result.stdout).toMatch(/offer\.attractiveness: median 0\.1\d* .*prior 95%: 0\.1/);
  }, 180_000);

  it("names bad priors and flags that belong to the other method", () => {
    const bad = runCli("calibrate", scenario, "--method", "abc", "--prior", "offer.attractiveness=uniform:0:2");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--prior");
    expect(bad.stderr).toContain("outside offer.attractiveness's range");
    const misplaced = runCli("calibrate", scenario, "--particles", "20");
    expect(misplaced.status).toBe(2);
    expect(misplaced.stderr).toContain("--particles is for --method abc");
  }, 180_000);
});
