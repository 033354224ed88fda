/**
 * The state of one run shared by the kernels: who has joined, who knows of the offer, who has
 * defected or been caught, and every count others observe (army-wide, per unit, per neighbour),
 * kept up to date incrementally. The rules that read it (observed shares, who saw a punishment,
 * one soldier's attempt) are written once here, exactly as in the straightforward rule
 * (reference.ts), so every kernel decides with the same floating-point expressions.
 */
import { evasionShare } from "../../draftEvasion";
import { allocateSeries, recordDay, type ArmyDay } from "../../series";
import type { ModelParams } from "../../params";
import type { Population } from "../../population";
import type { DaySchedule } from "../../schedule";
import type { Graph } from "../../network/graph";
import { drawBits as drawBitsImported, drawSalts, streamKey, uniformAt as uniformAtImported, uniformAtSalted as uniformAtSaltedImported } from "../../random";
import type { NeedKeys } from "../structures/needKeys";
import type { RunScratch } from "./scratch";
import type { ChanceDaysSlot, OpportunityDays } from "../structures/chanceDays";
import { CAUGHT_BASE, LOYAL_FATE, type RunSeries } from "../../result";
import { countThresholdOf, homophilyOf, weightedCount, weightedShare } from "../../divisions";
import { groupCount } from "../../population";

import * as states from "../status";

/** Module-local copies: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const uniformAt = uniformAtImported;
const uniformAtSalted = uniformAtSaltedImported;
const drawBits = drawBitsImported;
const { LOYAL, DEFECTED, CAUGHT, EVADED, NO_DAY } = states;

/** Soldiers of one join: the initial army (day 0) or one mobilisation. */
export interface Cohort {
  readonly start: number;
  readonly end: number;
  readonly day: number;
}

export class RunState {
  readonly params: ModelParams;
  readonly population: Population;
  readonly graph: Graph | null;
  readonly schedule: DaySchedule;
  readonly series: RunSeries;
  readonly capacity: number;
  readonly scope: ModelParams["observation"]["scope"];
  readonly usesUnits: boolean;
  readonly usesNetwork: boolean;
  readonly unitSize: number;
  readonly globalWeight: number;
  /** Complex contagion: the least defectors a soldier must observe (0: off); counts are whole, so rounded up. */
  readonly countThreshold: number;
  /** Divided armies: how much soldiers discount other groups (0: off; then the group counts below are empty). */
  readonly homophily: number;
  /** Per group (population.subgroup): soldiers on the roll and defected (kept under global observation with homophily). */
  readonly groupArmy: Int32Array;
  readonly groupDefected: Int32Array;
  /** Groups counted (0 without homophily). */
  readonly groups: number;
  /** Per unit and group (u * groups + g): members and defected (unit observation with homophily). */
  readonly unitGroupMembers: Int32Array;
  readonly unitGroupDefected: Int32Array;
  /** Per soldier: neighbours of his own group, and those of them defected (network observation with homophily). */
  readonly sameDegree: Int32Array;
  readonly neighbourSameDefected: Int32Array;
  /** The weighted count of the last dividedLocalShare. */
  dividedCount = 0;

  readonly status: Uint8Array;
  readonly aware: Uint8Array;
  readonly fate: Int32Array;
  /** Threshold with the soldier's own constant shift (reprisals) folded in. */
  readonly ownThreshold: Float64Array;
  readonly unitMembers: Int32Array;
  readonly unitDefected: Int32Array;
  readonly unitAware: Int32Array;
  readonly unitLastCatch: Float64Array;
  readonly neighbourDefected: Int32Array;
  readonly neighbourAware: Int32Array;
  readonly lastPunishmentSeen: Float64Array;
  /**
   * Each soldier's resistance to hearing of the offer: the population's, or with forgetting a copy
   * that a forgetter's fresh resistance replaces (eventDriven/offerForgetting.ts).
   */
  readonly awarenessResistance: Float64Array;
  lastCatchAnywhere = NO_DAY;
  /** Today's new defectors, catches and newly aware soldiers (first newDefected... entries). */
  readonly newDefectors: Int32Array;
  readonly newCaught: Int32Array;
  readonly newAware: Int32Array;
  defections = 0;
  catches = 0;
  armySize = 0;
  defectedCount = 0;
  caughtCount = 0;
  awareCount = 0;
  /** Captured men counted as defected in the shares others observe (capture.newsReaches; eventDriven/capture.ts). */
  capturedSeen = 0;
  /** Captures and whole-unit surrenders so far and today, recorded when either can happen (eventDriven/armyMechanisms.ts); undefined otherwise. */
  armyDay: ArmyDay | undefined = undefined;
  /** Threshold shifts a soldier's unit gives him (a leader's sway, cohesion: eventDriven/armyMechanisms.ts); null when off. */
  unitShifts: UnitShifts | null = null;

