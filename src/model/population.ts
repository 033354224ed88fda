/**
 * The soldiers of a run before day 1: who they are (threshold, eligibility, family, how resistant
 * to hearing of the offer) and when they join. Slots 0..size-1 are the initial army; each
 * mobilisation event appends its soldiers after them, in event order.
 */
import type { ModelParams, ThresholdDistribution } from "./params";
import { drawThreshold as sharedDrawThreshold } from "./thresholds";
import { apportion } from "./apportion";
import { sequentialStream, streamKey, uniformAt as sharedUniformAt, type StreamName } from "./random";
import { drawLeaderThresholds, hasLeaders } from "./leaders";

/** Module-local copies: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const drawThreshold = sharedDrawThreshold;
const uniformAt = sharedUniformAt;

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
  /**
   * The soldier's group (groupCount): his subgroup's index in params.subgroups; 0 for the whole
   * initial army when there are no subgroups; mobilisedGroup for every mobilised soldier.
   */
  readonly subgroup: Uint8Array;
}

/** The group of mobilised soldiers, who belong to no subgroup of the initial army: the last group. */
export const mobilisedGroup = (params: ModelParams): number => Math.max(1, params.subgroups.length);

/** Number of groups a soldier can be in: the subgroups (or the initial army as one), then the mobilised. */
export const groupCount = (params: ModelParams): number => mobilisedGroup(params) + 1;

export function capacityOf(params: ModelParams): number {
  let capacity = params.size;
  for (const event of params.events) if (event.kind === "mobilisation") capacity += event.count;
  return capacity;
}

export function buildPopulation(params: ModelParams, seed: number): Population {
  const capacity = capacityOf(params);
  const soldiers = new Soldiers(capacity, chooseInitialDefectors(params, seed));

  const thresholdKey = streamKey(seed, "thresholds");
  const groupOf = params.subgroups.length > 0 ? drawSubgroups(params, seed) : null;
  soldiers.provide("subgroup", false, () => {
    // The initial army's groups (0 for all without subgroups); mobilised soldiers: the last group.
    const out = new Uint8Array(capacity).fill(mobilisedGroup(params));
    if (groupOf) out.set(groupOf);
    else out.fill(0, 0, params.size);
    return out;
  });
  // Thresholds are drawn when first read: a kernel that needs each one once may draw it itself
  // from the recipe (pendingThresholdDraws) and never hold them; they are the same numbers.
  soldiers.provide("thresholds", false, () => {
    const thresholds = new Float64Array(capacity);
    drawInitialThresholds(params, thresholdKey, groupOf, thresholds);
    for (const { start, end, event } of mobilisedSlots(params)) {
      for (let slot = start, j = 0; slot < end; slot++, j++) thresholds[slot] = drawThreshold(event.thresholds, thresholdKey, slot, j);
    }
    drawLeaderThresholds(params, seed, thresholds);
    return thresholds;
  });
  if (!groupOf && !hasLeaders(params)) soldiers.thresholdDraws = { dist: params.thresholds, key: thresholdKey, size: params.size };

  // A mechanism that is off leaves its array constant; it is built only if a kernel reads it (the
  // reference reads them all; the special kernels do not), so it costs no time or memory otherwise.
  // Draws whose outcome is certain (a share of 0 or 1) are not made: counter-based streams make
  // skipping one free of any shift in the others, and the flags are what the draws would give.
  const flags = (stream: StreamName, from: number, to: number, share: number, below: number, above: number, out: Uint8Array) =>
    drawFlags(out, streamKey(seed, stream), from, to, share, below, above);
  const { ineligibleShare } = params;
  const { familyShare } = params.deterrence;
  const initialAware = params.awareness.initial;
  // Subgroups may have their own shares (divided armies): soldier i keeps his draw, the share he is
  // compared against is his subgroup's.
  const groupShares = (field: "ineligibleShare" | "familyShare", armyShare: number) =>
    params.subgroups.some((g) => g[field] !== undefined) ? [...params.subgroups.map((g) => g[field] ?? armyShare), armyShare] : null;
  const ineligibleByGroup = groupShares("ineligibleShare", ineligibleShare);
  const familyByGroup = groupShares("familyShare", familyShare);
  const perGroup = (stream: StreamName, shares: number[], below: number, above: number) => {
    const out = new Uint8Array(capacity);
    const key = streamKey(seed, stream);
    const group = soldiers.subgroup;
    for (let i = 0; i < capacity; i++) {
      const share = shares[group[i]];
      out[i] = !(share > 0) ? above : share >= 1 ? below : uniformAt(key, i, 0) < share ? below : above;
    }
    return out;
  };
  if (ineligibleByGroup) soldiers.provide("eligible", true, () => perGroup("eligibility", ineligibleByGroup, 0, 1));
  else soldiers.provide("eligible", !certain(ineligibleShare), () => flags("eligibility", 0, capacity, ineligibleShare, 0, 1, new Uint8Array(capacity)));
  if (familyByGroup) soldiers.provide("family", true, () => perGroup("family", familyByGroup, 1, 0));
  else soldiers.provide("family", !certain(familyShare), () => flags("family", 0, capacity, familyShare, 1, 0, new Uint8Array(capacity)));
  const mobilised = mobilisedSlots(params);
  soldiers.provide("initiallyAware", !certain(initialAware) || mobilised.some(({ event }) => !certain(event.aware)), () => {
    const out = new Uint8Array(capacity);
    flags("initialAware", 0, params.size, initialAware, 1, 0, out);
    for (const { start, end, event } of mobilised) flags("mobilisation", start, end, event.aware, 1, 0, out);
    return out;
  });
  if (awarenessCanGrow(params)) {
    soldiers.provide("awarenessResistance", true, () => {
      const resistanceKey = streamKey(seed, "awareness");
      const out = new Float64Array(capacity);
      for (let i = 0; i < capacity; i++) out[i] = -Math.log(uniformAt(resistanceKey, i, 0));
      return out;
    });
  } else {
    // Nobody is ever unaware, or no hazard ever reaches the unaware: no resistance is ever compared.
    soldiers.provide("awarenessResistance", false, () => new Float64Array(capacity).fill(Infinity));
  }
  soldiers.provide("joinDay", false, () => {
    const out = new Int32Array(capacity);
    for (const { start, end, event } of mobilised) out.fill(event.day, start, end);
    return out;
  });
  return soldiers;
}

