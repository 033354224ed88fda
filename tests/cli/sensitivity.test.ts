import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvParse } from "d3";
import { ROOT, runCli } from "./runCli";
import { smallOfferInputs, smallOfferScenario } from "../sensitivity/smallOfferSpec";

const dir = mkdtempSync(join(tmpdir(), "sensitivity-"));
const scenario = smallOfferScenario(300, 60);
const inputs = smallOfferInputs;
const write = (name: string, spec: object) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ kind: "sensitivity", scenario, inputs, runs: 4, ...spec }));
  return path;
};
const sobolPath = write("sobol.json", { method: "sobol", sampleSize: 16 });
const morrisPath = write("morris.json", { method: "morris", trajectories: 6 });
const ok = (...args: string[]) => {
  const result = runCli(...args);
  expect(result.status, result.stderr).toBe(0);
  return result;
};

// Each test spawns the real command a few times; on a loaded machine one spawn can take seconds.
describe("defection sensitivity", { timeout: 90_000 }, () => {
  const indices = join(dir, "sobol.csv");
  const printed = ok("sensitivity", sobolPath, "--out", indices, "--workers", "2").stdout;
  const result = readFileSync(indices, "utf8");
  const points = readFileSync(join(dir, "sobol-points.csv"), "utf8");

  it("writes every sample point's inputs and outputs, and the indices per output and input", () => {
    const rows = csvParse(points);
    expect(rows.length).toBe(16 * 5);
    expect(rows.columns).toEqual(["point", "points", "base", "matrix", "offer.attractiveness", "opportunity.daily", "offer.urgency", "runs", "finalShare", "finalShareVariance", "cascadeProbability", "cascadeProbabilityVariance", "dayPast10", "dayPast10Variance", "dayPast50", "dayPast50Variance", "spec"]);
    expect(rows.slice(0, 5).map((r) => r.matrix)).toEqual(["A", "B", "AB:offer.attractiveness", "AB:opportunity.daily", "AB:offer.urgency"]);
    const table = csvParse(result);
    expect(table.length).toBe(4 * 3);
    expect(table.columns).toEqual(["output", "input", "rank", "first", "firstLow", "firstHigh", "total", "totalLow", "totalHigh", "noiseShare", "warning"]);
    expect(existsSync(join(dir, "sobol-points.csv.part"))).toBe(false);
    expect(printed).toMatch(/finalShare \(simulation noise: [\d.]+% of its variance across points\):\n {3}1\. offer\.attractiveness/);
    // 16 base rows cannot give intervals under 0.1: the analysis says so and suggests a size.
    expect(printed).toMatch(/try sampleSize \d+/);
    expect(table.find((r) => r.output === "finalShare" && r.input === "offer.attractiveness")!.warning).toMatch(/wider than the tolerance 0.1/);
  });

  it("gives an input the scenario does not use (urgency without a deadline) Sobol indices whose intervals include 0, and ranks the offer first", () => {
    for (const row of csvParse(result).filter((r) => r.input === "offer.urgency")) {
      expect(Number(row.firstLow)).toBeLessThanOrEqual(0);
      expect(Number(row.firstHigh)).toBeGreaterThanOrEqual(0);
      expect(Number(row.totalLow)).toBeLessThanOrEqual(0);
      expect(Number(row.totalHigh)).toBeGreaterThanOrEqual(0);
      expect(row.rank).toBe("3");
    }
    const offer = csvParse(result).find((r) => r.output === "finalShare" && r.input === "offer.attractiveness")!;
    expect([offer.rank, Number(offer.totalLow) > 0]).toEqual(["1", true]);
  });

  it("gives the unused input a Morris mu* interval that includes 0, and the offer a mu* interval above it", () => {
    const out = join(dir, "morris.csv");
    ok("sensitivity", morrisPath, "--out", out, "--workers", "1");
    const table = csvParse(readFileSync(out, "utf8"));
    expect(table.columns.slice(0, 8)).toEqual(["output", "input", "rank", "muStar", "muStarLow", "muStarHigh", "mu", "sigma"]);
    for (const row of table.filter((r) => r.input === "offer.urgency")) expect(Number(row.muStarLow)).toBeLessThanOrEqual(0);
    const offer = table.find((r) => r.output === "finalShare" && r.input === "offer.attractiveness")!;
    expect(Number(offer.muStarLow)).toBeGreaterThan(0);
  });

  for (const n of [3]) {
    it(`sharded in ${n} and merged (parts in any order), gives the same bytes as unsharded, points and indices`, () => {
      const parts = Array.from({ length: n }, (_, i) => {
        const part = join(dir, `part-${n}-${i + 1}.csv`);
        ok("sensitivity", sobolPath, "--out", part, "--shard", `${i + 1}/${n}`, "--workers", "1");
        return part;
      });
      const merged = join(dir, `merged-${n}.csv`);
      ok("sensitivity", sobolPath, "--merge", ...parts.reverse(), "--out", merged, "--points", join(dir, `merged-${n}-points.csv`));
      expect(readFileSync(merged, "utf8")).toBe(result);
      expect(readFileSync(join(dir, `merged-${n}-points.csv`), "utf8")).toBe(points);
    });
  }

  it("merge refuses a missing part, a part given twice and a part of another spec, writing nothing", () => {
    const parts = [1, 2, 3].map((i) => join(dir, `part-3-${i}.csv`));
    const out = join(dir, "refused.csv");
    const missing = runCli("sensitivity", sobolPath, "--merge", parts[0], parts[1], "--out", out);
    expect([missing.status, missing.stderr]).toEqual([1, expect.stringMatching(/points 2, 5, 8, .* are missing \(of 80\)/)]);
    const twice = runCli("sensitivity", sobolPath, "--merge", ...parts, parts[2], "--out", out);
    expect(twice.stderr).toMatch(/a part was given twice/);
    const otherPath = write("other.json", { method: "sobol", sampleSize: 16, runs: 3 });
    const other = runCli("sensitivity", otherPath, "--merge", ...parts, "--out", out);
    expect(other.stderr).toMatch(/comes from another spec or version/);
    expect(existsSync(out)).toBe(false);
  });

  it("resumes from a part file cut off mid-row, losing and repeating nothing", () => {
    const out = join(dir, "resumed.csv");
    const lines = points.split("\n");
    writeFileSync(join(dir, "resumed-points.csv.part"), lines.slice(0, 12).join("\n") + "\n" + lines[12].slice(0, 25));
    const resumed = ok("sensitivity", sobolPath, "--out", out, "--resume");
    expect(resumed.stdout).toContain("69 points run (276 runs), 11 already done");
    expect(readFileSync(out, "utf8")).toBe(result);
    expect(readFileSync(join(dir, "resumed-points.csv"), "utf8")).toBe(points);
  });

  it("resumes after a real kill (SIGKILL while points are being written) to the same bytes", async () => {
    // More runs per point than the other tests so that the kill lands mid-analysis.
    const slowPath = write("slow.json", { method: "sobol", sampleSize: 16, runs: 40 });
    const out = join(dir, "killed.csv");
    const part = join(dir, "killed-points.csv.part");
    const child = spawn(process.execPath, ["bin/defection.js", "sensitivity", slowPath, "--out", out, "--workers", "1"], { cwd: ROOT, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !(existsSync(part) && readFileSync(part, "utf8").split("\n").length > 6)) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await exited;
    expect(existsSync(out)).toBe(false);
    const kept = readFileSync(part, "utf8").split("\n").length - 2;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(80);
    const resumed = ok("sensitivity", slowPath, "--out", out, "--resume");
    expect(resumed.stdout).toMatch(/already done/);
    const whole = join(dir, "unkilled.csv");
    ok("sensitivity", slowPath, "--out", whole);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(whole, "utf8"));
    expect(readFileSync(join(dir, "killed-points.csv"), "utf8")).toBe(readFileSync(join(dir, "unkilled-points.csv"), "utf8"));
    expect(statSync(out).size).toBeGreaterThan(0);
  }, 60_000);

  it("leaves the noise share empty with one run per point (no within-point variance to measure)", () => {
    const onePath = write("one.json", { method: "morris", trajectories: 3, runs: 1 });
    const out = join(dir, "one.csv");
    ok("sensitivity", onePath, "--out", out);
    expect(new Set(csvParse(readFileSync(out, "utf8")).map((r) => r.noiseShare))).toEqual(new Set([""]));
  });

  it("refuses bad usage and a bad spec with the field named", () => {
    expect(runCli("sensitivity", sobolPath).status).toBe(2);
    expect(runCli("sensitivity", sobolPath, "--out", join(dir, "x.csv"), "--shard", "4/3").stderr).toMatch(/--shard needs i\/n/);
    const bad = write("bad.json", { method: "sobol", sampleSize: 16, runs: 0 });
    const refused = runCli("sensitivity", bad, "--out", join(dir, "x.csv"));
    expect([refused.status, refused.stderr]).toEqual([1, expect.stringMatching(/runs: /)]);
    expect(runCli("sensitivity", "--help").stdout).toMatch(/Usage: defection sensitivity SPEC.json/);
  });

  it("checks its outputs before any run: no device, no folder, no input, and a part file is resumed or refused, never reset", () => {
    // A device node of our own in the temp folder (we run as root), never /dev itself.
    const device = join(dir, "null-device");
    execFileSync("mknod", [device, "c", "1", "3"]);
    const toDevice = runCli("sensitivity", morrisPath, "--out", device);
    expect([toDevice.status, toDevice.stderr]).toEqual([1, expect.stringMatching(/--out: cannot write .*null-device: .*device/)]);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(runCli("sensitivity", morrisPath, "--out", dir).stderr).toMatch(/--out: cannot write .*folder/);
    expect(runCli("sensitivity", morrisPath, "--out", morrisPath).stderr).toMatch(/--out: cannot write .*input/);

    const out = join(dir, "again.csv");
    const part = join(dir, "again-points.csv.part");
    writeFileSync(part, readFileSync(join(dir, "sobol-points.csv"), "utf8").split("\n")[0] + "\n");
    const refused = runCli("sensitivity", morrisPath, "--out", out);
    expect([refused.status, refused.stderr]).toEqual([1, expect.stringMatching(/again-points\.csv\.part exists \(0 finished points\): give --resume to continue it, or remove it to start over/)]);
    expect(existsSync(out)).toBe(false);
  });

  it("reads its base scenario inside the spec's own folder unless --allow-files-outside", () => {
    const inner = mkdtempSync(join(dir, "inner-"));
    writeFileSync(join(dir, "outside.json"), JSON.stringify(scenario));
    const specPath = join(inner, "spec.json");
    writeFileSync(specPath, JSON.stringify({ kind: "sensitivity", scenario: "../outside.json", inputs, runs: 2, method: "morris", trajectories: 2 }));
    const refused = runCli("sensitivity", specPath, "--out", join(inner, "x.csv"));
    expect([refused.status, refused.stderr]).toEqual([1, expect.stringMatching(/scenario: cannot read "\.\.\/outside\.json"/)]);
    ok("sensitivity", specPath, "--out", join(inner, "x.csv"), "--allow-files-outside");
  });
});
