/**
 * The straightforward rule: every soldier slot is visited every day, for awareness and for
 * decisions. It is the specification the event-driven kernels of `Simulation` are tested against
 * (tests/model/kernels) and the full-model baseline of the benchmark; it also runs every scenario
 * that no faster kernel gives exactly (simulation.ts: KERNELS, reference last), e.g. a memory
 * window, delayed or local punishment news, cohesion or a leader's sway under army-wide observation,
 * leaders' own opportunity or awareness reach (no shipped scenario does: a test checks).
 *
 * One run of the defection model, day by day (MODEL.md). Every step is synchronous: each soldier
 * decides from the state at the end of the previous day, then all decisions take effect together.
 *
 * A day d = 1..days:
 *  1. scheduled events: mobilised soldiers join; leaflet campaigns add awareness hazard;
 *  2. awareness: each unaware soldier accumulates the day's hazard
 *     -ln(1 - leafletReach) - ln(1 - wordOfMouth * observedAwareShare) + campaigns,
 *     and becomes aware once his total reaches his Exponential(1) resistance;
 *  3. decisions, while the offer is open: a loyal, eligible, aware soldier is willing when his
 *     observed defected share s_i >= t_i + shifts (offer, urgency, setbacks, reprisals, punishment
 *     seen recently); a willing soldier gets a chance with probability `opportunity`; an attempt is
 *     caught with probability `catchProbability`;
 *  4. defections, catches and new awareness update every count seen by others.
 *
 * Behaviour over time (MODEL.md; docs/model.md), each off by default:
 *  - procrastination: a willing soldier with a chance takes it with probability act(d) (the
 *    schedule's believerAct / openEndedAct): actRate, pulled up to 1 on the last day of a deadline
 *    he believes, or by the fear that an open-ended offer closes;
 *  - credibility: soldier i believes deadlines when uniformAt(credibility, i, 0) < credibility; one
 *    who does not gets no deadline urgency and no deadline pull; on an `extend` event (the k-th of
 *    params.events) each believer stops believing when uniformAt(credibility, i, k + 1) < its loss;
 *  - forgetting: after the day's decisions, each loyal aware soldier forgets with probability
 *    forgetRate (uniformAt(forgetting, i, d)); he hears again when a fresh Exponential(1)
 *    resistance (uniformAt(rehearing, i, times forgotten)) is reached by new hazard;
 *  - memory: the observed defected shares count defections of the last memoryDays days only (a
 *    defection on day f counts on days f + 1 .. f + memoryDays);
 *  - punishment news: a catch on day c is seen from day c + 1 + punishmentDelay; with news
 *    "local", under the global scope only by unit mates, under mix by the mix's local part;
 *  - draft evasion: a mobilised soldier evades (never joins) when
 *    uniformAt(evasion, i, 0) < draftEvasion + (offer open that day ? offerEvasion : 0).
 *
 * Complex contagion and divided armies (issue 15; model/divisions.ts), each off by default:
 *  - count threshold k: a soldier is willing only when the defectors he observes number at least k
 *    (the army's under global, his unit mates' or neighbours', the local part's under mix) besides
 *    his share threshold (Centola & Macy 2007);
 *  - homophily h: in the observed defected share and count, those of another group (subgroup, or
 *    the mobilised) count with weight 1 - h (Lyall 2020); word of mouth is not weighted;
 *  - replacements: a mobilisation with joinUnits "existing" spreads its men over the initial
 *    units (model/unitAssignment.ts).
 * What armies do (issue 15; docs/model.md "Capture, leaders and cohesion"), each off by default:
 *  - capture: after the day's decisions (and surrenders), each soldier still in the ranks is
 *    captured when uniformAt(capture, i, d) < the day's chance (captureSchedule.ts); captured men
 *    leave the ranks, are not defectors, and count in others' observed defected shares only when
 *    capture.newsReaches;
 *  - leaders (leaders.ts): a leader's threshold is his own, his opportunity and awareness hazard may
 *    be his own; from the day after he defects his unit's thresholds fall by `influence`; on the day
 *    he defects (day 1 on), when uniformAt(surrender, u, d) < surrender, every member of his unit
 *    still in the ranks defects with him (aware, eligible and willing or not);
 *  - cohesion: a member's threshold rises by cohesion x (his unit's members in the ranks / its
 *    members on the roll), read from the end of the previous day.
 *
 * Observed shares: global = defected / army; unit = defected unit mates / (unit members - 1);
 * network = defected neighbours / degree; mix = w * global + (1 - w) * local. A soldier who
 * observes no one locally (degree 0, a unit of one) never defects by a purely local rule (Watts
 * 2002); in a mix his local share counts as 0.
 *
 * The class keeps the state in typed arrays and can be advanced a few days at a time, so a worker
 * can report progress and listen for cancellation between slices.
 */
