/**
 * What the two ensemble rows (issue 19) share: the page's comparison of the asylum offer with its
 * 60-day deadline and open-ended, each variant at 10,000 soldiers x 365 days, and the timing fields
 * of a row. bench/ensemble.ts runs it through `defection compare`, bench/pageEnsemble.ts as the
 * page runs it in worker threads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setParameter } from "../src/scenario/index";
import { repoRoot as root } from "./benchFolder";

export const ENSEMBLE_SOLDIERS = 10_000;
export const ENSEMBLE_DAYS = 365;

/** The shipped scenarios of the two variants (plain objects, not yet validated), resized. */
export function ensembleVariants(): { id: string; scenario: object }[] {
  return ["asylum-offer-deadline", "asylum-offer-open-ended"].map((id) => {
    let scenario: object = JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8"));
    scenario = setParameter(scenario, "army.size", ENSEMBLE_SOLDIERS);
    scenario = setParameter(scenario, "army.days", ENSEMBLE_DAYS);
    return { id, scenario };
  });
}

/** The timing an ensemble row reports: wall time of every run of every variant. */
export interface EnsembleTiming {
  runs: number;
  soldiers: number;
  days: number;
  variants: number;
  workers: number;
  seconds: number;
  msPerRun: number;
}

export function ensembleTiming(runs: number, variants: number, workers: number, seconds: number): EnsembleTiming {
  return { runs, soldiers: ENSEMBLE_SOLDIERS, days: ENSEMBLE_DAYS, variants, workers, seconds, msPerRun: (seconds * 1000) / (variants * runs) };
}