  private readonly opportunity: number;
  private readonly catchProbability: number;
  private readonly opportunityKey: number;
  private readonly catchKey: number;
  /** Procrastination (behaviour.actRate < 1): the day's chance of acting on a chance, for those who believe deadlines and for those who do not. */
  private readonly procrastinates: boolean;
  private readonly believerAct: Float64Array;
  private readonly openEndedAct: Float64Array;
  private readonly actKey: number;
  /**
   * 1 while soldier i believes announced deadlines (behaviour.credibility, drawn once per soldier;
   * an extension may take it away), as reference.ts draws it; all 1 when credibility is 1.
   */
  readonly believes: Uint8Array;
  /** Whether some soldier may not believe deadlines (credibility < 1, or an extension that costs credibility). */
  readonly doubts: boolean;
  private readonly credibilityKey: number;
  private readonly evasionKey: number;
  /** Called-up soldiers who evaded the draft. */
  evadedCount = 0;

  /** drawSalt(d) for every day d of the run: a daily draw (uniformAtSalted) then costs two mixes instead of three. */
  readonly daySalts: Uint32Array;
  /** Where opportunity days are kept across runs on these soldiers (RunInputs.chanceDays); null: none kept. */
  private readonly chanceDays: ChanceDaysSlot | null;
  /** The kept opportunity days, taken from chanceDays on the first drawing-ahead (null: drawn as without them). */
  private opportunityDays: OpportunityDays | null = null;
  private askedChanceDays = false;

  /** The run's scratch arrays (scratch.ts): every per-soldier array here but the fates, which go out with the result. */
  readonly scratch: RunScratch;