import { evasionShare } from "../draftEvasion";
import { DailyRun } from "./dailyRun";
import { allocateSeries, recordDay } from "../series";
import type { ModelParams } from "../params";
import type { Population } from "../population";
import { buildSchedule, reachHazard, type DaySchedule } from "../schedule";
import { buildRunInputs, observesNetwork, type RunInputs } from "./state/runInputs";
import type { Graph } from "../network/graph";
import { streamKey, uniformAt as sharedUniformAt } from "../random";
import type { BehaviourParams } from "../params";
import { CAPTURED_BASE, CAUGHT_BASE, LOYAL_FATE, type RunResult, type RunSeries } from "../result";
import { countThresholdOf, homophilyOf, weightedCount, weightedShare } from "../divisions";
import { unitAssignment, unitCount } from "../unitAssignment";
import { groupCount } from "../population";
import { captureChances } from "../captureSchedule";
import { leaderUnits } from "../leaders";

import * as states from "./status";
import type { Kernel } from "./kernel";

/** Module-local copies of the shared states and of uniformAt (under tsx an imported binding is a getter call in hot loops). */
const { LOYAL, DEFECTED, CAUGHT, CAPTURED, EVADED, NO_DAY } = states;
const uniformAt = sharedUniformAt;

export class ReferenceSimulation extends DailyRun implements Kernel {
  /** The specification: it gives every run (the last resort when no faster kernel applies). */
  static applies(_params: ModelParams): boolean {
    return true;
  }

  readonly population: Population;
  readonly graph: Graph | null;

  private readonly schedule: DaySchedule;
  private readonly series: RunSeries;
  private readonly status: Uint8Array;
  private readonly aware: Uint8Array;
  private readonly fate: Int32Array;
  /** Threshold with the soldier's own constant shift (reprisals) folded in. */
  private readonly ownThreshold: Float64Array;
  private readonly hazard: Float64Array;
  private readonly unitOf: (i: number) => number;
  /** With leaders and such a table: each unit's slots, in increasing order (slots[start[u]..start[u + 1])). */
  private readonly slotsByUnit: { start: Int32Array; slots: Int32Array } | null;
  private readonly unitMembers: Int32Array;
  private readonly unitDefected: Int32Array;
  private readonly unitAware: Int32Array;
  private readonly unitLastCatch: Float64Array;
  private readonly neighbourDefected: Int32Array;
  private readonly neighbourAware: Int32Array;
  private readonly lastPunishmentSeen: Float64Array;
  private lastCatchAnywhere = NO_DAY;
  /** Who sees a punishment: the whole army, the unit, or the network neighbours. */
  private readonly punishmentSeenBy: "army" | "unit" | "network";
  /** 1 while the soldier believes announced deadlines. */
  private readonly believes: Uint8Array;
  /** Exponential(1) resistance to hearing of the offer, renewed each time he forgets. */
  private readonly resistance: Float64Array;
  /** Times each soldier has forgotten the offer. */
  private readonly forgotten: Int32Array;
  /** Defections counted by the observed shares (all of them, or the last memoryDays days'). */
  private observedDefected = 0;
  /** With a memory window: who defected on each day. */
  private readonly defectorsOn: Int32Array[] = [];
  /** With delayed punishment news: who was caught on each day. */
  private readonly caughtOn: Int32Array[] = [];
  private evadedCount = 0;
  private readonly behaviour: BehaviourParams;
  private readonly memoryDays: number;
  private readonly actKey: number;
  private readonly forgetKey: number;
  private readonly rehearKey: number;
  private readonly credibilityKey: number;
  private readonly evasionKey: number;
  private readonly newDefectors: Int32Array;
  private readonly newCaught: Int32Array;
  private readonly newAware: Int32Array;
  /** Word-of-mouth hazard per unit (index 0 for the whole army under global scope), valid when womComputedOn[u] === womDay. */
  private readonly womHazard: Float64Array;
  private readonly womComputedOn: Int32Array;
  private womDay = 0;
  private armySize = 0;
  private defectedCount = 0;
  private caughtCount = 0;
  private awareCount = 0;
  private readonly opportunityKey: number;
  private readonly catchKey: number;
  /** Mobilisation slots not yet joined: [start, end, day] triples in day order. */
  private readonly joins: Array<{ start: number; end: number; day: number }> = [];
  /** Extension events not yet applied, in day order, with their index in params.events. */
  private readonly extensions: Array<{ day: number; index: number; credibilityLoss: number }> = [];
  private readonly usesUnits: boolean;
  private readonly usesNetwork: boolean;
  /** Complex contagion: least observed defectors (0: off). */
  private readonly countThreshold: number;
  /** Divided armies: weight 1 - homophily of other groups (homophily 0: off, none of the group counts below is kept). */
  private readonly homophily: number;
  private readonly groups: number;
  private readonly group: Uint8Array;
  /** Per group: soldiers on the roll, and observed defections (global signal with homophily). */
  private readonly groupArmy: Int32Array;
  private readonly groupDefected: Int32Array;
  /** Per unit and group (u * groups + g): members and observed defections. */
  private readonly unitGroupMembers: Int32Array;
  private readonly unitGroupDefected: Int32Array;
  /** Per soldier: neighbours of his own group, and those of them defected (observed). */
  private readonly sameDegree: Int32Array;
  private readonly neighbourSameDefected: Int32Array;
  /** The weighted count of the last signal computed by divisionSignal. */
  private signalCount = 0;
  /** Daily chance of capture in combat; null when no one can be captured. */
  private readonly captureChance: Float64Array | null;
  private readonly captureKey: number;
  private capturedCount = 0;
  /** 1 for each unit with a leader (at its first slot); null without leaders. */
  private readonly leaderUnit: Uint8Array | null;
  /** 1 once the unit's leader has defected: his influence acts from the next day. */
  private readonly leaderGone: Uint8Array;
  private readonly surrenderKey: number;
  private unitSurrenderCount = 0;
  /** With cohesion: each unit's members on the roll and those still in the ranks (loyal). */
  private readonly unitRoll: Int32Array;
  private readonly unitInRanks: Int32Array;

