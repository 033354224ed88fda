/**
 * Fits one or two numeric parameters of a scenario so that ensemble means meet historical targets.
 *
 * This is the quick mode of `defection calibrate`; its intervals are not credible intervals (the
 * figures' own uncertainty and the other parameters' are not in them; `--method abc` has those):
 * - One parameter and one target: bisection on the ensemble mean, which with common random numbers
 *   is a (nearly) monotone function of a parameter that acts in one direction. The interval is, for
 *   a range target, the set of values whose ensemble mean falls in the range ("meets-range"); for a
 *   point target, the values whose mean is within 1.96 standard errors of the ensemble mean of the
 *   figure: simulation noise only ("noise").
 * - Otherwise: Nelder-Mead over the parameters' ranges on the sum of squared misses, in percentage
 *   points of the army (shares) or percent of the target (counts); each parameter's interval is
 *   where the misses, in standard errors of the ensemble means, stay within a 95% chi-square margin
 *   of the best fit, the other parameter held at its fit: simulation noise only ("noise").
 */
import type { ModelParams } from "../model/params";
import { InputError } from "../scenario/issues";
import { parameterAt } from "../scenario/parameters";
import { ensembleMeans, type EnsembleMeans } from "./ensembleMeans";
import { InputsBySeed } from "../batch/inputsBySeed";
import { bisect } from "./bisect";
import { nelderMead } from "./nelderMead";
import { targetMiddle, type Target } from "../scenario/target";

export interface CalibrationRequest {
  /** Model inputs for the fitted parameters' values (in `fit` order); throws InputError for impossible values. */
  build: (values: number[]) => ModelParams;
  /** Paths under `parameters`, e.g. offer.attractiveness (one or two). */
  fit: string[];
  targets: Target[];
  runs: number;
  seed: number;
  /** Search ranges per path; the registry's allowed range by default. */
  ranges?: Partial<Record<string, [number, number]>>;
  /** Called after every ensemble, with how many have been run. */
  onEnsemble?: (count: number) => void;
}

export interface FittedParameter {
  path: string;
  value: number;
  low: number;
  high: number;
  /** What [low, high] is: the values whose mean meets a range target, or simulation noise only. */
  interval: "meets-range" | "noise";
}

export interface CalibrationResult {
  method: "bisection" | "nelder-mead";
  parameters: FittedParameter[];
  /** Each target's ensemble mean and standard error at the fitted values. */
  achieved: { target: Target; mean: number; standardError: number }[];
  ensembles: number;
}

export function calibrate(request: CalibrationRequest): CalibrationResult {
  const { fit, targets, runs, seed } = request;
  if (fit.length < 1 || fit.length > 2) throw new InputError([{ path: "--fit", message: `give one or two parameters, got ${fit.length}` }], "invalid calibration");
  if (targets.length < 1) throw new InputError([{ path: "--target", message: "give at least one target" }], "invalid calibration");
  const specs = fit.map((path) => {
    const parameter = parameterAt(path);
    if (!parameter) throw new InputError([{ path: "--fit", message: `"${path}" is not a numeric parameter (see the parameter table in the README)` }], "invalid calibration");
    const range = request.ranges?.[path] ?? [parameter.min, parameter.max];
    return { path, integer: parameter.integer === true, lo: range[0], hi: range[1] };
  });

  let ensembles = 0;
  const cache = new Map<string, EnsembleMeans>();
  // Every candidate runs the same seeds: their soldiers are drawn once where the candidates draw the same.
  const inputs = new InputsBySeed();
  const evaluate = (values: number[]): EnsembleMeans => {
    const key = values.join(",");
    let result = cache.get(key);
    if (!result) {
      const params = request.build(values);
      targets.forEach((t) => {
        if (t.day > params.days) throw new InputError([{ path: "--target", message: `${JSON.stringify(t.text)}: day ${t.day} is after the last simulated day (${params.days})` }], "invalid calibration");
      });
      result = ensembleMeans(params, targets, runs, seed, (p, s) => inputs.inputsFor(p, s));
      cache.set(key, result);
      ensembles++;
      request.onEnsemble?.(ensembles);
    }
    return result;
  };

  if (fit.length === 1 && targets.length === 1) return bisectionFit(specs[0], targets[0], evaluate, () => ensembles);
  return simplexFit(specs, targets, evaluate, () => ensembles);
}

