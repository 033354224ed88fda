/**
 * The soldiers of a run before day 1: who they are (threshold, eligibility, family, how resistant
 * to hearing of the offer) and when they join. Slots 0..size-1 are the initial army; each
 * mobilisation event appends its soldiers after them, in event order.
 */
import type { ModelParams, ThresholdDistribution } from "./params";
import { drawThreshold } from "./thresholds";
import { apportion } from "./apportion";
import { sequentialStream, streamKey, uniformAt } from "./random";

export interface Population {
  /** Initial army plus every soldier mobilised later. */
  readonly capacity: number;
  /** Base threshold t_i. */
  readonly thresholds: Float64Array;
  /** Day the soldier joins (0 for the initial army). */
  readonly joinDay: Int32Array;
  /** 1 if the offer is open to this soldier. */
  readonly eligible: Uint8Array;
  /** 1 if the soldier has family exposed to reprisals. */
  readonly family: Uint8Array;
  /** 1 if aware of the offer on joining. */
  readonly initiallyAware: Uint8Array;
  /** Exponential(1) resistance: the soldier becomes aware once the awareness hazard he has accumulated reaches it. */
  readonly awarenessResistance: Float64Array;
  /** Soldiers defected at day 0. */
  readonly initialDefectors: Int32Array;
}

export function capacityOf(params: ModelParams): number {
  let capacity = params.size;
  for (const event of params.events) if (event.kind === "mobilisation") capacity += event.count;
  return capacity;
}

export function buildPopulation(params: ModelParams, seed: number): Population {
  const capacity = capacityOf(params);
  const thresholds = new Float64Array(capacity);
  const joinDay = new Int32Array(capacity);
  const eligible = new Uint8Array(capacity);
  const family = new Uint8Array(capacity);
  const initiallyAware = new Uint8Array(capacity);
  const awarenessResistance = new Float64Array(capacity);

  const thresholdKey = streamKey(seed, "thresholds");
  drawInitialThresholds(params, seed, thresholdKey, thresholds);

  let slot = params.size;
  for (const event of params.events) {
    if (event.kind !== "mobilisation") continue;
    const awareKey = streamKey(seed, "mobilisation");
    for (let j = 0; j < event.count; j++, slot++) {
      thresholds[slot] = drawThreshold(event.thresholds, thresholdKey, slot, j);
      joinDay[slot] = event.day;
    }
    drawFlags(initiallyAware, awareKey, slot - event.count, slot, event.aware, 1, 0);
  }

  // Draws whose outcome is certain (a share of 0 or 1) are not made: counter-based streams make
  // skipping one free of any shift in the others, and the flags are what the draws would give.
  drawFlags(eligible, streamKey(seed, "eligibility"), 0, capacity, params.ineligibleShare, 0, 1);
  drawFlags(family, streamKey(seed, "family"), 0, capacity, params.deterrence.familyShare, 1, 0);
  drawFlags(initiallyAware, streamKey(seed, "initialAware"), 0, params.size, params.awareness.initial, 1, 0);
  if (awarenessCanGrow(params)) {
    const resistanceKey = streamKey(seed, "awareness");
    for (let i = 0; i < capacity; i++) awarenessResistance[i] = -Math.log(uniformAt(resistanceKey, i, 0));
  } else {
    // Nobody is ever unaware, or no hazard ever reaches the unaware: no resistance is ever compared.
    awarenessResistance.fill(Infinity);
  }

  return {
    capacity,
    thresholds,
    joinDay,
    eligible,
    family,
    initiallyAware,
    awarenessResistance,
    initialDefectors: chooseInitialDefectors(params, seed),
  };
}

/** out[i] for i in from..to: `below` where soldier i's draw falls below `share`, else `above`. */
function drawFlags(out: Uint8Array, key: number, from: number, to: number, share: number, below: number, above: number): void {
  // Draws lie strictly inside (0, 1): a share of 0 or less puts nobody below it, 1 or more everyone.
  if (!(share > 0)) out.fill(above, from, to);
  else if (share >= 1) out.fill(below, from, to);
  else for (let i = from; i < to; i++) out[i] = uniformAt(key, i, 0) < share ? below : above;
}

/** Whether any soldier can be unaware on some day while some awareness hazard is at work. */
function awarenessCanGrow(params: ModelParams): boolean {
  const someUnaware = params.awareness.initial < 1 || params.events.some((e) => e.kind === "mobilisation" && e.aware < 1 && e.count > 0);
  const someHazard = params.awareness.leafletReach > 0 || params.awareness.wordOfMouth > 0 || params.events.some((e) => e.kind === "leaflets" && e.reach > 0);
  return someUnaware && someHazard;
}

/**
 * With subgroups, each gets round(share * size) soldiers (largest remainders), placed by a seeded
 * shuffle so that groups mix across units; an explicit list is read in each group's soldier order.
 */
function drawInitialThresholds(params: ModelParams, seed: number, key: number, out: Float64Array): void {
  const { size, subgroups } = params;
  if (subgroups.length === 0) {
    for (let i = 0; i < size; i++) out[i] = drawThreshold(params.thresholds, key, i, i);
    return;
  }
  const counts = apportion(subgroups.map((g) => g.share), size);
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  shuffle(order, sequentialStream(seed, "subgroups"));
  const groupOf = new Uint8Array(size);
  let at = 0;
  counts.forEach((count, g) => {
    for (let j = 0; j < count; j++) groupOf[order[at++]] = g;
  });
  const listIndex = new Int32Array(subgroups.length);
  for (let i = 0; i < size; i++) {
    const g = groupOf[i];
    const dist: ThresholdDistribution = subgroups[g].thresholds;
    out[i] = drawThreshold(dist, key, i, listIndex[g]++);
  }
}

function shuffle(array: Int32Array, random: () => number): void {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = array[i];
    array[i] = array[j];
    array[j] = t;
  }
}

function chooseInitialDefectors(params: ModelParams, seed: number): Int32Array {
  const spec = params.initialDefectors;
  if (spec.kind === "ids") return Int32Array.from(spec.ids);
  const count = spec.kind === "count" ? spec.count : Math.round(spec.share * params.size);
  if (count <= 0) return new Int32Array(0);
  // A partial Fisher-Yates over the initial army: the first `count` picks of one seeded stream,
  // so a larger count keeps the smaller count's defectors.
  const random = sequentialStream(seed, "initialDefectors");
  const pool = new Int32Array(params.size);
  for (let i = 0; i < pool.length; i++) pool[i] = i;
  const picks = Math.min(count, pool.length);
  for (let k = 0; k < picks; k++) {
    const j = k + Math.floor(random() * (pool.length - k));
    const t = pool[k];
    pool[k] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, picks);
}