  constructor(params: ModelParams, seed: number, inputs?: RunInputs) {
    super(params, seed);
    const built = inputs ?? buildRunInputs(params, seed);
    const population = built.population;
    this.population = population;
    const n = population.capacity;
    const { scope, local } = params.observation;
    this.usesUnits = scope === "unit" || (scope === "mix" && local === "unit");
    this.usesNetwork = scope === "network" || (scope === "mix" && local === "network");
    this.graph = observesNetwork(params) ? built.graph : null;
    this.schedule = buildSchedule(params);

    this.series = allocateSeries(params.days);
    this.status = new Uint8Array(n);
    this.aware = new Uint8Array(n);
    this.fate = new Int32Array(n).fill(LOYAL_FATE);
    this.ownThreshold = new Float64Array(n);
    const { reprisal } = params.deterrence;
    for (let i = 0; i < n; i++) {
      this.ownThreshold[i] = population.family[i] ? population.thresholds[i] + reprisal : population.thresholds[i];
    }
    this.hazard = new Float64Array(n);
    const unitSize = params.unitSize;
    // Replacements joining existing units are in them for every use of units (observation,
    // punishment news, leaders, cohesion), whatever the observation scope.
    const unitTable = unitAssignment(params);
    this.unitOf = unitTable ? (i) => unitTable[i] : (i) => Math.floor(i / unitSize);
    const units = this.usesUnits ? unitCount(params, unitTable) : 0;
    this.unitMembers = new Int32Array(units);
    this.unitDefected = new Int32Array(units);
    this.unitAware = new Int32Array(units);
    const behaviour = params.behaviour;
    this.behaviour = behaviour;
    this.punishmentSeenBy =
      scope === "unit" ? "unit" : scope === "network" ? "network" : behaviour.punishmentNews === "scope" ? "army" : scope === "mix" ? local : "unit";
    this.unitLastCatch = new Float64Array(this.punishmentSeenBy === "unit" ? unitCount(params, unitTable) : 0).fill(NO_DAY);
    this.neighbourDefected = new Int32Array(this.usesNetwork ? n : 0);
    this.neighbourAware = new Int32Array(this.usesNetwork ? n : 0);
    this.lastPunishmentSeen = new Float64Array(this.punishmentSeenBy === "network" ? n : 0).fill(NO_DAY);
    this.memoryDays = behaviour.memoryDays === null ? Infinity : behaviour.memoryDays;
    this.actKey = streamKey(seed, "acting");
    this.forgetKey = streamKey(seed, "forgetting");
    this.rehearKey = streamKey(seed, "rehearing");
    this.credibilityKey = streamKey(seed, "credibility");
    this.evasionKey = streamKey(seed, "evasion");
    this.believes = new Uint8Array(n).fill(1);
    if (behaviour.credibility < 1) {
      for (let i = 0; i < n; i++) this.believes[i] = uniformAt(this.credibilityKey, i, 0) < behaviour.credibility ? 1 : 0;
    }
    this.resistance = behaviour.forgetRate > 0 ? Float64Array.from(population.awarenessResistance) : population.awarenessResistance;
    this.forgotten = new Int32Array(behaviour.forgetRate > 0 ? n : 0);
    params.events.forEach((event, index) => {
      if (event.kind === "extend") this.extensions.push({ day: event.day, index, credibilityLoss: event.credibilityLoss });
    });
    this.extensions.sort((a, b) => a.day - b.day || a.index - b.index);
    this.newDefectors = new Int32Array(n);
    this.newCaught = new Int32Array(n);
    this.newAware = new Int32Array(n);
    this.womHazard = new Float64Array(Math.max(1, units));
    this.womComputedOn = new Int32Array(Math.max(1, units));
    this.opportunityKey = streamKey(seed, "opportunity");
    this.catchKey = streamKey(seed, "catch");
    this.countThreshold = countThresholdOf(params);
    this.homophily = homophilyOf(params);
    const divided = this.homophily > 0;
    this.groups = groupCount(params);
    this.group = divided ? population.subgroup : new Uint8Array(0);
    this.groupArmy = new Int32Array(divided ? this.groups : 0);
    this.groupDefected = new Int32Array(divided ? this.groups : 0);
    this.unitGroupMembers = new Int32Array(divided ? units * this.groups : 0);
    this.unitGroupDefected = new Int32Array(divided ? units * this.groups : 0);
    this.sameDegree = new Int32Array(divided && this.usesNetwork ? n : 0);
    this.neighbourSameDefected = new Int32Array(divided && this.usesNetwork ? n : 0);
    if (divided && this.usesNetwork && this.graph) {
      const { offsets, neighbours } = this.graph;
      for (let i = 0; i < n; i++) {
        for (let e = offsets[i]; e < offsets[i + 1]; e++) if (this.group[neighbours[e]] === this.group[i]) this.sameDegree[i]++;
      }
    }
    this.captureChance = captureChances(params);
    this.captureKey = streamKey(seed, "capture");
    this.leaderUnit = leaderUnits(params, seed, n);
    this.leaderGone = new Uint8Array(this.leaderUnit ? this.leaderUnit.length : 0);
    this.slotsByUnit = this.leaderUnit && unitTable ? slotsByUnit(unitTable, this.leaderUnit.length) : null;
    this.surrenderKey = streamKey(seed, "surrender");
    const cohesionUnits = params.cohesion > 0 ? unitCount(params, unitTable) : 0;
    this.unitRoll = new Int32Array(cohesionUnits);
    this.unitInRanks = new Int32Array(cohesionUnits);

    let slot = params.size;
    for (const event of params.events) {
      if (event.kind !== "mobilisation") continue;
      this.joins.push({ start: slot, end: slot + event.count, day: event.day });
      slot += event.count;
    }
    this.joins.sort((a, b) => a.day - b.day || a.start - b.start);

    this.join(0, params.size, null);
    // Initial defectors know of the offer (every defector does).
    let newCount = 0;
    let unaware = 0;
    for (const i of population.initialDefectors) {
      if (this.status[i] !== LOYAL) continue;
      this.status[i] = DEFECTED; // marks repeats in an id list as taken
      this.newDefectors[newCount++] = i;
      if (!this.aware[i]) this.newAware[unaware++] = i;
    }
    this.becomeAware(unaware);
    this.applyDefections(0, newCount, 0);
    // Initial defectors who lead a unit sway it from day 1; no unit surrenders at the start.
    if (this.leaderUnit) this.followLeaders(newCount, 0, false);
    this.record(0, newCount, 0, 0, 0);
    while (this.extensions.length && this.extensions[0].day <= 0) this.applyExtension(this.extensions.shift()!);
  }