  constructor(params: ModelParams, seed: number, population: Population, graph: Graph | null, schedule: DaySchedule, scratch: RunScratch, chanceDays: ChanceDaysSlot | null = null) {
    this.scratch = scratch;
    this.chanceDays = chanceDays;
    this.params = params;
    this.population = population;
    this.graph = graph;
    this.schedule = schedule;
    const n = population.capacity;
    this.capacity = n;
    const { scope, local, globalWeight } = params.observation;
    this.scope = scope;
    this.globalWeight = globalWeight;
    this.usesUnits = scope === "unit" || (scope === "mix" && local === "unit");
    this.usesNetwork = scope === "network" || (scope === "mix" && local === "network");
    this.unitSize = params.unitSize;
    this.countThreshold = Math.ceil(countThresholdOf(params));
    this.homophily = homophilyOf(params);
    const groups = this.homophily > 0 ? groupCount(params) : 0;
    this.groupArmy = new Int32Array(groups);
    this.groupDefected = new Int32Array(groups);
    this.groups = groups;
    const unitCountHere = this.usesUnits ? Math.ceil(population.capacity / params.unitSize) : 0;
    this.unitGroupMembers = new Int32Array(groups > 0 ? unitCountHere * groups : 0);
    this.unitGroupDefected = new Int32Array(groups > 0 ? unitCountHere * groups : 0);
    this.sameDegree = new Int32Array(groups > 0 && this.usesNetwork ? population.capacity : 0);
    this.neighbourSameDefected = new Int32Array(groups > 0 && this.usesNetwork ? population.capacity : 0);
    if (groups > 0 && this.usesNetwork && graph) {
      const { offsets, neighbours } = graph;
      const group = population.subgroup;
      for (let i = 0; i < population.capacity; i++) {
        for (let e = offsets[i]; e < offsets[i + 1]; e++) if (group[neighbours[e]] === group[i]) this.sameDegree[i]++;
      }
    }

    this.series = allocateSeries(params.days);
    this.status = scratch.take(Uint8Array, n);
    this.aware = scratch.take(Uint8Array, n);
    this.fate = new Int32Array(n).fill(LOYAL_FATE);
    this.ownThreshold = scratch.take(Float64Array, n);
    const { reprisal } = params.deterrence;
    const { thresholds, family } = population;
    for (let i = 0; i < n; i++) this.ownThreshold[i] = family[i] ? thresholds[i] + reprisal : thresholds[i];
    const units = this.usesUnits ? Math.ceil(n / params.unitSize) : 0;
    this.unitMembers = scratch.take(Int32Array, units);
    this.unitDefected = scratch.take(Int32Array, units);
    this.unitAware = scratch.take(Int32Array, units);
    this.unitLastCatch = scratch.take(Float64Array, units, NO_DAY);
    this.neighbourDefected = scratch.take(Int32Array, this.usesNetwork ? n : 0);
    this.neighbourAware = scratch.take(Int32Array, this.usesNetwork ? n : 0);
    this.lastPunishmentSeen = scratch.take(Float64Array, scope === "network" ? n : 0, NO_DAY);
    this.newDefectors = scratch.take(Int32Array, n);
    this.newCaught = scratch.take(Int32Array, params.deterrence.catchProbability > 0 ? n : 0);
    this.newAware = scratch.take(Int32Array, n);
    if (params.behaviour.forgetRate > 0) {
      this.awarenessResistance = scratch.take(Float64Array, n);
      this.awarenessResistance.set(population.awarenessResistance);
    } else {
      this.awarenessResistance = population.awarenessResistance;
    }
    this.opportunity = params.opportunity;
    this.catchProbability = params.deterrence.catchProbability;
    this.opportunityKey = streamKey(seed, "opportunity");
    this.catchKey = streamKey(seed, "catch");
    const behaviour = params.behaviour;
    this.procrastinates = behaviour.actRate < 1;
    this.believerAct = schedule.believerAct;
    this.openEndedAct = schedule.openEndedAct;
    this.actKey = streamKey(seed, "acting");
    this.daySalts = drawSalts(params.days);
    this.credibilityKey = streamKey(seed, "credibility");
    this.evasionKey = streamKey(seed, "evasion");
    this.doubts = behaviour.credibility < 1 || params.events.some((e) => e.kind === "extend" && e.credibilityLoss > 0);
    this.believes = scratch.take(Uint8Array, this.doubts ? n : 0, 1);
    if (behaviour.credibility < 1) {
      for (let i = 0; i < n; i++) this.believes[i] = uniformAt(this.credibilityKey, i, 0) < behaviour.credibility ? 1 : 0;
    }
  }

  /** The defections others observe: the defectors, and captured men when news of captures reaches them. */
  get observedDefected(): number {
    return this.defectedCount + this.capturedSeen;
  }

  /** Soldier i's threshold `t` with his unit's shifts (unitShifts), in reference.ts's order; t itself when there are none. */
  unitShifted(i: number, t: number): number {
    return this.unitShifts === null ? t : this.unitShifts.apply(Math.floor(i / this.unitSize), t);
  }

  unitOf(i: number): number {
    return Math.floor(i / this.unitSize);
  }

