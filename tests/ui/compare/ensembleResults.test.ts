/** The results store of an ensemble: the complete prefix, and CSVs as the command line writes them. */
import { describe, expect, it } from "vitest";
import { toModelParams } from "../../../src/scenario/index";
import { simulate } from "../../../src/model/index";
import { ensembleSeed } from "../../../src/ensemble/ensembleSeed";
import { seriesCsv, summaryCsv } from "../../../src/output/runCsv";
import { ensembleTasks } from "../../../src/ui/workers/ensembleTasks";
import { EnsembleResults, seriesRowCount } from "../../../src/ui/compare/ensembleResults";
import { two } from "./comparisonData";

describe("EnsembleResults", () => {
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
});