  result(): RunResult {
    this.advance();
    return this.outcomeOf(this.series, this.fate);
  }

  protected step(d: number): void {
    while (this.joins.length && this.joins[0].day <= d) {
      const { start, end, day } = this.joins.shift()!;
      this.join(start, end, day);
    }
    while (this.extensions.length && this.extensions[0].day <= d) this.applyExtension(this.extensions.shift()!);
    this.forgetOldDefections(d);
    this.deliverPunishmentNews(d);
    this.updateAwareness(d);
    let defections = 0;
    let catches = 0;
    if (this.schedule.offerOpen[d]) [defections, catches] = this.decide(d);
    this.applyDefections(0, defections, d);
    this.applyCatches(catches, d);
    let surrenders = 0;
    if (this.leaderUnit && defections > 0) [defections, surrenders] = this.followLeaders(defections, d, true);
    const captures = this.captureChance && this.captureChance[d] > 0 ? this.capture(d) : 0;
    this.forgetOffer(d);
    this.record(d, defections, catches, captures, surrenders);
    this.day = d;
  }

  /** Soldiers start..end-1 join; `day` is their mobilisation's day (null: the initial army), when some may evade. */
  private join(start: number, end: number, day: number | null): void {
    const { initiallyAware } = this.population;
    const evasion = evasionShare(this.behaviour, this.schedule.offerOpen, day);
    let newAware = 0;
    for (let i = start; i < end; i++) {
      if (evasion > 0 && uniformAt(this.evasionKey, i, 0) < evasion) {
        this.status[i] = EVADED;
        this.evadedCount++;
        continue;
      }
      this.status[i] = LOYAL;
      this.armySize++;
      if (this.usesUnits) this.unitMembers[this.unitOf(i)]++;
      if (this.homophily > 0) {
        this.groupArmy[this.group[i]]++;
        if (this.usesUnits) this.unitGroupMembers[this.unitOf(i) * this.groups + this.group[i]]++;
      }
      if (this.unitRoll.length) {
        this.unitRoll[this.unitOf(i)]++;
        this.unitInRanks[this.unitOf(i)]++;
      }
      if (initiallyAware[i]) {
        this.aware[i] = 1;
        this.newAware[newAware++] = i;
      }
    }
    this.countAwareness(newAware);
  }

