/**
 * Granovetter's global model in its plainest form, in linear time: army-wide observation,
 * deterministic rules (deterministicRules.ts), no mobilisation and the same common shift on every
 * open day. Then the army's size and the shift never change, so each soldier's decision reduces to
 * one integer, his need (needCount.ts): he is willing on an open day exactly when the defected
 * count at the end of the day before reaches it. Needs are tallied per count (needTally.ts), O(N),
 * where the cutoff kernel sorts thresholds (globalCutoffSimulation.ts, which takes the runs whose
 * army or shift changes). A day adds the tallies between the last count reached and today's; the
 * fates are written at the end from the few days the count moved.
 *
 * When the population has not drawn its thresholds (population.ts, pendingThresholdDraws), each
 * need comes straight from the soldier's draw (drawnNeeds.ts) and no threshold is held; the
 * result's thresholds are drawn if someone reads them.
 *
 * Memory: each soldier's need sits in the fate array until the fates are written (4 bytes), plus
 * one byte per possible count.
 *
 * Its numbers are those of the straightforward rule (reference.ts) to the last bit
 * (tests/model/kernels/globalNeedSimulation.test.ts, with thresholds on and one ulp beside every k / N).
 */
import { DailyRun } from "../dailyRun";
import type { Kernel } from "../kernel";
import { allocateSeries, recordDay } from "../../series";
import type { ModelParams } from "../../params";
import { everyoneEligible, noReprisals, pendingThresholdDraws, type Population } from "../../population";
import type { Graph } from "../../network/graph";
import { buildSchedule, type DaySchedule } from "../../schedule";
import { LOYAL_FATE, type RunResult, type RunSeries } from "../../result";
import { buildRunInputs, type RunInputs } from "../state/runInputs";
import { hasDeterministicRules } from "./deterministicRules";
import { NO_NEED as SHARED_NO_NEED } from "../structures/needCount";
import { NeedTally } from "../structures/needTally";
import { bracketsNormal, countDrawnNeeds, needOf as sharedNeedOf } from "../structures/drawnNeeds";
import { DrawnNormalNeeds } from "../structures/drawnNormalNeeds";
import { RunScratch } from "../state/scratch";
import { countThresholdOf } from "../../divisions";