type LazyArray = "thresholds" | "joinDay" | "eligible" | "family" | "initiallyAware" | "awarenessResistance" | "subgroup";

/** How the initial army's thresholds are drawn when each is drawThreshold(dist, key, i, i), i < size. */
export interface ThresholdDraws {
  readonly dist: ThresholdDistribution;
  readonly key: number;
  readonly size: number;
}

/**
 * The recipe of the initial army's thresholds while they are not yet held (no subgroups, no
 * leaders): a kernel that reads each threshold once can draw it itself. null once they are built,
 * or for a population built otherwise.
 */
export function pendingThresholdDraws(population: Population): ThresholdDraws | null {
  return population instanceof Soldiers && !population.built.thresholds ? population.thresholdDraws : null;
}

/**
 * A Population whose per-soldier arrays are built by a given maker: at once when drawn (a
 * mechanism on), or on first read when constant, and the thresholds on first read. Built arrays sit in `built`, so
 * whatever counts the memory of a run finds them.
 */
class Soldiers implements Population {
  readonly built: { -readonly [K in LazyArray]?: Population[K] } = {};
  private readonly makers: Partial<Record<LazyArray, () => Population[LazyArray]>> = {};

  /** The initial army's thresholds' recipe, where each soldier's is his own draw (pendingThresholdDraws). */
  thresholdDraws: ThresholdDraws | null = null;

  constructor(
    readonly capacity: number,
    readonly initialDefectors: Int32Array,
  ) {}

  provide<K extends LazyArray>(name: K, now: boolean, make: () => Population[K]): void {
    if (now) this.built[name] = make();
    else this.makers[name] = make;
  }

  private read<K extends LazyArray>(name: K): Population[K] {
    return (this.built[name] ??= this.makers[name]!() as Population[K]) as Population[K];
  }

  get thresholds(): Float64Array {
    return this.read("thresholds");
  }
  get joinDay(): Int32Array {
    return this.read("joinDay");
  }
  get eligible(): Uint8Array {
    return this.read("eligible");
  }
  get family(): Uint8Array {
    return this.read("family");
  }
  get initiallyAware(): Uint8Array {
    return this.read("initiallyAware");
  }
  get awarenessResistance(): Float64Array {
    return this.read("awarenessResistance");
  }
  get subgroup(): Uint8Array {
    return this.read("subgroup");
  }
}

