/**
 * Soldiers and graphs kept by seed across the ensembles of a search (quick calibration, the
 * tipping-point search): every candidate value runs the same seeds (common random numbers), so
 * where the candidates differ only in parameters the soldiers are not drawn from (the offer, the
 * acting rate...), each seed's soldiers are drawn once for the whole search, and the kernels'
 * per-population orders built once. The rule for "the same soldiers" is runInputsCache.ts's
 * (drawSameInputs); kernels never write into their inputs, so sharing cannot change a number.
 * Kept up to a number of soldiers in all (the seeds beyond are drawn every time), so a search of
 * large armies holds no more than a page worker keeps for a single run.
 */
import type { ModelParams } from "../model/params";
import { buildRunInputs, letKeptDaysGo, withKeptDays, type RunInputs } from "../model/kernels/state/runInputs";
import { drawSameInputs } from "../model/kernels/state/runInputsCache";
import { ChanceDaysBudget } from "../model/kernels/structures/chanceDays";

/** Soldiers (mobilised included) kept in all: some tens of MB, as ui's worker keeps for one run. */
export const KEPT_SOLDIERS = 1_000_000;
/**
 * Bits of opportunity days (structures/chanceDays.ts) kept in all, over the kept seeds: 2^29, 64
 * MiB, four seeds of chieu-hoi or six of hessians-1776; the seeds beyond draw them every run.
 */
export const KEPT_CHANCE_DAY_BITS = 2 ** 29;

export class InputsBySeed {
  private readonly kept = new Map<number, { params: ModelParams; inputs: RunInputs }>();
  private soldiers = 0;
  private readonly chanceDayBits: ChanceDaysBudget;

  constructor(
    private readonly keepUpTo = KEPT_SOLDIERS,
    chanceDayBits = KEPT_CHANCE_DAY_BITS,
  ) {
    this.chanceDayBits = new ChanceDaysBudget(chanceDayBits);
  }

  /** The inputs of a run of `params` with `seed`: the kept ones when they were drawn the same, else new ones (kept while there is room). */
  inputsFor(params: ModelParams, seed: number): RunInputs {
    const kept = this.kept.get(seed);
    if (kept && drawSameInputs(kept.params, params)) return kept.inputs;
    if (kept) {
      // Drawn from other values now: the old ones go before the new ones are drawn.
      this.kept.delete(seed);
      this.soldiers -= kept.inputs.population.capacity;
      letKeptDaysGo(kept.inputs);
    }
    const drawn = buildRunInputs(params, seed);
    const capacity = drawn.population.capacity;
    if (this.soldiers + capacity > this.keepUpTo) return drawn;
    // Forgetting spans (structures/forgettingDays.ts) too: 33 bytes a soldier, armies of up to 2^16.
    const inputs = withKeptDays(drawn, this.chanceDayBits);
    this.kept.set(seed, { params, inputs });
    this.soldiers += capacity;
    return inputs;
  }

  /** Seeds whose inputs are kept. */
  get size(): number {
    return this.kept.size;
  }
}
