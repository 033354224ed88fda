/**
 * The pure parts of the comparison view: the comparison's state changes, the run-major task list
 * and its seeds, the results store (complete prefix, CSV equal to the command line's functions),
 * the view statistics, the permalink round trip and the bins of the distribution chart.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toModelParams, setParameter, scenarioFromObject, type ScenarioFile } from "../../../src/scenario/index";
import { simulate } from "../../../src/model/index";
import { ensembleSeed } from "../../../src/ensemble/ensembleSeed";
import { variantStatistics } from "../../../src/ensemble/variantStatistics";
import { seriesCsv, summaryCsv } from "../../../src/output/runCsv";
import type { Comparison } from "../../../src/ensemble/comparisonFile";
import { EMPTY_COMPARISON, addVariant, moveVariant, numbersKey, removeVariant, renameVariant, reorderOfRuns, setVariantColour, setVariantHidden, uniqueName } from "../../../src/ui/compare/comparisonState";
import { nextVariantColour, VARIANT_COLOURS } from "../../../src/ui/compare/variantColour";
import { variantName } from "../../../src/ui/compare/variantName";
import { ensembleTasks } from "../../../src/ui/workers/ensembleTasks";
import { EnsembleResults, seriesRowCount } from "../../../src/ui/compare/ensembleResults";
import { ensembleView } from "../../../src/ui/compare/ensembleView";
import { comparisonFileText, readComparisonText } from "../../../src/ui/compare/comparisonFileText";
import { decodeComparison, encodeComparison, withComparisonParam, comparisonParam } from "../../../src/ui/state/comparisonAddress";
import { binCounts } from "../../../src/ui/charts/ensemble/finalShareChart";
import { formatPoints, pointsTick } from "../../../src/ui/charts/ensemble/pairedDifferenceChart";
import { formatTimeLeft } from "../../../src/ui/compare/ensembleProgress";

const ROOT = join(import.meta.dirname, "../../..");
const small = (attractiveness: number): ScenarioFile => {
  let o: object = JSON.parse(readFileSync(join(ROOT, "scenarios", "asylum-offer-deadline.json"), "utf8"));
  o = setParameter(o, "army.size", 300);
  o = setParameter(o, "army.days", 40);
  o = setParameter(o, "offer.attractiveness", attractiveness);
  return scenarioFromObject(o);
};
const two = (): Comparison => addVariant(addVariant({ ...EMPTY_COMPARISON, runs: 6, masterSeed: 11 }, { name: "weak", hidden: false, scenario: small(0.05) }), { name: "strong", hidden: false, scenario: small(0.2) });

/** Every run of `c`'s ensemble, simulated here. */
function ensembleOf(c: Comparison, keepSeries: boolean): EnsembleResults {
  const params = c.variants.map((v) => toModelParams(v.scenario));
  const results = new EnsembleResults(c.variants.length, c.runs, keepSeries);
  for (const t of ensembleTasks(c)) results.add(t.variant, t.run, simulate(params[t.variant], t.seed));
  return results;
}