/** Slots of each mobilisation, in event order after the initial army. */
function mobilisedSlots(params: ModelParams): { start: number; end: number; event: Extract<ModelParams["events"][number], { kind: "mobilisation" }> }[] {
  const slots = [];
  let slot = params.size;
  for (const event of params.events) {
    if (event.kind !== "mobilisation") continue;
    slots.push({ start: slot, end: slot + event.count, event });
    slot += event.count;
  }
  return slots;
}

/** Whether every draw against this share has a certain outcome (draws lie strictly inside (0, 1)). */
const certain = (share: number) => !(share > 0 && share < 1);

/** Whether every soldier is eligible (the offer's ineligible share is off, for the army and every subgroup). */
export const everyoneEligible = (params: ModelParams): boolean =>
  !(params.ineligibleShare > 0) && params.subgroups.every((g) => !((g.ineligibleShare ?? 0) > 0));

/** Whether reprisals change no soldier's threshold (no reprisal, or nobody with family exposed). */
export const noReprisals = (params: ModelParams): boolean =>
  params.deterrence.reprisal === 0 || (!(params.deterrence.familyShare > 0) && params.subgroups.every((g) => !((g.familyShare ?? 0) > 0)));

/** out[i] for i in from..to: `below` where soldier i's draw falls below `share`, else `above`. */
function drawFlags(out: Uint8Array, key: number, from: number, to: number, share: number, below: number, above: number): Uint8Array {
  // Draws lie strictly inside (0, 1): a share of 0 or less puts nobody below it, 1 or more everyone.
  if (!(share > 0)) out.fill(above, from, to);
  else if (share >= 1) out.fill(below, from, to);
  else for (let i = from; i < to; i++) out[i] = uniformAt(key, i, 0) < share ? below : above;
  return out;
}

/** Whether any soldier can be unaware on some day while some awareness hazard is at work. */
function awarenessCanGrow(params: ModelParams): boolean {
  const someUnaware = params.awareness.initial < 1 || params.events.some((e) => e.kind === "mobilisation" && e.aware < 1 && e.count > 0);
  const someHazard = params.awareness.leafletReach > 0 || params.awareness.wordOfMouth > 0 || params.events.some((e) => e.kind === "leaflets" && e.reach > 0);
  return someUnaware && someHazard;
}

/**
 * With subgroups, each gets round(share * size) soldiers (largest remainders), placed by a seeded
 * shuffle so that groups mix across units: each soldier's group.
 */
function drawSubgroups(params: ModelParams, seed: number): Uint8Array {
  const { size, subgroups } = params;
  const counts = apportion(subgroups.map((g) => g.share), size);
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  shuffle(order, sequentialStream(seed, "subgroups"));
  const groupOf = new Uint8Array(size);
  let at = 0;
  counts.forEach((count, g) => {
    for (let j = 0; j < count; j++) groupOf[order[at++]] = g;
  });
  return groupOf;
}

/** The initial army's thresholds, each from his group's distribution; an explicit list is read in each group's soldier order. */
function drawInitialThresholds(params: ModelParams, key: number, groupOf: Uint8Array | null, out: Float64Array): void {
  const { size, subgroups } = params;
  if (!groupOf) {
    for (let i = 0; i < size; i++) out[i] = drawThreshold(params.thresholds, key, i, i);
    return;
  }
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
  // so a larger count keeps the smaller count's defectors. For a few picks the pool is virtual:
  // only the slots a swap moved are held (1,000 picks from 10^7 soldiers need no 40 MB pool).
  const random = sequentialStream(seed, "initialDefectors");
  const size = params.size;
  const picks = Math.min(count, size);
  const chosen = new Int32Array(picks);
  if (picks * 16 < size) {
    const moved = new Map<number, number>();
    for (let k = 0; k < picks; k++) {
      const j = k + Math.floor(random() * (size - k));
      chosen[k] = moved.get(j) ?? j;
      moved.set(j, moved.get(k) ?? k);
    }
    return chosen;
  }
  const pool = new Int32Array(size);
  for (let i = 0; i < size; i++) pool[i] = i;
  for (let k = 0; k < picks; k++) {
    const j = k + Math.floor(random() * (size - k));
    chosen[k] = pool[j];
    pool[j] = pool[k];
  }
  return chosen;
}
