/**
 * Parameter vectors drawn from an ABC posterior by weight (systematic resampling, one uniform from
 * the stream (seed, "abc/use-posterior")), for running comparisons over the posterior instead of
 * at one point: a weighted sample becomes `count` equally likely draws, shuffled (from the same
 * stream), since systematic resampling lists them in particle order and a comparison of fewer
 * runs than draws would otherwise see only the first particles.
 */
import { sequentialStream } from "../model/random";
import type { Population } from "./abcSmc";
import { systematicResample } from "./predictiveBand";

export function posteriorDraws(population: Population, count: number, seed: number): number[][] {
  const random = sequentialStream(seed, "abc/use-posterior");
  const chosen = systematicResample(population.particles.map((p) => p.weight), count, random());
  for (let i = chosen.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [chosen[i], chosen[j]] = [chosen[j], chosen[i]];
  }
  return chosen.map((i) => [...population.particles[i].values]);
}
