/**
 * The soldiers and graph of the last run, kept for the next run with the same seed whose draws
 * read the same parameters. Under common random numbers the variants of a comparison share each
 * run's seed, and the page's ensembles hand out run 0 of every variant, then run 1, ...
 * (ui/workers/ensembleTasks.ts), so a worker draws each run's soldiers once instead of once per
 * variant, and the kernels' per-population caches (threshold ladders, sorted resistances) are
 * shared too. Kernels never write into a population or a graph (the reference copies the
 * resistances it redraws), so sharing them cannot change a number.
 */
import type { ModelParams } from "../../params";
import { buildRunInputs, letKeptDaysGo, withKeptDays, type RunInputs } from "./runInputs";
import { SpanKeeping } from "../structures/forgettingDays";

/**
 * The parameters that buildRunInputs reads (population.ts with its leaders' thresholds from
 * leaders.ts, network/buildNetwork.ts): two runs with the same seed and equal values here draw the
 * same soldiers and graph. Listing a field too
 * many only costs a missed reuse; tests/model/kernels/state/runInputsCache.test.ts changes every
 * other field of a scenario and checks that the inputs drawn do not move.
 */
export const DRAWN_FROM = ["size", "events", "thresholds", "subgroups", "initialDefectors", "ineligibleShare", "deterrence", "awareness", "observation", "network", "unitSize", "leaders"] as const satisfies readonly (keyof ModelParams)[];

/** Whether runs of `a` and `b` with one seed draw the same soldiers and graph. */
export function drawSameInputs(a: ModelParams, b: ModelParams): boolean {
  return a === b || DRAWN_FROM.every((field) => sameData(a[field], b[field]));
}

export class RunInputsCache {
  private last: { params: ModelParams; seed: number; inputs: RunInputs } | null = null;
  /** On which run with given values the kept inputs start keeping spells of forgetting (structures/forgettingDays.ts). */
  private readonly spanKeeping: SpanKeeping;

  /**
   * @param keepUpTo the largest army (soldiers, mobilised included) whose inputs are kept between runs
   * @param forgettingFromFirstRun keep spells of forgetting from the first run on the inputs (single
   * runs, where the next is a slider's move); else from the second, later while the spells kept are
   * read by no run (an ensemble of two variants a seed), until clear()
   */
  constructor(
    private readonly keepUpTo = Infinity,
    forgettingFromFirstRun = false,
  ) {
    this.spanKeeping = forgettingFromFirstRun ? new SpanKeeping(1, false) : new SpanKeeping(2, true);
  }

  /** The inputs of a run of `params` with `seed`: the last run's when it drew the same, else new ones. */
  inputsFor(params: ModelParams, seed: number): RunInputs {
    const last = this.last;
    if (last && last.seed === seed && drawSameInputs(last.params, params)) return last.inputs;
    if (last) letKeptDaysGo(last.inputs);
    this.last = null; // let the old inputs go before drawing the new ones (peak memory of one run)
    const inputs = buildRunInputs(params, seed);
    // Kept inputs also keep the opportunity and forgetting days their runs draw (the next run reads them).
    if (inputs.population.capacity <= this.keepUpTo) this.last = { params, seed, inputs: withKeptDays(inputs, undefined, this.spanKeeping) };
    return this.last?.inputs ?? inputs;
  }

  /** Drops the kept inputs (an ensemble is over), and what their spells of forgetting taught. */
  clear(): void {
    if (this.last) letKeptDaysGo(this.last.inputs);
    this.last = null;
    this.spanKeeping.reset();
  }
}

/** Deep equality of plain data (numbers, strings, null, arrays, typed arrays, plain objects). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return false;
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], y[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