  /**
   * Slots [start, end) join; `day` is their mobilisation's day (null: the initial army), when some
   * may evade the draft (as in reference.ts). The initially aware among those who join are listed
   * in newAware[0..returned).
   */
  join(start: number, end: number, day: number | null): number {
    const { initiallyAware } = this.population;
    const evasion = evasionShare(this.params.behaviour, this.schedule.offerOpen, day);
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
        const g = this.population.subgroup[i];
        this.groupArmy[g]++;
        if (this.usesUnits) this.unitGroupMembers[this.unitOf(i) * this.groups + g]++;
      }
      if (initiallyAware[i]) {
        this.aware[i] = 1;
        this.newAware[newAware++] = i;
      }
    }
    this.countAwareness(newAware);
    return newAware;
  }

  /** Marks newAware[0..count) aware and updates the counts others observe. */
  becomeAware(count: number): void {
    for (let k = 0; k < count; k++) this.aware[this.newAware[k]] = 1;
    this.countAwareness(count);
  }

  /** Soldier i forgets the offer: he no longer counts as aware for anyone. */
  forget(i: number): void {
    this.aware[i] = 0;
    this.awareCount--;
    if (this.usesUnits) this.unitAware[this.unitOf(i)]--;
    const graph = this.graph;
    if (graph) {
      const { offsets, neighbours } = graph;
      for (let e = offsets[i], end = offsets[i + 1]; e < end; e++) this.neighbourAware[neighbours[e]]--;
    }
  }

  private countAwareness(count: number): void {
    this.awareCount += count;
    const graph = this.graph;
    const { newAware, unitAware, neighbourAware } = this;
    for (let k = 0; k < count; k++) {
      const i = newAware[k];
      if (this.usesUnits) unitAware[this.unitOf(i)]++;
      if (graph) {
        for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) neighbourAware[graph.neighbours[e]]++;
      }
    }
  }

  /**
   * Soldier i's local share of `unitCounts` / `neighbourCounts` (defected or aware): NaN when he
   * observes no one locally. Only for unit, network and mix scopes.
   */
  localShare(i: number, unitCounts: Int32Array, neighbourCounts: Int32Array): number {
    if (this.usesUnits) {
      const u = Math.floor(i / this.unitSize);
      const others = this.unitMembers[u] - 1;
      return others > 0 ? unitCounts[u] / others : NaN;
    }
    const graph = this.graph!;
    const degree = graph.offsets[i + 1] - graph.offsets[i];
    return degree > 0 ? neighbourCounts[i] / degree : NaN;
  }

  /**
   * Whether soldier i observes at least countThreshold defectors (reference.ts, observedCount): the
   * army's under global observation, else his unit mates' or neighbours' (the local part of a mix).
   * Counts only grow in the runs the event-driven kernel takes (no memory window).
   */
  countReached(i: number): boolean {
    const k = this.countThreshold;
    if (k <= 0) return true;
    if (this.scope === "global") return this.observedDefected >= k;
    if (this.usesUnits) return this.unitDefected[Math.floor(i / this.unitSize)] >= k;
    return this.neighbourDefected[i] >= k;
  }

  /** Soldier i's defection in the group counts (army-wide, his unit's, his neighbours' of his group). */
  countGroupDefection(i: number): void {
    const group = this.population.subgroup;
    const g = group[i];
    this.groupDefected[g]++;
    if (this.usesUnits) this.unitGroupDefected[this.unitOf(i) * this.groups + g]++;
    const graph = this.graph;
    if (graph && this.usesNetwork) {
      for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) {
        const j = graph.neighbours[e];
        if (group[j] === g) this.neighbourSameDefected[j]++;
      }
    }
  }

  /**
   * Soldier i's local defected share with homophily (unit or network observation), exactly as
   * reference.ts's divisionSignal computes it, with the weighted count in dividedCount; NaN when he
   * observes no one.
   */
  dividedLocalShare(i: number): number {
    const h = this.homophily;
    const g = this.population.subgroup[i];
    if (this.usesUnits) {
      const u = Math.floor(i / this.unitSize);
      const at = u * this.groups + g;
      const same = this.unitGroupDefected[at];
      const sameN = this.unitGroupMembers[at] - 1;
      this.dividedCount = weightedCount(same, this.unitDefected[u] - same, h);
      return weightedShare(same, this.unitDefected[u] - same, sameN, this.unitMembers[u] - 1 - sameN, h);
    }
    const graph = this.graph!;
    const degree = graph.offsets[i + 1] - graph.offsets[i];
    const same = this.neighbourSameDefected[i];
    const sameN = this.sameDegree[i];
    this.dividedCount = weightedCount(same, this.neighbourDefected[i] - same, h);
    return weightedShare(same, this.neighbourDefected[i] - same, sameN, degree - sameN, h);
  }

  /** The observed share of reference.ts: army-wide, local, or the weighted mix (local NaN counts as 0). */
  observedShare(i: number, global: number, unitCounts: Int32Array, neighbourCounts: Int32Array): number {
    if (this.scope === "global") return global;
    const local = this.localShare(i, unitCounts, neighbourCounts);
    if (this.scope === "mix") return this.globalWeight * global + (1 - this.globalWeight) * (local === local ? local : 0);
    return local;
  }

  /** Whether soldier i saw a punishment since day `since` through his unit or neighbours (unit and network scopes). */
  sawPunishment(i: number, since: number): boolean {
    if (this.scope === "unit") return this.unitLastCatch[Math.floor(i / this.unitSize)] >= since;
    if (this.scope === "network") return this.lastPunishmentSeen[i] >= since;
    return false;
  }

  /** Whether soldier i believes announced deadlines (his shift and acting chance are then the deadline's). */
  believer(i: number): boolean {
    return !this.doubts || this.believes[i] === 1;
  }

  /** The threshold shift of day d for soldier i: the deadline's if he believes it, else the open-ended offer's. */
  shiftOf(i: number, d: number): number {
    return this.believer(i) ? this.schedule.commonShift[d] : this.schedule.openEndedShift[d];
  }

  /** An extension (the k-th of params.events) costs credibility: each believer stops believing with probability `loss`, as in reference.ts. */
  applyExtension(k: number, loss: number): void {
    if (loss <= 0) return;
    const { believes, credibilityKey } = this;
    for (let i = 0, n = believes.length; i < n; i++) {
      if (believes[i] && uniformAt(credibilityKey, i, k + 1) < loss) believes[i] = 0;
    }
  }

  /** Whether soldier i has a chance to defect on day d and takes it (a pure function of soldier, day and his belief). */
  hasChance(i: number, d: number): boolean {
    if (this.opportunity < 1) {
      const known = this.opportunityDays;
      if (known === null ? uniformAtSalted(this.opportunityKey, i, this.daySalts[d]) >= this.opportunity : !known.has(i, d)) return false;
    }
    if (!this.procrastinates) return true;
    const act = this.believer(i) ? this.believerAct[d] : this.openEndedAct[d];
    return act >= 1 || uniformAtSalted(this.actKey, i, this.daySalts[d]) < act;
  }

  /**
   * The first day t in [from, last) on which soldier i has a chance (hasChance), else `last`: the
   * same draws, compared on their 32 bits (u < p is exactly bits + 0.5 < p * 2^32, random.ts), for
   * drawing a soldier's days ahead (a parked soldier, eventDriven/localDecisions.ts). With kept
   * opportunity days (chanceDays) it reads them, and looks on past `last`, up to `further`, as far
   * as earlier drawings made them known (free): then it may return a day after `last`, before
   * which he has no chance either.
   */
  firstChance(i: number, from: number, last: number, further = last): number {
    if (!this.askedChanceDays) this.takeOpportunityDays();
    if (this.opportunityDays !== null) return this.firstKnownChance(this.opportunityDays, i, from, last, further);
    const { daySalts, opportunityKey, actKey, believerAct, openEndedAct } = this;
    const drawsOpportunity = this.opportunity < 1;
    const opportunityBits = this.opportunity * 4294967296;
    const act = this.believer(i) ? believerAct : openEndedAct;
    for (let t = from; t < last; t++) {
      const salt = daySalts[t];
      if (drawsOpportunity && drawBits(opportunityKey, i, salt) + 0.5 >= opportunityBits) continue;
      if (!this.procrastinates || act[t] >= 1 || drawBits(actKey, i, salt) + 0.5 < act[t] * 4294967296) return t;
    }
    return last;
  }

  /** The kept opportunity days of this run's key, opportunity, length and army, if any (asked once, when first drawing ahead). */
  private takeOpportunityDays(): void {
    this.askedChanceDays = true;
    this.opportunityDays = this.chanceDays?.for(this.opportunityKey, this.opportunity, this.params.days, this.capacity, this.daySalts) ?? null;
    this.opportunityDays?.read();
  }

  /** The run is over: it reads no more kept opportunity days (their arrays may go to other days once let go). */
  doneWithOpportunityDays(): void {
    this.opportunityDays?.done();
    this.opportunityDays = null;
  }

  /** firstChance over kept opportunity days: the acting draw (procrastination) is made on opportunity days only, as there. */
  private firstKnownChance(known: OpportunityDays, i: number, from: number, last: number, further: number): number {
    if (!this.procrastinates) {
      return known.nextThrough(i, from, last, further);
    }
    const act = this.believer(i) ? this.believerAct : this.openEndedAct;
    const t = this.firstActing(known, act, i, from, last);
    return t < last ? t : this.firstActing(known, act, i, last, known.knownUntil(i, last, further));
  }

  /** The first opportunity day t in [from, end) on which soldier i also acts (act[t]: the day's acting rate for his belief), else end. */
  private firstActing(known: OpportunityDays, act: Float64Array, i: number, from: number, end: number): number {
    const { actKey, daySalts } = this;
    for (let t = known.next(i, from, end); t < end; t = known.next(i, t + 1, end)) {
      if (act[t] >= 1 || drawBits(actKey, i, daySalts[t]) + 0.5 < act[t] * 4294967296) return t;
    }
    return end;
  }

  /** A willing soldier with a chance on day d tries: he is listed as caught or as defected. */
  act(i: number, d: number): void {
    if (this.catchProbability > 0 && uniformAtSalted(this.catchKey, i, this.daySalts[d]) < this.catchProbability) this.newCaught[this.catches++] = i;
    else this.newDefectors[this.defections++] = i;
  }

  /** A willing soldier's try on day d: false when he has no chance that day; otherwise he acts and true is returned. */
  attempt(i: number, d: number): boolean {
    if (!this.hasChance(i, d)) return false;
    this.act(i, d);
    return true;
  }

  /**
   * Applies today's defections to every count others observe; `needs` (local decisions under
   * network observation) has each neighbour's need fall in the same pass over the edges.
   */
  applyDefections(d: number, needs: NeedKeys | null = null, from = 0): void {
    const graph = this.graph;
    const { newDefectors, status, fate, unitDefected, neighbourDefected } = this;
    const count = this.defections;
    for (let k = from; k < count; k++) {
      const i = newDefectors[k];
      status[i] = DEFECTED;
      fate[i] = d;
      if (this.homophily > 0) this.countGroupDefection(i);
      if (this.usesUnits) unitDefected[Math.floor(i / this.unitSize)]++;
      if (graph) {
        const { offsets, neighbours } = graph;
        if (needs === null) {
          for (let e = offsets[i], end = offsets[i + 1]; e < end; e++) neighbourDefected[neighbours[e]]++;
        } else {
          for (let e = offsets[i], end = offsets[i + 1]; e < end; e++) {
            const j = neighbours[e];
            neighbourDefected[j]++;
            needs.fall(j);
          }
        }
      }
    }
    this.defectedCount += count - from;
  }

  applyCatches(d: number): void {
    const graph = this.graph;
    const count = this.catches;
    for (let k = 0; k < count; k++) {
      const i = this.newCaught[k];
      this.status[i] = CAUGHT;
      this.fate[i] = CAUGHT_BASE - d;
      this.lastCatchAnywhere = d;
      if (this.usesUnits) this.unitLastCatch[this.unitOf(i)] = d;
      if (this.scope === "network" && graph) {
        for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) this.lastPunishmentSeen[graph.neighbours[e]] = d;
      }
    }
    this.caughtCount += count;
  }

  record(d: number): void {
    recordDay(this.series, d, this.params.size, this.armySize, this.awareCount, this.defectedCount, this.defections, this.caughtCount, this.catches, this.evadedCount, this.armyDay);
  }

  /** Copies day d's record to days d+1..last (nothing changes in between). */
  repeatRecord(d: number, last: number): void {
    const s = this.series;
    for (let t = d + 1; t <= last; t++) {
      s.army[t] = s.army[d];
      s.defected[t] = s.defected[d];
      s.newDefected[t] = 0;
      s.caught[t] = s.caught[d];
      s.newCaught[t] = 0;
      s.aware[t] = s.aware[d];
      s.loyal[t] = s.loyal[d];
      s.strength[t] = s.strength[d];
      s.evaded[t] = s.evaded[d];
      s.manpowerDenied[t] = s.manpowerDenied[d];
      s.captured[t] = s.captured[d];
      s.newCaptured[t] = 0;
      s.unitSurrenders[t] = s.unitSurrenders[d];
      s.newUnitSurrenders[t] = 0;
    }
  }
}

/** A unit's threshold shift (a leader's sway, cohesion), as of the next decisions. */
export interface UnitShifts {
  /** Threshold t of a member of unit u with the unit's shifts applied, in reference.ts's order. */
  apply(u: number, t: number): number;
}