  /** Marks newAware[0..count) aware and updates the counts others observe. */
  private becomeAware(count: number): void {
    for (let k = 0; k < count; k++) this.aware[this.newAware[k]] = 1;
    this.countAwareness(count);
  }

  private countAwareness(count: number): void {
    this.awareCount += count;
    const graph = this.graph;
    for (let k = 0; k < count; k++) {
      const i = this.newAware[k];
      if (this.usesUnits) this.unitAware[this.unitOf(i)]++;
      if (graph) {
        for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) this.neighbourAware[graph.neighbours[e]]++;
      }
    }
  }

  private updateAwareness(d: number): void {
    if (this.awareCount === this.armySize) return;
    const { leafletReach, wordOfMouth } = this.params.awareness;
    const leaderReach = this.leaderUnit ? this.params.leaders.reach : 1;
    const baseHazard = reachHazard(leafletReach) + this.schedule.campaignHazard[d];
    if (baseHazard === 0 && wordOfMouth === 0) return;
    const resistance = this.resistance;
    const globalAware = this.awareCount / this.armySize;
    // Without a network, a soldier's word-of-mouth share is his unit's (or the army's): the same
    // number for every soldier of a unit today, so its hazard is computed once per unit and day.
    // (With forgetting many soldiers stay unaware for long, and this loop dominates a run.)
    const perUnit = this.usesUnits || this.params.observation.scope === "global";
    this.womDay++;
    let count = 0;
    for (let i = 0, n = this.status.length; i < n; i++) {
      if (this.aware[i] || this.status[i] !== LOYAL) continue;
      let h = baseHazard;
      if (wordOfMouth > 0) {
        const u = perUnit && this.usesUnits ? this.unitOf(i) : 0;
        if (!perUnit || this.womComputedOn[u] !== this.womDay) {
          const share = this.observedShare(i, globalAware, this.unitAware, this.neighbourAware, 0);
          const wom = share > 0 ? -Math.log(1 - wordOfMouth * share) : 0;
          if (!perUnit) {
            h += wom;
            if (leaderReach !== 1 && this.isLeader(i)) h = leaderReach === 0 ? 0 : h * leaderReach;
            this.hazard[i] += h;
            if (this.hazard[i] >= resistance[i]) this.newAware[count++] = i;
            continue;
          }
          this.womHazard[u] = wom;
          this.womComputedOn[u] = this.womDay;
        }
        h += this.womHazard[u];
      }
      if (leaderReach !== 1 && this.isLeader(i)) h = leaderReach === 0 ? 0 : h * leaderReach;
      this.hazard[i] += h;
      if (this.hazard[i] >= resistance[i]) this.newAware[count++] = i;
    }
    this.becomeAware(count);
  }

  /**
   * Share of soldier i's observed soldiers counted in `unitCounts` / `neighbourCounts` (defected or
   * aware), with the army-wide share given; NaN when a purely local observer observes no one.
   * `self` is 1 when soldier i himself is counted in his unit's count.
   */
  private observedShare(i: number, global: number, unitCounts: Int32Array, neighbourCounts: Int32Array, self: number): number {
    const { scope, globalWeight } = this.params.observation;
    if (scope === "global") return global;
    let local = NaN;
    if (this.usesUnits) {
      const u = this.unitOf(i);
      const others = this.unitMembers[u] - 1;
      if (others > 0) local = (unitCounts[u] - self) / others;
    } else {
      const graph = this.graph!;
      const degree = graph.offsets[i + 1] - graph.offsets[i];
      if (degree > 0) local = neighbourCounts[i] / degree;
    }
    if (scope === "mix") return globalWeight * global + (1 - globalWeight) * (local === local ? local : 0);
    return local;
  }

  private decide(d: number): [number, number] {
    const { opportunity } = this.params;
    const { catchProbability, punishmentRise, punishmentDays } = this.params.deterrence;
    const common = this.schedule.commonShift[d];
    const openEnded = this.schedule.openEndedShift[d];
    const believerAct = this.schedule.believerAct[d];
    const openEndedAct = this.schedule.openEndedAct[d];
    const eligible = this.population.eligible;
    const globalDefected = this.observedDefected / this.armySize;
    const recent = d - punishmentDays;
    const leaderGone = this.leaderUnit && this.params.leaders.influence > 0 ? this.leaderGone : null;
    const { influence, opportunity: leaderOpportunityOrNull } = this.params.leaders;
    const leaderOpportunity = this.leaderUnit && leaderOpportunityOrNull !== null ? leaderOpportunityOrNull : null;
    const cohesion = this.params.cohesion;
    const globalPunished = punishmentRise > 0 && this.punishmentSeenBy === "army" && this.lastCatchAnywhere >= recent;
    let defections = 0;
    let catches = 0;
    for (let i = 0, n = this.status.length; i < n; i++) {
      if (this.status[i] !== LOYAL || !eligible[i] || !this.aware[i]) continue;
      let signal: number;
      if (this.homophily > 0) {
        signal = this.divisionSignal(i);
        if (this.signalCount < this.countThreshold) continue;
      } else {
        signal = this.observedShare(i, globalDefected, this.unitDefected, this.neighbourDefected, 0);
        if (this.countThreshold > 0 && this.observedCount(i) < this.countThreshold) continue;
      }
      const believes = this.believes[i];
      let threshold = this.ownThreshold[i] + (believes ? common : openEnded);
      if (punishmentRise > 0 && (globalPunished || this.sawPunishment(i, recent))) threshold += punishmentRise;
      if (leaderGone && leaderGone[this.unitOf(i)]) threshold -= influence;
      if (cohesion > 0) {
        const u = this.unitOf(i);
        threshold += cohesion * (this.unitInRanks[u] / this.unitRoll[u]);
      }
      if (!(signal >= threshold)) continue;
      const chance = leaderOpportunity !== null && this.isLeader(i) ? leaderOpportunity : opportunity;
      if (chance < 1 && uniformAt(this.opportunityKey, i, d) >= chance) continue;
      const act = believes ? believerAct : openEndedAct;
      if (act < 1 && uniformAt(this.actKey, i, d) >= act) continue;
      if (catchProbability > 0 && uniformAt(this.catchKey, i, d) < catchProbability) this.newCaught[catches++] = i;
      else this.newDefectors[defections++] = i;
    }
    return [defections, catches];
  }

  /** The defectors soldier i observes, for the count threshold: the army's, or his unit mates' or neighbours' (the local part's under mix). */
  private observedCount(i: number): number {
    if (this.params.observation.scope === "global") return this.observedDefected;
    if (this.usesUnits) return this.unitDefected[this.unitOf(i)];
    return this.neighbourDefected[i];
  }

  /**
   * Soldier i's observed defected share when he discounts other groups (homophily > 0), with the
   * weighted count in signalCount: the same scopes as observedShare, each part weighted.
   */
  private divisionSignal(i: number): number {
    const h = this.homophily;
    const g = this.group[i];
    const { scope, globalWeight } = this.params.observation;
    let global = 0;
    let globalCount = 0;
    if (scope === "global" || scope === "mix") {
      const same = this.groupDefected[g];
      const sameN = this.groupArmy[g];
      global = weightedShare(same, this.observedDefected - same, sameN, this.armySize - sameN, h);
      globalCount = weightedCount(same, this.observedDefected - same, h);
      if (scope === "global") {
        this.signalCount = globalCount;
        return global;
      }
    }
    let local: number;
    let localCount: number;
    if (this.usesUnits) {
      const u = this.unitOf(i);
      const at = u * this.groups + g;
      const same = this.unitGroupDefected[at];
      const sameN = this.unitGroupMembers[at] - 1;
      local = weightedShare(same, this.unitDefected[u] - same, sameN, this.unitMembers[u] - 1 - sameN, h);
      localCount = weightedCount(same, this.unitDefected[u] - same, h);
    } else {
      const graph = this.graph!;
      const degree = graph.offsets[i + 1] - graph.offsets[i];
      const same = this.neighbourSameDefected[i];
      const sameN = this.sameDegree[i];
      local = weightedShare(same, this.neighbourDefected[i] - same, sameN, degree - sameN, h);
      localCount = weightedCount(same, this.neighbourDefected[i] - same, h);
    }
    this.signalCount = localCount;
    if (scope === "mix") return globalWeight * global + (1 - globalWeight) * (local === local ? local : 0);
    return local;
  }

  /** Soldier i's defection counts (or, with sign -1, stops counting) in every observed count of his group. */
  private countGroupDefection(i: number, sign: number): void {
    const g = this.group[i];
    this.groupDefected[g] += sign;
    if (this.usesUnits) this.unitGroupDefected[this.unitOf(i) * this.groups + g] += sign;
    const graph = this.graph;
    if (graph && this.usesNetwork) {
      for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) {
        const j = graph.neighbours[e];
        if (this.group[j] === g) this.neighbourSameDefected[j] += sign;
      }
    }
  }

  private sawPunishment(i: number, since: number): boolean {
    if (this.punishmentSeenBy === "unit") return this.unitLastCatch[this.unitOf(i)] >= since;
    if (this.punishmentSeenBy === "network") return this.lastPunishmentSeen[i] >= since;
    return false;
  }

  /** An extension costs credibility: each believer stops believing deadlines with its stated probability. */
  private applyExtension(extension: { index: number; credibilityLoss: number }): void {
    const { credibilityLoss, index } = extension;
    if (credibilityLoss <= 0) return;
    for (let i = 0, n = this.believes.length; i < n; i++) {
      if (this.believes[i] && uniformAt(this.credibilityKey, i, index + 1) < credibilityLoss) this.believes[i] = 0;
    }
  }

  /** With a memory window, defections of day d - memoryDays - 1 stop counting on day d. */
  private forgetOldDefections(d: number): void {
    const old = this.defectorsOn[d - this.memoryDays - 1];
    if (!old) return;
    const graph = this.graph;
    for (const i of old) {
      if (this.homophily > 0) this.countGroupDefection(i, -1);
      if (this.usesUnits) this.unitDefected[this.unitOf(i)]--;
      if (graph) {
        for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) this.neighbourDefected[graph.neighbours[e]]--;
      }
    }
    this.observedDefected -= old.length;
  }

  /** With delayed news, the catches of day d - delay - 1 are seen from day d on, as if they happened on day d - 1. */
  private deliverPunishmentNews(d: number): void {
    const delay = this.behaviour.punishmentDelay;
    const caught = delay > 0 ? this.caughtOn[d - delay - 1] : undefined;
    if (caught) this.publishCatches(caught, caught.length, d - 1);
  }

  /** After the day's decisions, each loyal soldier who knows of the offer may forget it. */
  private forgetOffer(d: number): void {
    const { forgetRate } = this.behaviour;
    if (forgetRate <= 0) return;
    const graph = this.graph;
    for (let i = 0, n = this.status.length; i < n; i++) {
      if (this.status[i] !== LOYAL || !this.aware[i] || uniformAt(this.forgetKey, i, d) >= forgetRate) continue;
      this.aware[i] = 0;
      this.awareCount--;
      if (this.usesUnits) this.unitAware[this.unitOf(i)]--;
      if (graph) {
        for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) this.neighbourAware[graph.neighbours[e]]--;
      }
      this.hazard[i] = 0;
      this.resistance[i] = -Math.log(uniformAt(this.rehearKey, i, ++this.forgotten[i]));
    }
  }

  /** The defections newDefectors[from..to) of day d. */
  private applyDefections(from: number, to: number, d: number): void {
    for (let k = from; k < to; k++) {
      const i = this.newDefectors[k];
      this.status[i] = DEFECTED;
      this.fate[i] = d;
      if (this.unitInRanks.length) this.unitInRanks[this.unitOf(i)]--;
    }
    this.defectedCount += to - from;
    this.observe(this.newDefectors, from, to, d);
  }

  /** Those in list[from..to) count as defected in the shares others observe from day d + 1 (for memoryDays days). */
  private observe(list: Int32Array, from: number, to: number, d: number): void {
    const graph = this.graph;
    for (let k = from; k < to; k++) {
      const i = list[k];
      if (this.homophily > 0) this.countGroupDefection(i, 1);
      if (this.usesUnits) this.unitDefected[this.unitOf(i)]++;
      if (graph) {
        for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) this.neighbourDefected[graph.neighbours[e]]++;
      }
    }
    this.observedDefected += to - from;
    if (this.memoryDays < this.params.days && to > from) {
      const seen = list.slice(from, to);
      const earlier = this.defectorsOn[d];
      if (!earlier) this.defectorsOn[d] = seen;
      else {
        const both = new Int32Array(earlier.length + seen.length);
        both.set(earlier);
        both.set(seen, earlier.length);
        this.defectorsOn[d] = both;
      }
    }
  }

  private isLeader(i: number): boolean {
    const unitSize = this.params.unitSize;
    return this.leaderUnit !== null && i % unitSize === 0 && this.leaderUnit[i / unitSize] === 1;
  }

  /**
   * Leaders among the day's defectors newDefectors[0..count) sway their units from the next day;
   * with `surrender` allowed, each one's unit surrenders whole with probability leaders.surrender:
   * its members still in the ranks defect too, appended to newDefectors. Returns the day's
   * defections with them, and the units that surrendered (those with at least one member left).
   */
  private followLeaders(count: number, d: number, surrender: boolean): [number, number] {
    const unitSize = this.params.unitSize;
    const chance = this.params.leaders.surrender;
    const n = this.status.length;
    let total = count;
    let units = 0;
    for (let k = 0; k < count; k++) {
      const i = this.newDefectors[k];
      if (!this.isLeader(i)) continue;
      const u = i / unitSize;
      this.leaderGone[u] = 1;
      if (!surrender || !(chance > 0) || uniformAt(this.surrenderKey, u, d) >= chance) continue;
      const before = total;
      const byUnit = this.slotsByUnit;
      if (byUnit) {
        // Replacements who joined the unit are in it too (slot order, as without them).
        for (let e = byUnit.start[u], end = byUnit.start[u + 1]; e < end; e++) {
          const j = byUnit.slots[e];
          if (this.status[j] === LOYAL) this.newDefectors[total++] = j;
        }
      } else {
        for (let j = u * unitSize, end = Math.min(n, j + unitSize); j < end; j++) {
          if (this.status[j] === LOYAL) this.newDefectors[total++] = j;
        }
      }
      this.applyDefections(before, total, d);
      if (total > before) units++;
    }
    this.unitSurrenderCount += units;
    return [total, units];
  }

  /** Combat: each soldier still in the ranks is captured with the day's chance. */
  private capture(d: number): number {
    const chance = this.captureChance![d];
    const captured = this.newCaught; // free again: the day's catches are applied
    let count = 0;
    for (let i = 0, n = this.status.length; i < n; i++) {
      if (this.status[i] === LOYAL && uniformAt(this.captureKey, i, d) < chance) captured[count++] = i;
    }
    for (let k = 0; k < count; k++) {
      const i = captured[k];
      this.status[i] = CAPTURED;
      this.fate[i] = CAPTURED_BASE - d;
      if (this.unitInRanks.length) this.unitInRanks[this.unitOf(i)]--;
    }
    this.capturedCount += count;
    if (this.params.capture.newsReaches) this.observe(captured, 0, count, d);
    return count;
  }

  private applyCatches(count: number, d: number): void {
    for (let k = 0; k < count; k++) {
      const i = this.newCaught[k];
      this.status[i] = CAUGHT;
      this.fate[i] = CAUGHT_BASE - d;
      if (this.unitInRanks.length) this.unitInRanks[this.unitOf(i)]--;
    }
    this.caughtCount += count;
    if (this.behaviour.punishmentDelay === 0) this.publishCatches(this.newCaught, count, d);
    else if (count > 0) this.caughtOn[d] = this.newCaught.slice(0, count);
  }

  /** News of the catches caught[0..count) reaches those who see it, dated `day`. */
  private publishCatches(caught: Int32Array, count: number, day: number): void {
    const graph = this.graph;
    for (let k = 0; k < count; k++) {
      const i = caught[k];
      this.lastCatchAnywhere = day;
      if (this.punishmentSeenBy === "unit") this.unitLastCatch[this.unitOf(i)] = day;
      if (this.punishmentSeenBy === "network" && graph) {
        for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) this.lastPunishmentSeen[graph.neighbours[e]] = day;
      }
    }
  }

  private record(d: number, defections: number, catches: number, captures: number, surrenders: number): void {
    recordDay(this.series, d, this.params.size, this.armySize, this.awareCount, this.defectedCount, defections, this.caughtCount, catches, this.evadedCount, {
      captured: this.capturedCount,
      newCaptured: captures,
      unitSurrenders: this.unitSurrenderCount,
      newUnitSurrenders: surrenders,
    });
  }
}

/** Runs one scenario with one seed to the end by the straightforward rule. */
export function simulateReference(params: ModelParams, seed: number): RunResult {
  return new ReferenceSimulation(params, seed).result();
}

/** Each unit's slots in increasing order, from the unit of every slot (counting sort). */
function slotsByUnit(unitOfSlot: Int32Array, units: number): { start: Int32Array; slots: Int32Array } {
  const start = new Int32Array(units + 1);
  for (let i = 0; i < unitOfSlot.length; i++) start[unitOfSlot[i] + 1]++;
  for (let u = 0; u < units; u++) start[u + 1] += start[u];
  const next = start.slice(0, units);
  const slots = new Int32Array(unitOfSlot.length);
  for (let i = 0; i < unitOfSlot.length; i++) slots[next[unitOfSlot[i]]++] = i;
  return { start, slots };
}
