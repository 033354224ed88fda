/**
 * How ABC-SMC gets simulations: a list of tasks (the calibrated parameters' values and a seed),
 * each simulated and read by `read`, results in task order. In process here; the command line
 * runs them on its pool of worker threads (same numbers, cli/commands/calibratePool.ts).
 */
import type { ModelParams } from "../model/params";
import type { RunSeries } from "../model/result";
import { simulate } from "../model/simulation";

export interface ParticleTask {
  values: readonly number[];
  seed: number;
}

export type ParticleRunner = <T>(tasks: readonly ParticleTask[], read: (series: RunSeries) => T) => Promise<T[]>;

/** Simulates each task in this thread; `build` turns values into model inputs. */
export function inProcessRunner(build: (values: readonly number[]) => ModelParams): ParticleRunner {
  return async (tasks, read) => {
    const cache = new Map<string, ModelParams>();
    return tasks.map(({ values, seed }) => {
      const key = values.join(",");
      let params = cache.get(key);
      if (!params) cache.set(key, (params = build(values)));
      return read(simulate(params, seed).series);
    });
  };
}
