/**
 * The model's code loaded from a source tree (this one, or a checkout of another commit made with
 * `git archive <commit> src | tar -x -C DIR` and node_modules linked in), so that the timing
 * scripts can run two versions alternating in one process (scripts/time-unit-runs.ts,
 * scripts/time-ensemble-runs.ts).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Another commit's code has its own types: its parts are used untyped. */
export type CodeTree = { name: string; Simulation: any; RunInputsCache: any; scenarioFromObject: any; toModelParams: any; setParameter: any };

export async function loadCodeTree(name: string, root: string): Promise<CodeTree> {
  const at = (path: string) => import(pathToFileURL(join(root, path)).href);
  const model = await at("src/model/index.ts");
  const scenario = await at("src/scenario/index.ts");
  const cache = await at("src/model/kernels/state/runInputsCache.ts");
  return { name, Simulation: model.Simulation, RunInputsCache: cache.RunInputsCache, scenarioFromObject: scenario.scenarioFromObject, toModelParams: scenario.toModelParams, setParameter: scenario.setParameter };
}
