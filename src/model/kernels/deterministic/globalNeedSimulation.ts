/**
 * Granovetter's global model in its plainest form, in linear time: army-wide observation,
 * deterministic rules (deterministicRules.ts), no mobilisation and the same common shift on every
 * open day. Then the army's size and the shift never change, so each soldier's decision reduces to
 * one integer, his need (needCount.ts): he is willing on an open day exactly when the defected
 * count at the end of the day before reaches it. Needs are counted into one bucket per count, O(N),
 * where the cutoff kernel sorts thresholds (globalCutoffSimulation.ts, which takes the runs whose
 * army or shift changes). A day adds the buckets between the last count reached and today's; the
 * fates are written at the end from the few days the count moved.
 *
 * Memory: each soldier's need sits in the fate array until the fates are written (4 bytes), plus
 * one 4-byte bucket per possible count.
 *
 * Its numbers are those of the straightforward rule (reference.ts) to the last bit
 * (tests/model/kernels/globalNeedSimulation.test.ts, with thresholds on and one ulp beside every k / N).
 */
import { DailyRun } from "../dailyRun";
import type { Kernel } from "../kernel";
import { allocateSeries, recordDay } from "../../series";
import type { ModelParams } from "../../params";
import { everyoneEligible, noReprisals, type Population } from "../../population";
import type { Graph } from "../../network/graph";
import { buildSchedule, type DaySchedule } from "../../schedule";
import { LOYAL_FATE, type RunResult, type RunSeries } from "../../result";
import { buildRunInputs, type RunInputs } from "../state/runInputs";
import { hasDeterministicRules } from "./deterministicRules";
import { NO_NEED, needCount } from "../structures/needCount";
import { countThresholdOf } from "../../divisions";

/** Marks an initial defector in the fate array while it holds needs. */
const INITIAL = -2;

export class GlobalNeedSimulation extends DailyRun implements Kernel {
  /** Deterministic global observation of a fixed army under one common shift on every open day. */
  static applies(params: ModelParams): boolean {
    if (params.observation.scope !== "global" || !hasDeterministicRules(params) || params.size < 1) return false;
    if (params.events.some((e) => e.kind === "mobilisation")) return false;
    return constantCommonShift(buildSchedule(params), params.days) !== null;
  }

  readonly population: Population;
  readonly graph: Graph | null = null;

  private readonly series: RunSeries;
  private readonly offerOpen: Uint8Array;
  /** Needs of the soldiers not yet written as fates (NO_NEED: never; INITIAL: initial defector). */
  private readonly fate: Int32Array;
  /** How many soldiers (initial defectors aside) need each defected count 0..size. */
  private readonly bucket: Int32Array;
  /** Every count up to this one has been reached (-1 before the first open day). */
  private reached = -1;
  /** Days the reached count moved, and to what: day, count. */
  private readonly moves: number[] = [];
  private defected = 0;
  private outcome: RunResult | null = null;

  constructor(params: ModelParams, seed: number, inputs?: RunInputs) {
    if (!GlobalNeedSimulation.applies(params)) throw new Error("invalid params: the need kernel needs deterministic global observation of a fixed army under one common shift");
    super(params, seed);
    const population = (inputs ?? buildRunInputs(params, seed)).population;
    this.population = population;
    const schedule = buildSchedule(params);
    this.offerOpen = schedule.offerOpen;
    this.series = allocateSeries(params.days);
    const size = params.size;
    const common = constantCommonShift(schedule, params.days) ?? 0;
    const { reprisal } = params.deterrence;
    const { thresholds } = population;
    // Eligibility and families are read only where their mechanism is on (population.ts builds them lazily).
    const eligible = everyoneEligible(params) ? null : population.eligible;
    const family = noReprisals(params) ? null : population.family;

    // A count threshold k (complex contagion) is a need directly: both tests are on the defected count.
    const least = Math.ceil(countThresholdOf(params));
    const fate = new Int32Array(population.capacity);
    for (let i = 0; i < size; i++) {
      // The own threshold and the shift added as reference.ts adds them.
      const own = family && family[i] ? thresholds[i] + reprisal : thresholds[i];
      const need = (!eligible || eligible[i]) && own === own ? needCount(own + common, size) : NO_NEED;
      fate[i] = need === NO_NEED || least <= need ? need : least <= size ? least : NO_NEED;
    }
    // Initial defectors as reference.ts takes them: soldiers of the initial army, each once.
    for (const i of population.initialDefectors) {
      if (!(i >= 0 && i < size) || fate[i] === INITIAL) continue;
      fate[i] = INITIAL;
      this.defected++;
    }
    const bucket = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) if (fate[i] >= 0) bucket[fate[i]]++;
    this.fate = fate;
    this.bucket = bucket;
    this.record(0, this.defected);
  }

  result(): RunResult {
    this.advance();
    return (this.outcome ??= this.outcomeOf(this.series, this.fates()));
  }

  protected step(d: number): void {
    let fresh = 0;
    if (this.offerOpen[d] && this.defected > this.reached) {
      const { bucket } = this;
      for (let k = this.reached + 1; k <= this.defected; k++) fresh += bucket[k];
      this.reached = this.defected;
      this.moves.push(d, this.reached);
    }
    this.defected += fresh;
    this.record(d, fresh);
    this.day = d;
  }

  /** Needs become days: the buckets are reused as each count's day of reaching it. */
  private fates(): Int32Array {
    const dayOf = this.bucket;
    let k = 0;
    for (let m = 0; m < this.moves.length; m += 2) {
      const d = this.moves[m];
      for (const to = this.moves[m + 1]; k <= to; k++) dayOf[k] = d;
    }
    dayOf.fill(LOYAL_FATE, k);
    const { fate } = this;
    for (let i = 0; i < fate.length; i++) {
      const need = fate[i];
      fate[i] = need >= 0 ? dayOf[need] : need === INITIAL ? 0 : LOYAL_FATE;
    }
    return fate;
  }

  private record(d: number, fresh: number): void {
    // Everyone is aware and no one is caught in the runs this kernel takes; the army never grows.
    const army = this.params.size;
    recordDay(this.series, d, army, army, army, this.defected, fresh, 0, 0);
  }
}

/** The common shift if it is the same on every open day 1..days (0 if none is open), else null. */
function constantCommonShift(schedule: DaySchedule, days: number): number | null {
  let shift: number | null = null;
  for (let d = 1; d <= days; d++) {
    if (!schedule.offerOpen[d]) continue;
    const s = schedule.commonShift[d];
    if (shift === null) shift = s;
    else if (s !== shift) return null;
  }
  return shift ?? 0;
}