describe("comparison state", () => {
  it("gives variants distinct palette colours and refuses a ninth", () => {
    let c = EMPTY_COMPARISON;
    for (let k = 0; k < 8; k++) c = addVariant(c, { name: `v${k}`, hidden: false, scenario: small(0) });
    expect(c.variants.map((v) => v.colour)).toEqual(VARIANT_COLOURS);
    expect(() => addVariant(c, { name: "v9", hidden: false, scenario: small(0) })).toThrow(/at most 8/);
    expect(nextVariantColour(["#0072b2"])).toBe(VARIANT_COLOURS[1]);
  });

  it("renames with unique, non-empty names", () => {
    const c = two();
    expect(renameVariant(c, 0, "  plain ").variants[0].name).toBe("plain");
    expect(() => renameVariant(c, 0, "strong")).toThrow(/already the name of variant 2/);
    expect(() => renameVariant(c, 0, " ")).toThrow(/needs a name/);
    expect(uniqueName(c, "weak")).toBe("weak (2)");
  });

  it("keeps the baseline on its variant when moving and removing", () => {
    let c = { ...addVariant(two(), { name: "third", hidden: false, scenario: small(0.1) }), baseline: 1 };
    c = moveVariant(c, 1, 1);
    expect(c.variants.map((v) => v.name)).toEqual(["weak", "third", "strong"]);
    expect(c.variants[c.baseline].name).toBe("strong");
    c = removeVariant(c, 0);
    expect(c.variants[c.baseline].name).toBe("strong");
    c = removeVariant(c, c.baseline);
    expect(c.baseline).toBe(0);
  });

  it("names, colours and hiding do not change the numbers key; scenarios, order and seeds do", () => {
    const c = two();
    const key = numbersKey(c);
    expect(numbersKey(setVariantHidden(renameVariant(c, 0, "x"), 1, true))).toBe(key);
    const recoloured = setVariantColour(c, 1, "#12AB34");
    expect(recoloured.variants[1].colour).toBe("#12ab34");
    expect(numbersKey(recoloured)).toBe(key);
    expect(() => setVariantColour(c, 1, "red")).toThrow(/#rrggbb/);
    expect(numbersKey(moveVariant(c, 0, 1))).not.toBe(key);
    expect(numbersKey({ ...c, masterSeed: 12 })).not.toBe(key);
  });

  it("keeps the runs when only the order changes under common random numbers, and only then", () => {
    const c = two();
    const moved = moveVariant(c, 0, 1);
    expect(reorderOfRuns(c, moved)).toEqual([1, 0]);
    expect(reorderOfRuns({ ...c, commonRandomNumbers: false }, { ...moved, commonRandomNumbers: false })).toBeNull();
    expect(reorderOfRuns(c, { ...moved, masterSeed: c.masterSeed + 1 })).toBeNull();
    expect(reorderOfRuns(c, removeVariant(c, 0))).toBeNull();
    // The reordered results export what the moved comparison computes: rows follow the variants.
    const results = ensembleOf(c, true);
    const again = ensembleOf(moved, true);
    const names = moved.variants.map((v) => v.name);
    expect(results.reordered([1, 0]).summaryCsv(names)).toBe(again.summaryCsv(names));
    expect(results.reordered([1, 0]).seriesCsvParts(names).join("")).toBe(again.seriesCsvParts(names).join(""));
  });

  it("names a pinned variant after its scenario and what was changed", () => {
    expect(variantName("asylum-offer-deadline", new Map())).toBe("asylum-offer-deadline");
    expect(variantName("x", new Map<string, number | string | null>([["offer.attractiveness", 0.2], ["seed", 4], ["offer.windows.0.close", null]]))).toBe("x (offer.attractiveness=0.2; offer.windows.0.close=none)");
  });
});

describe("ensemble tasks and results", () => {
  it("orders tasks run by run with the seeds of ensembleSeed, with and without common random numbers", () => {
    for (const crn of [true, false]) {
      const c = { ...two(), commonRandomNumbers: crn };
      const tasks = ensembleTasks(c);
      expect(tasks.length).toBe(12);
      expect(tasks.slice(0, 3).map((t) => [t.run, t.variant])).toEqual([[0, 0], [0, 1], [1, 0]]);
      for (const t of tasks) expect(t.seed).toBe(ensembleSeed(11, t.variant, t.run, 6, crn));
    }
  });

  it("shows and exports only the complete prefix, whatever order runs arrive in, as the CLI's CSV functions write it", () => {
    const c = two();
    const params = c.variants.map((v) => toModelParams(v.scenario));
    const tasks = ensembleTasks(c);
    const results = new EnsembleResults(2, 6, true);
    const order = [5, 0, 11, 1, 3, 2, 9, 4, 7, 6, 10, 8];
    const prefixes: number[] = [];
    for (const i of order) {
      const t = tasks[i];
      results.add(t.variant, t.run, simulate(params[t.variant], t.seed));
      prefixes.push(results.completeRuns);
    }
    expect(prefixes).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 6]);
    const names = c.variants.map((v) => v.name);
    const labelled = c.variants.flatMap((v, variant) => Array.from({ length: 6 }, (_, run) => ({ scenario: v.name, run, result: simulate(params[variant], ensembleSeed(11, variant, run, 6, true)) })));
    expect(results.summaryCsv(names)).toBe(summaryCsv(labelled, "variant"));
    expect(results.seriesCsvParts(names).join("")).toBe(seriesCsv(labelled, "variant"));
    expect(results.summaryCsv(names, 2)).toBe(summaryCsv(labelled.filter((l) => l.run < 2), "variant"));
    expect(seriesRowCount(c)).toBe(2 * 6 * 41);
    expect(() => new EnsembleResults(1, 1, false).seriesCsvParts(["a"])).toThrow(/too many/);
  });

  it("computes the view's statistics with variantStatistics and pairs differences run by run", () => {
    const c = { ...two(), baseline: 0 };
    const results = ensembleOf(c, false);
    const view = ensembleView(results, c);
    const [weak, strong] = results.summaries;
    expect(view.variants[0].statistics).toEqual(variantStatistics(weak, null));
    expect(view.variants[1].statistics).toEqual(variantStatistics(strong, weak));
    expect(view.variants[0].difference).toBeNull();
    expect(view.variants[1].difference!.p50).toBe(view.variants[1].statistics.differenceMedian);
    // A stronger offer is never worse run by run (same seeds), so every paired difference is >= 0.
    expect(view.variants[1].difference!.p05).toBeGreaterThanOrEqual(0);
    // Bands are ordered and span days 0..days.
    const b = view.variants[1].bands;
    expect(b.p50.length).toBe(41);
    for (let d = 0; d <= 40; d++) expect(b.p05[d] <= b.p25[d] && b.p25[d] <= b.p50[d] && b.p50[d] <= b.p75[d] && b.p75[d] <= b.p95[d]).toBe(true);
  });

  it("pairs the daily shares run by run: the day-by-day difference to the baseline, with its bands", () => {
    const c = { ...two(), baseline: 0 };
    const results = ensembleOf(c, false);
    const view = ensembleView(results, c);
    expect(view.variants[0].dailyDifference).toBeNull();
    const daily = view.variants[1].dailyDifference!;
    // By hand: run r's defected share on day d in the variant minus the baseline's, sorted per day.
    for (const d of [0, 10, 40]) {
      const column = Array.from({ length: 6 }, (_, r) => results.shares[1][r][d] - results.shares[0][r][d]).sort((x, y) => x - y);
      expect(daily.p50[d]).toBeCloseTo((column[2] + column[3]) / 2, 12);
      expect(daily.p05[d]).toBeGreaterThanOrEqual(column[0]);
      expect(daily.p95[d]).toBeLessThanOrEqual(column[5]);
    }
    // A stronger offer is never worse run by run, on any day; on the last day the median is the final shares' median difference.
    for (let d = 0; d <= 40; d++) expect(daily.p05[d]).toBeGreaterThanOrEqual(-1e-7);
    expect(daily.p50[40]).toBeCloseTo(view.variants[1].difference!.p50, 6);
  });
});

