/**
 * The page's collection of sensitivity points against `defection sensitivity` on the same spec:
 * runs arriving in any order give the command line's points and indices CSVs byte for byte, and a
 * cancelled analysis leaves a points file the command line resumes to those same bytes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import seedrandom from "seedrandom";
import { describe, expect, test } from "vitest";
import { simulate } from "../../../src/model/simulation";
import { validateSensitivity } from "../../../src/sensitivity/sensitivitySpec";
import { sensitivityDesign } from "../../../src/sensitivity/sensitivityDesign";
import { sensitivityHash } from "../../../src/sensitivity/sensitivityHash";
import { pointParams, pointRunSeed } from "../../../src/sensitivity/pointParams";
import { SensitivityResults } from "../../../src/ui/sensitivity/sensitivityResults";
import { runCliIn } from "../../cli/runCli";
import { version } from "../../../package.json";
import { smallOfferInputs, smallOfferScenario } from "../../sensitivity/smallOfferSpec";

const dir = mkdtempSync(join(tmpdir(), "sensitivity-page-"));
const scenario = smallOfferScenario(200, 50);
const inputs = smallOfferInputs;

/** Every run of every point, shuffled: the order the page's workers might deliver them in. */
function shuffledRuns(points: number, runs: number): [number, number][] {
  const all = Array.from({ length: points * runs }, (_, k): [number, number] => [Math.floor(k / runs), k % runs]);
  const random = seedrandom("order");
  for (let k = all.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [all[k], all[j]] = [all[j], all[k]];
  }
  return all;
}

describe.each([
  ["morris", { method: "morris", trajectories: 5 }],
  ["sobol", { method: "sobol", sampleSize: 8 }],
])("the page's %s results", (name, settings) => {
  const input = { kind: "sensitivity", name, scenario, inputs, runs: 3, ...settings };
  const spec = validateSensitivity(input, null);
  const design = sensitivityDesign(spec);
  const results = new SensitivityResults(spec, design, sensitivityHash(spec, version));
  const params = Array.from({ length: spec.points }, (_, p) => pointParams(spec, design, p));
  const order = shuffledRuns(spec.points, spec.runs);
  let partial = "";
  for (const [k, [point, run]] of order.entries()) {
    results.add(point, run, simulate(params[point], pointRunSeed(spec, run)).summary);
    if (k === Math.floor(order.length * 0.6)) partial = results.pointsCsv();
  }
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(input));

  test("are the command line's points and indices, byte for byte", { timeout: 60_000 }, () => {
    const cli = runCliIn(dir, ["sensitivity", `${name}.json`, "--out", `${name}.csv`, "--workers", "2"]);
    expect(cli.status, cli.stderr).toBe(0);
    expect(results.complete).toBe(true);
    expect(results.pointsCsv()).toBe(readFileSync(join(dir, `${name}-points.csv`), "utf8"));
    expect(results.result().indicesText).toBe(readFileSync(join(dir, `${name}.csv`), "utf8"));
  });

  test("cut short, leave a points file the command line resumes to the same bytes", { timeout: 60_000 }, () => {
    const rows = partial.split("\n").length - 2;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(spec.points);
    writeFileSync(join(dir, `${name}-resumed-points.csv.part`), partial);
    const cli = runCliIn(dir, ["sensitivity", `${name}.json`, "--out", `${name}-resumed.csv`, "--resume", "--workers", "2"]);
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain(`${rows} already done`);
    expect(readFileSync(join(dir, `${name}-resumed-points.csv`), "utf8")).toBe(results.pointsCsv());
    expect(readFileSync(join(dir, `${name}-resumed.csv`), "utf8")).toBe(results.result().indicesText);
  });
});
