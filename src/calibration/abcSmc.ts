/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC: Toni et al. 2009, with the
 * perturbation kernel and importance weights of Beaumont et al. 2009 and an adaptive tolerance as
 * in Del Moral et al. 2012).
 *
 * Generation 0 draws `particles` parameter vectors from the priors. Each later generation sets its
 * tolerance to a quantile (`quantile`, 0.5 by default) of the distances the previous generation
 * accepted, then proposes: pick a particle of the previous generation by weight, move it by a
 * Gaussian with twice the previous generation's weighted covariance (on the working scale, prior.ts),
 * drop it if outside the priors, simulate it, and keep it if any run lands within the tolerance,
 * until `particles` are kept. A kept particle's weight is
 *   (share of its runs within the tolerance) × prior(θ) / Σ_j W_j K(θ | θ_j),
 * the share making it an unbiased estimate of the ABC likelihood with several runs per particle.
 *
 * Common random numbers: every particle of a generation uses the same run seeds (seed + g·runs + r),
 * so particles differ by their parameters alone; each generation has new seeds, so the final
 * posterior is not tied to one noise pattern. Every random choice of generation g comes from a
 * stream of (seed, g), so a run resumed from a saved generation gives the same numbers.
 *
 * It stops at the tolerance floor (`minTolerance`: 1 means runs on average within one standard
 * deviation of the figures, their stated uncertainty), after `maxGenerations`, when the tolerance
 * stops shrinking, or when fewer than `minAcceptance` of proposals are kept (the previous
 * generation is then the result).
 */
import { sequentialStream } from "../model/random";
import { runSeed } from "../model/runSeed";
import type { Target } from "../scenario/target";
import { targetValue } from "../scenario/target";
import { fromWorking, logPriorDensity, samplePrior, standardNormal, toWorking, type Prior } from "./prior";
import { cholesky, correlate, mahalanobisSquared } from "./cholesky";
import { weightedCovariance } from "./weightedCovariance";
import { weightedQuantile } from "./weightedQuantile";
import { targetDistance } from "./targetDistance";
import type { ParticleRunner } from "./particleRunner";

export interface AbcOptions {
  priors: readonly Prior[];
  /** Targets the model produces (see targetSupported). */
  targets: readonly Target[];
  /** Particles per generation. */
  particles: number;
  /** Runs per particle (the same seeds for every particle of a generation). */
  runs: number;
  seed: number;
  /** Each tolerance is this quantile of the previous generation's accepted distances. */
  quantile?: number;
  minTolerance?: number;
  maxGenerations?: number;
  minAcceptance?: number;
}

export const ABC_DEFAULTS = { quantile: 0.5, minTolerance: 1, maxGenerations: 8, minAcceptance: 0.02 } as const;

export interface Particle {
  /** The parameters' values, in the priors' order. */
  values: number[];
  /** Normalised importance weight. */
  weight: number;
  /** Each run's distance to the targets. */
  distances: number[];
}

export interface Population {
  generation: number;
  /** Tolerance on the distance (null for generation 0, drawn from the priors). */
  tolerance: number | null;
  /** Run seeds shared by every particle. */
  seeds: number[];
  particles: Particle[];
  /** Proposals simulated, and the share of them kept. */
  proposals: number;
  acceptance: number;
  /** Effective sample size of the weights. */
  ess: number;
}

/** Everything needed to continue: the generations so far and, once finished, why it stopped. */
export interface AbcState {
  populations: Population[];
  stopped: string | null;
}

export interface AbcHooks {
  /** Called after each generation (to save a checkpoint, report progress). */
  onPopulation?: (state: AbcState) => void | Promise<void>;
  /** Called after each batch of simulations, with the generation and runs done in it. */
  onBatch?: (generation: number, runsDone: number) => void;
}

export async function abcSmc(options: AbcOptions, runner: ParticleRunner, hooks: AbcHooks = {}, resume?: AbcState): Promise<AbcState> {
  const settings = { ...ABC_DEFAULTS, ...options };
  const state: AbcState = resume ? { populations: [...resume.populations], stopped: resume.stopped } : { populations: [], stopped: null };
  while (state.stopped === null) {
    const previous = state.populations.at(-1) ?? null;
    let tolerance: number | null = null;
    if (previous) {
      if (previous.generation + 1 >= settings.maxGenerations) state.stopped = `reached ${settings.maxGenerations} generations`;
      else if (previous.tolerance !== null && previous.tolerance <= settings.minTolerance) state.stopped = `reached the tolerance floor (${settings.minTolerance})`;
      else {
        tolerance = Math.max(settings.minTolerance, nextTolerance(previous, settings.quantile));
        if (previous.tolerance !== null && tolerance >= previous.tolerance) state.stopped = `the tolerance stopped shrinking (${round(tolerance)})`;
      }
    }
    if (state.stopped === null) {
      const population = await nextPopulation(settings, previous, tolerance, runner, hooks);
      if (population) state.populations.push(population);
      else state.stopped = `fewer than ${settings.minAcceptance * 100}% of proposals were kept at tolerance ${round(tolerance!)}; the result is generation ${previous!.generation}`;
    }
    await hooks.onPopulation?.(state);
  }
  return state;
}

