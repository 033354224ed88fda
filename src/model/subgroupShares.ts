/**
 * Defected share of each group (subgroup, then the mobilised; population.ts, groupCount) on a day,
 * read off a run's fates: divided armies (Lyall 2020) break along their groups, and the army-wide
 * share hides it. A soldier counts in his group's army once his join day has come (the mobilised
 * from their day on; fates do not mark draft evaders, so with draft evasion on they count too, as
 * soldiers who never defected). NaN for a group with nobody.
 */
import type { ModelParams } from "./params";
import type { Population } from "./population";
import { groupCount } from "./population";
import type { RunResult } from "./result";

export function defectedShareBySubgroup(params: ModelParams, population: Population, result: RunResult, day = params.days): number[] {
  const groups = groupCount(params);
  const army = new Array<number>(groups).fill(0);
  const defected = new Array<number>(groups).fill(0);
  const { subgroup, joinDay } = population;
  const { fate } = result;
  for (let i = 0; i < population.capacity; i++) {
    if (joinDay[i] > day) continue;
    const g = subgroup[i];
    army[g]++;
    if (fate[i] >= 0 && fate[i] <= day) defected[g]++;
  }
  return army.map((n, g) => (n > 0 ? defected[g] / n : NaN));
}