/** Module-local copies: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const NO_NEED = SHARED_NO_NEED;
const needOf = sharedNeedOf;

/** Blocks of counts in the table that turns needs into days (fates): at most this many, 16 KB. */
const FATE_BLOCKS = 4096;

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
  /**
   * Until the fates are written: the soldiers' needs (NO_NEED: never; INITIAL: initial defector),
   * or, with `drawn`, their draws.
   */
  private readonly fate: Int32Array;
  /** How many soldiers (initial defectors aside) need each defected count 0..size; null with `drawn`. */
  private readonly tally: NeedTally | null = null;
  /** Normal thresholds not held: the needs through the draws (drawnNormalNeeds.ts); dropped once the fates are written. */
  private drawn: DrawnNormalNeeds | null = null;
  /** Arrays used only while the run goes (the draws by group), reused by the thread's next run. */
  private readonly scratch = new RunScratch();
  /** The initial defectors, each once (with `drawn`). */
  private readonly initial: Int32Array | null = null;
  /** With `drawn`: soldiers (initial defectors aside) whose need is at most `reached`. */
  private countedReached = 0;
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
    // Eligibility and families are read only where their mechanism is on (population.ts builds them lazily).
    const eligible = everyoneEligible(params) ? null : population.eligible;
    const family = noReprisals(params) ? null : population.family;

    // A count threshold k (complex contagion) is a need directly: both tests are on the defected count.
    const least = Math.ceil(countThresholdOf(params));
    const fate = new Int32Array(population.capacity);
    this.fate = fate;
    const draws = pendingThresholdDraws(population);
    if (draws && draws.size === size && !eligible && !family && bracketsNormal(draws.dist)) {
      // Normal thresholds not held: needs through the draws, most never computed.
      const initial = initialDefectorsOnce(population.initialDefectors, size);
      this.drawn = new DrawnNormalNeeds(draws.dist.mean, draws.dist.sd, draws.key, size, common, least, fate, initial, this.scratch);
      this.initial = initial;
      this.defected = initial.length;
    } else {
      const tally = new NeedTally(size);
      if (draws && draws.size === size && !eligible && !family) {
        // Thresholds not held: each need from the soldier's own draw (drawnNeeds.ts).
        countDrawnNeeds(draws.dist, draws.key, size, common, least, fate, tally);
      } else {
        const { thresholds } = population;
        for (let i = 0; i < size; i++) {
          // The own threshold and the shift added as reference.ts adds them.
          const own = family && family[i] ? thresholds[i] + reprisal : thresholds[i];
          const need = (!eligible || eligible[i]) && own === own ? needOf(own, common, size, least) : NO_NEED;
          fate[i] = need;
          if (need !== NO_NEED) tally.add(need);
        }
      }
      // Initial defectors as reference.ts takes them: soldiers of the initial army, each once.
      for (const i of population.initialDefectors) {
        if (!(i >= 0 && i < size) || fate[i] === INITIAL) continue;
        if (fate[i] !== NO_NEED) tally.remove(fate[i]);
        fate[i] = INITIAL;
        this.defected++;
      }
      this.tally = tally;
    }
    this.record(0, this.defected);
  }

  result(): RunResult {
    this.advance();
    return (this.outcome ??= this.outcomeOf(this.series, this.fates()));
  }

  protected step(d: number): void {
    let fresh = 0;
    if (this.offerOpen[d] && this.defected > this.reached) {
      if (this.drawn) {
        const counted = this.drawn.countUpTo(this.defected);
        fresh = counted - this.countedReached;
        this.countedReached = counted;
      } else fresh = this.tally!.sum(this.reached + 1, this.defected);
      this.reached = this.defected;
      this.moves.push(d, this.reached);
    }
    this.defected += fresh;
    this.record(d, fresh);
    this.day = d;
  }

  /**
   * Needs become days: a need's day is that of the first move of the reached count to it or past
   * it. The few moves are found through a small table of the first move reaching each block of
   * counts (in cache), not through a day per count (as large as the army, read at random).
   */
  private fates(): Int32Array {
    const { moves, fate } = this;
    const count = moves.length >> 1;
    const size = this.params.size;
    const day = new Int32Array(count + 1).fill(LOYAL_FATE);
    const top = new Int32Array(count + 1).fill(size + 1);
    for (let j = 0; j < count; j++) (day[j] = moves[2 * j]), (top[j] = moves[2 * j + 1]);
    if (this.drawn) {
      this.drawn.writeFates(fate, day, top, count, LOYAL_FATE, this.initial!);
      this.drawn = null;
      this.scratch.release();
      return fate;
    }
    let shift = 0;
    while ((size + 1) >> shift > FATE_BLOCKS) shift++;
    const first = new Int32Array(((size + 1) >> shift) + 1);
    for (let b = 0, j = 0; b < first.length; b++) {
      while (j < count && moves[2 * j + 1] < b << shift) j++;
      first[b] = j;
    }
    for (let i = 0; i < fate.length; i++) {
      const need = fate[i];
      if (need >= 0) {
        let j = first[need >> shift];
        while (top[j] < need) j++;
        fate[i] = day[j];
      } else fate[i] = need === INITIAL ? 0 : LOYAL_FATE;
    }
    return fate;
  }

  private record(d: number, fresh: number): void {
    // Everyone is aware and no one is caught in the runs this kernel takes; the army never grows.
    const army = this.params.size;
    recordDay(this.series, d, army, army, army, this.defected, fresh, 0, 0);
  }
}

/** The initial defectors as reference.ts takes them: soldiers of the initial army, each once, ascending. */
function initialDefectorsOnce(ids: Int32Array, size: number): Int32Array {
  const sorted = ids.filter((i) => i >= 0 && i < size).sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k];
  return sorted.slice(0, n);
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