interface Spec {
  path: string;
  integer: boolean;
  lo: number;
  hi: number;
}

function bisectionFit(spec: Spec, target: Target, evaluate: (v: number[]) => EnsembleMeans, count: () => number): CalibrationResult {
  const mean = (x: number) => evaluate([x]).means[0];
  const atLo = mean(spec.lo);
  const atHi = mean(spec.hi);
  const middle = targetMiddle(target);
  if ((middle - atLo) * (middle - atHi) > 0)
    throw new InputError(
      [{ path: "--target", message: `${JSON.stringify(target.text)} is out of reach: ${spec.path} from ${spec.lo} to ${spec.hi} gives means from ${round(atLo)} to ${round(atHi)}` }],
      "invalid calibration",
    );
  const solve = (level: number) => {
    const clamped = Math.min(Math.max(atLo, atHi), Math.max(Math.min(atLo, atHi), level));
    return bisect(mean, spec.lo, spec.hi, clamped, { integer: spec.integer });
  };
  const value = solve(middle);
  const at = evaluate([value]);
  const spread = target.low === target.high ? 1.96 * at.standardErrors[0] : 0;
  const ends = [solve(target.low - spread), solve(target.high + spread)].sort((a, b) => a - b);
  return {
    method: "bisection",
    parameters: [{ path: spec.path, value, low: Math.min(ends[0], value), high: Math.max(ends[1], value), interval: target.low === target.high ? "noise" : "meets-range" }],
    achieved: [{ target, mean: at.means[0], standardError: at.standardErrors[0] }],
    ensembles: count(),
  };
}

function simplexFit(specs: Spec[], targets: Target[], evaluate: (v: number[]) => EnsembleMeans, count: () => number): CalibrationResult {
  const toValues = (unit: number[]) => unit.map((u, i) => {
    const v = specs[i].lo + u * (specs[i].hi - specs[i].lo);
    return specs[i].integer ? Math.round(v) : v;
  });
  /** How far a mean is outside the target's range. */
  const miss = (mean: number, t: Target) => (mean < t.low ? t.low - mean : mean > t.high ? mean - t.high : 0);
  const scale = (t: Target) => (t.unit === "share" ? 0.01 : Math.max(1, targetMiddle(t) * 0.01));
  const loss = (values: number[]) => {
    const { means } = evaluate(values);
    return targets.reduce((s, t, k) => s + (miss(means[k], t) / scale(t)) ** 2, 0);
  };
  const best = nelderMead((unit) => loss(toValues(unit)), specs.map(() => 0.5), { maxEvaluations: 80 });
  const values = toValues(best.x);
  const at = evaluate(values);
  const seFloor = (t: Target) => scale(t) * 1e-3;
  const chi = (v: number[]) => {
    const { means } = evaluate(v);
    return targets.reduce((s, t, k) => s + (miss(means[k], t) / Math.max(at.standardErrors[k], seFloor(t))) ** 2, 0);
  };
  const limit = chi(values) + 3.84;
  const parameters = specs.map((spec, i) => {
    const along = (x: number) => chi(values.map((v, j) => (j === i ? x : v)));
    const edge = (end: number) => (along(end) <= limit ? end : bisect(along, Math.min(values[i], end), Math.max(values[i], end), limit, { integer: spec.integer, maxSteps: 20 }));
    return { path: spec.path, value: values[i], low: Math.min(edge(spec.lo), values[i]), high: Math.max(edge(spec.hi), values[i]), interval: "noise" as const };
  });
  return {
    method: "nelder-mead",
    parameters,
    achieved: targets.map((target, k) => ({ target, mean: at.means[k], standardError: at.standardErrors[k] })),
    ensembles: count(),
  };
}

const round = (x: number) => Number(x.toPrecision(4));
