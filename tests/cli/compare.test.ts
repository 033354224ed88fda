import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvParse } from "d3";
import { runCli } from "./runCli";
import { simulate } from "../../src/model";
import { scenarioFromObject, toModelParams } from "../../src/scenario";
import { seriesHeaderLine, seriesRows, summaryHeaderLine, summaryRow } from "../../src/output/runCsv";
import { runByRun } from "../../src/cli/commands/compare";

const dir = mkdtempSync(join(tmpdir(), "compare-"));
const write = (name: string, object: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(object));
  return path;
};
const scenario = (parameters: object) => ({ name: "x", parameters: { army: { size: 400, days: 60 }, thresholds: { distribution: "normal", mean: 0.3, sd: 0.15 }, ...parameters } });

describe("defection compare", () => {
  it("gives identical CSV with 1 and 4 worker threads", () => {
    const outputs = [1, 4].map((workers) => {
      const out = join(dir, `series-${workers}.csv`);
      const summary = join(dir, `summary-${workers}.csv`);
      const result = runCli("compare", "scenarios/asylum-offer-deadline.json", "scenarios/asylum-offer-open-ended.json", "--runs", "6", "--workers", String(workers), "--out", out, "--summary", summary);
      expect(result.status, result.stderr).toBe(0);
      return [readFileSync(out, "utf8"), readFileSync(summary, "utf8"), result.stdout];
    });
    expect(outputs[1]).toEqual(outputs[0]);
    const rows = csvParse(outputs[0][1]);
    expect(rows.columns.slice(0, 3)).toEqual(["variant", "run", "seed"]);
    expect(rows.length).toBe(12);
  });

  it("two variants differing only in a parameter that cannot matter give identical ensembles", () => {
    const a = write("global-a.json", scenario({ observation: { scope: "global" }, network: { type: "erdos-renyi", meanDegree: 2 }, opportunity: { daily: 0.3 } }));
    const b = write("global-b.json", scenario({ observation: { scope: "global" }, network: { type: "erdos-renyi", meanDegree: 9 }, opportunity: { daily: 0.3 } }));
    const result = runCli("compare", a, b, "--runs", "10", "--json");
    expect(result.status, result.stderr).toBe(0);
    const table = JSON.parse(result.stdout);
    expect(table.variants[1].differenceP05).toBe(0);
    expect(table.variants[1].differenceP95).toBe(0);
    expect(table.variants[1].meanFinalShare).toBe(table.variants[0].meanFinalShare);
  });

  it("a stronger offer is never worse, run by run, in the global deterministic case; without CRN the pairs scatter", () => {
    const weak = write("weak.json", scenario({ offer: { attractiveness: 0.02 } }));
    const strong = write("strong.json", scenario({ offer: { attractiveness: 0.05 } }));
    const summaryPath = join(dir, "offer-summary.csv");
    const crn = runCli("compare", weak, strong, "--runs", "30", "--summary", summaryPath, "--json");
    expect(crn.status, crn.stderr).toBe(0);
    const rows = csvParse(readFileSync(summaryPath, "utf8"));
    const share = (variant: string, run: number) => Number(rows.find((r) => r.variant === variant && Number(r.run) === run)!.finalShare);
    for (let run = 0; run < 30; run++) expect(share("strong", run)).toBeGreaterThanOrEqual(share("weak", run));
    const withCrn = JSON.parse(crn.stdout).variants[1];
    const without = JSON.parse(runCli("compare", weak, strong, "--runs", "30", "--no-crn", "--json").stdout).variants[1];
    expect(without.differenceP95 - without.differenceP05).toBeGreaterThan(withCrn.differenceP95 - withCrn.differenceP05);
  });

  it("runs a comparison file, and names what is wrong in a broken one", () => {
    const good = write("comparison.json", { kind: "comparison", runs: 3, masterSeed: 5, baseline: 1, variants: [{ name: "weak", scenario: scenario({}) }, { name: "strong", scenario: scenario({ offer: { attractiveness: 0.1 } }) }] });
    const result = runCli("compare", good, "--json");
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ baseline: "strong", runs: 3, masterSeed: 5 });
    const bad = write("bad.json", { kind: "comparison", variants: [{ name: "a", scenario: scenario({ army: { size: -1 } }) }] });
    const refused = runCli("compare", bad);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("variants[0].scenario.parameters.army.size: -1 is not allowed");
  });

  /**
   * What `defection compare` wrote before it handed runs out seed by seed: every run drawn afresh
   * (simulate), written variant by variant, run by run.
   */
  const variantByVariant = (files: { name: string; object: object }[], runs: number) => {
    let series = seriesHeaderLine("variant");
    let summary = summaryHeaderLine("variant");
    for (const { name, object } of files) {
      const params = toModelParams(scenarioFromObject(object));
      for (let run = 0; run < runs; run++) {
        const labelled = { scenario: name, run, result: simulate(params, 1 + run) };
        series += seriesRows(labelled);
        summary += summaryRow(labelled);
      }
    }
    return { series, summary };
  };

  it("hands runs out run by run under common random numbers while the waiting results fit", () => {
    // The page's comparison: 2 variants x 1,000 runs x 365 days, series written.
    expect(runByRun({ variants: 2, runs: 1000, days: 365, withSeries: true, commonRandomNumbers: true })).toBe(true);
    expect(runByRun({ variants: 2, runs: 1000, days: 365, withSeries: true, commonRandomNumbers: false })).toBe(false);
    expect(runByRun({ variants: 1, runs: 1000, days: 365, withSeries: true, commonRandomNumbers: true })).toBe(false);
    // Summaries only wait: small.
    expect(runByRun({ variants: 8, runs: 10_000, days: 10_000, withSeries: false, commonRandomNumbers: true })).toBe(true);
    expect(runByRun({ variants: 8, runs: 10_000, days: 10_000, withSeries: true, commonRandomNumbers: true })).toBe(false);
  });

  it("writes the CSV of every run drawn afresh, variant by variant, while runs are handed out seed by seed and soldiers shared", () => {
    // Two variants that draw the same soldiers (the offer differs), and one that draws others (the thresholds differ).
    const files = [
      { name: "same-a", object: scenario({ offer: { attractiveness: 0.05 }, observation: { scope: "network" } }) },
      { name: "same-b", object: scenario({ offer: { attractiveness: 0.2 }, observation: { scope: "network" } }) },
      { name: "other", object: scenario({ thresholds: { distribution: "normal", mean: 0.25, sd: 0.15 }, observation: { scope: "network" } }) },
    ];
    const paths = files.map((f) => write(`${f.name}.json`, f.object));
    const expected = variantByVariant(files, 7);
    for (const workers of ["1", "2"]) {
      const out = join(dir, `shared-series-${workers}.csv`);
      const summary = join(dir, `shared-summary-${workers}.csv`);
      const result = runCli("compare", ...paths, "--runs", "7", "--workers", workers, "--out", out, "--summary", summary);
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(expected.series);
      expect(readFileSync(summary, "utf8")).toBe(expected.summary);
    }
  });

  it("hands runs out variant by variant when the later variants' series would not fit the waiting room, with the same CSV", () => {
    const tiny = (attractiveness: number) => ({ name: "t", parameters: { army: { size: 20, days: 100 }, offer: { attractiveness } } });
    const files = [0.1, 0.3, 0.5].map((a, k) => ({ name: `tiny-${k}`, object: tiny(a) }));
    const runs = 3000;
    expect(runByRun({ variants: 3, runs, days: 100, withSeries: true, commonRandomNumbers: true })).toBe(false);
    const paths = files.map((f) => write(`${f.name}.json`, f.object));
    const out = join(dir, "tiny-series.csv");
    const summary = join(dir, "tiny-summary.csv");
    const result = runCli("compare", ...paths, "--runs", String(runs), "--workers", "2", "--out", out, "--summary", summary);
    expect(result.status, result.stderr).toBe(0);
    const expected = variantByVariant(files, runs);
    expect(readFileSync(out, "utf8")).toBe(expected.series);
    expect(readFileSync(summary, "utf8")).toBe(expected.summary);
  }, 60_000);
});