describe("comparison file and permalink", () => {
  it("round-trips through the file text and the compressed address", async () => {
    const c = two();
    expect(readComparisonText(comparisonFileText(c))).toEqual(c);
    const encoded = await encodeComparison(c);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeComparison(encoded)).toEqual(c);
    // Two variants of one scenario compress to much less than one scenario's text.
    expect(encoded.length).toBeLessThan(JSON.stringify(c.variants[0].scenario).length);
  });

  it("refuses addresses that are not a comparison, naming the problem", async () => {
    await expect(decodeComparison("not*base64")).rejects.toThrow(/base64url/);
    await expect(decodeComparison("AAAA")).rejects.toThrow(/not a compressed comparison/);
    const bad = await encodeComparison({ ...two(), runs: 0 } as Comparison);
    await expect(decodeComparison(bad)).rejects.toThrow(/invalid comparison/);
  });

  it("adds, replaces and removes the compare parameter next to the lab's", () => {
    expect(withComparisonParam("?scenario=x&set=a:1", "abc")).toBe("?scenario=x&set=a:1&compare=abc");
    expect(withComparisonParam("?scenario=x&compare=old", "new")).toBe("?scenario=x&compare=new");
    expect(withComparisonParam("?compare=old", null)).toBe("");
    expect(comparisonParam("?scenario=x&compare=abc")).toBe("abc");
  });
});

describe("chart helpers", () => {
  it("bins final shares, the top value in the last bin", () => {
    expect(binCounts([0, 0.01, 0.5, 0.99, 1], 1, 4)).toEqual([2, 0, 1, 2]);
  });
  it("formats differences in percentage points and time left", () => {
    expect(formatPoints(0.123)).toBe("+12.3 pp");
    expect(formatPoints(-0.05)).toBe("−5.0 pp");
    expect(pointsTick(0.25)).toBe("+25");
    expect(pointsTick(-0.025)).toBe("−2.5");
    expect(pointsTick(0)).toBe("0");
    expect(formatTimeLeft(75)).toBe("about 1 min 15 s left");
    expect(formatTimeLeft(Infinity)).toMatch(/estimating/);
  });
});
