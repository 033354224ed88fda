/**
 * The runs of an ensemble as a list of tasks, run-major: run 0 of every variant, then run 1 of
 * every variant, and so on, so that whatever has finished when the user cancels (or while partial
 * results are drawn) covers all variants alike and can be paired run by run. Seeds come from
 * ensembleSeed, as in `defection compare`.
 */
import type { Comparison } from "../../ensemble/comparisonFile";
import { ensembleSeed } from "../../ensemble/ensembleSeed";
import type { EnsembleTask } from "../../../workers/protocol";

export function ensembleTasks(comparison: Pick<Comparison, "runs" | "masterSeed" | "commonRandomNumbers" | "variants">): EnsembleTask[] {
  const { runs, masterSeed, commonRandomNumbers } = comparison;
  const variants = comparison.variants.length;
  const tasks: EnsembleTask[] = new Array(runs * variants);
  for (let run = 0; run < runs; run++)
    for (let variant = 0; variant < variants; variant++) tasks[run * variants + variant] = { variant, run, seed: ensembleSeed(masterSeed, variant, run, runs, commonRandomNumbers) };
  return tasks;
}