/** The quantile of the distances the previous generation accepted, each run weighted by its particle. */
export function nextTolerance(previous: Population, quantile: number): number {
  const distances: number[] = [];
  const weights: number[] = [];
  for (const particle of previous.particles) {
    const kept = particle.distances.filter((d) => previous.tolerance === null || d <= previous.tolerance);
    for (const d of kept) {
      distances.push(d);
      weights.push(particle.weight / kept.length);
    }
  }
  return weightedQuantile(distances, weights, quantile);
}

type Settings = Required<Omit<AbcOptions, "priors" | "targets">> & Pick<AbcOptions, "priors" | "targets">;

async function nextPopulation(settings: Settings, previous: Population | null, tolerance: number | null, runner: ParticleRunner, hooks: AbcHooks): Promise<Population | null> {
  const { priors, targets, particles: wanted, runs, seed } = settings;
  const generation = previous ? previous.generation + 1 : 0;
  const random = sequentialStream(seed, `abc/${generation}`);
  const seeds = Array.from({ length: runs }, (_, r) => runSeed(seed, generation * runs + r));
  const kernel = previous ? perturbationKernel(previous, priors) : null;
  const maxProposals = previous ? Math.ceil(wanted / settings.minAcceptance) : wanted;

  const propose = (): number[] => {
    if (!kernel) return priors.map((prior) => samplePrior(prior, random));
    for (let attempt = 0; attempt < 100_000; attempt++) {
      const parent = kernel.parents[pickIndex(kernel.weights, random())];
      const step = correlate(kernel.l, priors.map(() => standardNormal(random)));
      const x = parent.map((v, d) => v + step[d]);
      if (priors.every((prior, d) => logPriorDensity(prior, x[d]) > -Infinity)) return x;
    }
    throw new Error("ABC: no proposal inside the priors in 100,000 attempts");
  };

  const kept: { working: number[]; distances: number[]; logWeight: number }[] = [];
  let proposals = 0;
  let runsDone = 0;
  while (kept.length < wanted && proposals < maxProposals) {
    // Batch size from the acceptance so far (deterministic: it depends on results, not on timing).
    const rate = proposals ? Math.max(kept.length / proposals, settings.minAcceptance) : previous ? Math.max(previous.acceptance * settings.quantile, settings.minAcceptance) : 1;
    const size = Math.min(maxProposals - proposals, Math.max(8, Math.ceil(((wanted - kept.length) / rate) * 1.2)));
    const batch = Array.from({ length: size }, propose);
    const tasks = batch.flatMap((working) => seeds.map((s) => ({ values: working.map((w, d) => fromWorking(priors[d], w)), seed: s })));
    const values = await runner(tasks, (series) => targets.map((target) => targetValue(series, target)));
    runsDone += tasks.length;
    hooks.onBatch?.(generation, runsDone);
    for (let b = 0; b < batch.length && kept.length < wanted; b++) {
      proposals++;
      const distances = seeds.map((_, r) => targetDistance(values[b * runs + r], targets));
      const within = tolerance === null ? runs : distances.filter((d) => d <= tolerance).length;
      if (within === 0) continue;
      const working = batch[b];
      const logPrior = priors.reduce((s, prior, d) => s + logPriorDensity(prior, working[d]), 0);
      const logWeight = Math.log(within / runs) + (kernel ? logPrior - kernel.logMixture(working) : 0);
      kept.push({ working, distances, logWeight });
    }
  }
  if (kept.length < wanted) return null;
  const top = Math.max(...kept.map((k) => k.logWeight));
  const raw = kept.map((k) => Math.exp(k.logWeight - top));
  const total = raw.reduce((s, w) => s + w, 0);
  const particles = kept.map((k, i) => ({ values: k.working.map((w, d) => fromWorking(priors[d], w)), weight: raw[i] / total, distances: k.distances }));
  return {
    generation,
    tolerance,
    seeds,
    particles,
    proposals,
    acceptance: wanted / proposals,
    ess: 1 / particles.reduce((s, p) => s + p.weight ** 2, 0),
  };
}

/** Beaumont et al. (2009): a Gaussian with twice the previous generation's weighted covariance. */
function perturbationKernel(previous: Population, priors: readonly Prior[]) {
  const parents = previous.particles.map((p) => p.values.map((v, d) => toWorking(priors[d], v)));
  const weights = previous.particles.map((p) => p.weight);
  const { covariance } = weightedCovariance(parents, weights);
  const l = cholesky(covariance.map((row) => row.map((v) => 2 * v)));
  const logWeights = weights.map(Math.log);
  return {
    parents,
    weights,
    l,
    /** log Σ_j W_j K(x | θ_j), without K's constant (the same for every particle). */
    logMixture(x: readonly number[]): number {
      const terms = parents.map((parent, j) => logWeights[j] - 0.5 * mahalanobisSquared(l, x, parent));
      const top = Math.max(...terms);
      return top + Math.log(terms.reduce((s, t) => s + Math.exp(t - top), 0));
    },
  };
}

/** The index whose cumulative weight first passes u (weights summing to 1). */
function pickIndex(weights: readonly number[], u: number): number {
  let cumulative = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i];
    if (u < cumulative) return i;
  }
  return weights.length - 1;
}

const round = (x: number) => Number(x.toPrecision(4));
