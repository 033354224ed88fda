/** Small comparisons and their ensembles, simulated here, for the compare tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toModelParams, setParameter, scenarioFromObject, type ScenarioFile } from "../../../src/scenario/index";
import { simulate } from "../../../src/model/index";
import type { Comparison } from "../../../src/ensemble/comparisonFile";
import { EMPTY_COMPARISON, addVariant } from "../../../src/ui/compare/comparisonState";
import { ensembleTasks } from "../../../src/ui/workers/ensembleTasks";
import { EnsembleResults } from "../../../src/ui/compare/ensembleResults";

const ROOT = join(import.meta.dirname, "../../..");
export const small = (attractiveness: number): ScenarioFile => {
  let o: object = JSON.parse(readFileSync(join(ROOT, "scenarios", "asylum-offer-deadline.json"), "utf8"));
  o = setParameter(o, "army.size", 300);
  o = setParameter(o, "army.days", 40);
  o = setParameter(o, "offer.attractiveness", attractiveness);
  return scenarioFromObject(o);
};
export const two = (): Comparison => addVariant(addVariant({ ...EMPTY_COMPARISON, runs: 6, masterSeed: 11 }, { name: "weak", hidden: false, scenario: small(0.05) }), { name: "strong", hidden: false, scenario: small(0.2) });

/** Every run of `c`'s ensemble, simulated here. */
export function ensembleOf(c: Comparison, keepSeries: boolean): EnsembleResults {
  const params = c.variants.map((v) => toModelParams(v.scenario));
  const results = new EnsembleResults(c.variants.length, c.runs, keepSeries);
  for (const t of ensembleTasks(c)) results.add(t.variant, t.run, simulate(params[t.variant], t.seed));
  return results;
}
