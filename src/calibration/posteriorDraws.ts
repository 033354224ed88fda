/**
 * Parameter vectors drawn from an ABC posterior by weight (systematic resampling, one uniform from
 * the stream (seed, "abc/use-posterior")), for running comparisons over the posterior instead of
 * at one point: a weighted sample becomes `count` equally likely draws.
 */
import { sequentialStream } from "../model/random";
import type { Population } from "./abcSmc";
import { systematicResample } from "./predictiveBand";

export function posteriorDraws(population: Population, count: number, seed: number): number[][] {
  const chosen = systematicResample(population.particles.map((p) => p.weight), count, sequentialStream(seed, "abc/use-posterior")());
  return chosen.map((i) => [...population.particles[i].values]);
}
