/**
 * Decisions under unit, network or mixed observation (Watts 2002 and its mix with the army-wide
 * rate), event-driven. Soldier i is willing when
 *     signal_i >= own_i + shift [+ punishment],  signal_i = w * f + (1 - w) * local_i
 * (w = 0 for purely local observation), that is when the day's common part reaches his need
 *     key_i = own_i [+ punishment_i] - (1 - w) * local_i  <=  w * f - shift [- punishment].
 * What differs between soldiers changes only through events: a neighbour or unit mate defects
 * (local_i rises), a punishment is seen or forgotten (pure local scopes), a unit gains members,
 * the soldier hears of the offer. Each event recomputes the keys of the soldiers it touches; a
 * soldier who cannot decide (not loyal, eligible and aware; a pure local observer who observes no
 * one) has key Infinity.
 *
 * Keys sit in soldier order, in blocks of 64 with a lower bound of each block's least key
 * (needKeys.ts). A day scans only the blocks whose bound the common part reaches, in soldier order
 * (so what follows, the day's defections and their neighbours, is read in order too). A soldier
 * whose key the day reaches first draws his chance (a pure function of soldier and day, so
 * drawing it before knowing he is willing changes nothing), and only with a chance is he judged,
 * with the exact expression of the straightforward rule (keys carry a margin for rounding), or
 * without reading anything more when his key is further below the day's bound than any rounding
 * (keys are up to date except a seen punishment's rise, so not in pure local scopes with one). A
 * soldier without a chance keeps his key and is looked at again the next open day. A day thus
 * costs O(blocks + scanned blocks x 64 + touched), and a run that has stalled with nobody near
 * his need costs O(blocks) a day.
 *
 * Under unit observation without homophily every member of a unit shares one part of his need,
 * part_u (the unit's defected share weighted, a seen punishment's rise, the unit's shifts): with
 * units of SHARED_PARTS_FROM or more a unit event (a defection, a mobilisation filling the unit, a
 * shift, a forgotten punishment) recomputes part_u alone, O(1) instead of rewriting every member's
 * key (O(unit size): 500 soldiers a desertion in hessians-1776). Keys then hold each soldier's own
 * part (his threshold; Infinity when he cannot decide or is parked), his need is key + part_u, the
 * same float sum the members' keys get otherwise, and the bounds are kept per run of a unit's
 * members within a block (structures/unitParts.ts): a day reads a run when its least own part plus
 * its unit's current part reaches the day's bound. A touched soldier has his unit's part
 * recomputed with his own (it is exact as of that day, as his whole key was).
 *
 * A soldier near his need without a chance is set aside until his next chance (parking): his
 * chance draws are pure functions of soldier and day, so the first day he has one is found by
 * drawing ahead (at most PARK_DAYS days at a time), his key is hidden (Infinity) so no day's scan
 * reads him, and on that day, before the scan, his key is computed again and he is judged as
 * everyone is. Whatever touches his key meanwhile (a unit mate defecting, forgetting) shows him
 * again early, which changes nothing: on a day without a chance he cannot act. Only when chances
 * are rare (PARK_BELOW_CHANCE), belief in deadlines cannot change (an extension changes whose
 * acting chance a day uses) and keys are up to date (not pure local scopes with a punishment rise).
 *
 * A soldier's need does not depend on whether he believes deadlines; only the day's common part
 * does (the deadline's shift or the open-ended offer's). When some do not believe, blocks are
 * scanned up to the larger of the two bounds and each soldier is held to his own group's.
 */
import { BLOCK_BITS, NeedKeys } from "../structures/needKeys";
import { UnitParts } from "../structures/unitParts";
import { LOYAL as LOYAL_STATUS } from "../status";
import type { RunState } from "../state/runState";
import { DueDays } from "../structures/dueDays";

/** A module-local copy: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const LOYAL = LOYAL_STATUS;

/**
 * Days of chance draws made ahead at a time for a parked soldier: more wastes draws when he stops
 * being near his need, fewer releases him (and scans his block) more often before his chance.
 * 256 against 32: chieu-hoi and hessians-1776 1.3-1.4x faster a run, 3-8% more draws. A soldier who
 * forgets the offer stops being near his need within about 1 / forgetRate days (13 in the russia
 * pair): then drawing far ahead is mostly waste (twice the draws at 256), so FORGETFUL_PARK_DAYS.
 * With opportunity days kept across runs (structures/chanceDays.ts) he is parked on past these
 * days as far as earlier runs drew his days (free); 512 or 1024 here changed neither a first nor a
 * later run of chieu-hoi or hessians-1776 beyond noise.
 */
const PARK_DAYS = 256;
const FORGETFUL_PARK_DAYS = 32;
/** Soldiers are parked only when the daily chance (opportunity x acting rate) is at most this. */
const PARK_BELOW_CHANCE = 0.05;
const NONE = -1;

/** Rounding margin of the key test; the exact test decides. Keys and bounds are O(1) numbers. */
const MARGIN = 1e-9;
const withMargin = (bound: number) => bound + MARGIN * (1 + Math.abs(bound));

/**
 * Units of at least this many soldiers keep their shared part of the need apart (UnitParts): a
 * day then tests a bound per run of a unit's members within a block (n / 64 + n / unitSize of
 * them) instead of per block, and a unit event costs O(1) instead of O(unitSize). Measured
 * (scripts/time-unit-runs.ts, the shipped unit scenarios and the bench's full-unit case with their
 * units set to 2-16): 0.7x at units of 2-4, 0.9-1.2x at 8, 1.05-1.15x at 16, more above.
 */
const SHARED_PARTS_FROM = 16;

export class LocalDecisions {
  private readonly state: RunState;
  /** Each soldier's need (a lower bound up to MARGIN), Infinity when he cannot decide. */
  readonly needs: NeedKeys;
  /** Soldiers near their need on the last open day who had no chance: looked at again on the next. */
  private waiting = 0;
  private readonly pureLocal: boolean;
  private readonly rise: number;
  private readonly punishmentDays: number;
  /** Catches in day order, to forget their punishment when it expires (pure local scopes). */
  private readonly catchLog: Int32Array;
  private readonly catchDay: Int32Array;
  private logged = 0;
  private expired = 0;
  /** Batch stamp per unit, to touch each unit once per batch of events. */
  private readonly unitStamp: Int32Array;
  /**
   * Under unit observation with units smaller than SHARED_PARTS_FROM or homophily, each soldier's
   * own part of his need (his threshold, Infinity when he cannot decide): an event in his unit
   * recomputes his need as base + the unit's part.
   */
  private readonly base: Float64Array;
  /** Units of SHARED_PARTS_FROM or more (no homophily): needs are keys (own parts) + the unit's part; null otherwise. */
  private readonly unitParts: UnitParts | null;
  private batch = 0;
  /** The day's bounds and shifts, set by decide for the scans (one object, so a day allocates nothing). */
  private readonly today = { global: 0, common: 0, openEnded: 0, recent: 0, globalPunished: false, believerBound: 0, doubterBound: 0, sure: 0, doubterSure: 0 };
  /** The population's eligibility, read once (a population builds its arrays on first read, behind a getter). */
  private readonly eligible: Uint8Array;
  /** Whether soldiers near their need without a chance are parked until their next chance (see above). */
  private readonly parks: boolean;
  /** Per soldier: no chance on any day from the last drawing-ahead up to (not including) this day. */
  private readonly quietUntil: Int32Array;
  /** Per soldier: the day he is parked until (NONE: not parked); parked soldiers filed under that day (null: no parking). */
  private readonly parkedOn: Int32Array;
  private readonly parkedUntil: DueDays | null;
  /** Parkings of days up to this one have been released. */
  private released = 0;
  /** The last day the offer is open (-1: never): after it nobody decides, so needs are no longer kept. */
  private readonly lastOpenDay: number;
  /** Days of chance draws made ahead at a time (PARK_DAYS). */
  private readonly parkDays: number;
  /** Per day d: the first day from d on when the offer is closed (days + 1 when none): no chance is drawn for it. */
  private readonly closesFrom: Int32Array;

  constructor(state: RunState) {
    this.state = state;
    const n = state.capacity;
    const { scratch } = state;
    const step = scratch.take(Float64Array, state.usesNetwork ? n : 0);
    if (state.usesNetwork) {
      const { offsets } = state.graph!;
      const weight = state.scope === "mix" ? 1 - state.globalWeight : 1;
      for (let i = 0; i < n; i++) {
        const degree = offsets[i + 1] - offsets[i];
        step[i] = degree > 0 ? weight / degree : 0;
      }
    }
    this.needs = new NeedKeys(n, step, scratch);
    this.eligible = state.population.eligible;
    this.pureLocal = state.scope !== "mix";
    this.rise = state.params.deterrence.punishmentRise;
    this.punishmentDays = state.params.deterrence.punishmentDays;
    const tracksPunishment = this.pureLocal && this.rise > 0;
    this.catchLog = scratch.take(Int32Array, tracksPunishment ? n : 0);
    this.catchDay = scratch.take(Int32Array, tracksPunishment ? n : 0);
    this.unitStamp = scratch.take(Int32Array, state.unitMembers.length, -1);
    const sharesParts = state.usesUnits && state.homophily === 0 && state.unitSize >= SHARED_PARTS_FROM;
    this.unitParts = sharesParts ? new UnitParts(this.needs.key, state.unitSize, scratch) : null;
    this.base = scratch.take(Float64Array, state.usesUnits && !sharesParts ? n : 0, Infinity);
    // Parking pays when chances are rare; at a chance every few days its filing and release cost more than the scans it saves.
    const { opportunity, behaviour } = state.params;
    const dailyChance = opportunity * (behaviour.actRate < 1 ? behaviour.actRate : 1);
    this.parks = !state.doubts && !tracksPunishment && dailyChance <= PARK_BELOW_CHANCE;
    const days = state.params.days;
    this.quietUntil = scratch.take(Int32Array, this.parks ? n : 0);
    this.parkedOn = scratch.take(Int32Array, this.parks ? n : 0, NONE);
    // A soldier is parked until day days + 1 at the latest.
    this.parkedUntil = this.parks ? new DueDays(scratch, days + 1, n) : null;
    this.lastOpenDay = state.schedule.offerOpen.lastIndexOf(1);
    this.parkDays = behaviour.forgetRate > 0 ? FORGETFUL_PARK_DAYS : PARK_DAYS;
    this.closesFrom = scratch.take(Int32Array, this.parks ? days + 2 : 0);
    if (this.parks) {
      const open = state.schedule.offerOpen;
      this.closesFrom[days + 1] = days + 1;
      for (let d = days; d >= 0; d--) this.closesFrom[d] = open[d] ? this.closesFrom[d + 1] : d;
    }
  }

  /** After day 0: every soldier's key as of day 1. */
  start(): void {
    for (let i = 0; i < this.state.capacity; i++) this.touch(i, 1);
  }

  /** Soldiers who will be looked at on the next open day whatever else happens (near their need, no chance yet). */
  get waitingCount(): number {
    return this.waiting + (this.parkedUntil?.pending ?? 0);
  }

  /** Whether soldier i has a chance on day d (state.hasChance), without drawing on a day known to be quiet. */
  private chanceOn(i: number, d: number): boolean {
    return this.parks && d < this.quietUntil[i] ? false : this.state.hasChance(i, d);
  }

  /**
   * Soldier i, near his need, has no chance on day d: parks him until his next chance day (drawn
   * ahead) when he is not parked already. Returns whether he is parked (his key must be hidden).
   */
  private park(i: number, d: number): boolean {
    let until = this.quietUntil[i];
    if (d >= until) {
      const state = this.state;
      // Nobody decides while the offer is closed: he is parked until it closes at the latest, and drawn for again when it reopens.
      const closes = this.closesFrom[d + 1];
      // Past `last` only as far as kept opportunity days are known (free to look through; RunState.firstChance).
      until = state.firstChance(i, d + 1, Math.min(closes, d + this.parkDays), closes);
      this.quietUntil[i] = until;
    }
    const on = this.parkedOn[i];
    if (on !== NONE) return on === until; // still filed under that day
    this.parkedOn[i] = until;
    this.parkedUntil!.file(i, until);
    return true;
  }

  /** Before day d's scan: soldiers parked until a day up to d show their key again. */
  private release(d: number): void {
    const parkedOn = this.parkedOn;
    const parkedUntil = this.parkedUntil!;
    const next = parkedUntil.next;
    for (let t = this.released + 1; t <= d; t++) {
      for (let i = parkedUntil.take(t); i !== NONE; i = next[i]) {
        parkedOn[i] = NONE;
        this.touch(i, d); // his key may be stale: unit touches pass parked soldiers over (touchUnit)
      }
    }
    this.released = d;
  }

  /** Soldier i's need as of day `day` (Infinity when he cannot decide). */
  private keyOf(i: number, day: number): number {
    const state = this.state;
    if (state.status[i] !== LOYAL || !this.eligible[i] || !state.aware[i]) return Infinity;
    if (state.homophily > 0) {
      // Divided armies (pure local scopes only): the weighted share and count of reference.ts.
      const local = state.dividedLocalShare(i);
      if (local !== local || state.dividedCount < state.countThreshold) return Infinity;
      let t = state.unitShifted(i, state.ownThreshold[i]);
      if (this.rise > 0 && state.sawPunishment(i, day - this.punishmentDays)) t += this.rise;
      const key = t - local;
      return key === key ? key : Infinity;
    }
    if (state.countThreshold > 0 && !state.countReached(i)) return Infinity; // complex contagion: too few defectors seen yet
    const own = state.unitShifted(i, state.ownThreshold[i]);
    const local = state.localShare(i, state.unitDefected, state.neighbourDefected);
    let key: number;
    if (this.pureLocal) {
      if (local !== local) return Infinity; // observes no one: never willing by a local rule
      let t = own;
      if (this.rise > 0 && state.sawPunishment(i, day - this.punishmentDays)) t += this.rise;
      key = t - local;
    } else {
      key = own - (1 - state.globalWeight) * (local === local ? local : 0);
    }
    return key === key ? key : Infinity;
  }

  /** Recomputes soldier i's key as of day `day`. */
  private touch(i: number, day: number): void {
    const state = this.state;
    const able = state.status[i] === LOYAL && this.eligible[i] && state.aware[i];
    const parts = this.unitParts;
    if (parts !== null) {
      // His own part; his unit's is computed again as of `day` (O(1)), as his whole key was.
      const own = able ? state.ownThreshold[i] : Infinity;
      parts.setOwn(i, own === own ? own : Infinity);
      if (able) {
        const u = state.unitOf(i);
        parts.part[u] = this.partOf(u, day);
      }
      return;
    }
    if (state.usesUnits) this.base[i] = able ? state.ownThreshold[i] : Infinity;
    this.needs.set(i, able ? this.keyOf(i, day) : Infinity); // keyOf's own first test (a forgetter, a defector)
  }

  /** The newly aware soldiers, state.newAware[0..count), can decide from day d on. */
  addAware(count: number, d: number): void {
    if (d > this.lastOpenDay) return;
    const { newAware } = this.state;
    for (let k = 0; k < count; k++) this.touch(newAware[k], d);
  }

  /** Soldiers list[0..count) forgot the offer on day d: they cannot decide until they hear again. */
  forgot(list: Int32Array, count: number, d: number): void {
    if (d + 1 > this.lastOpenDay) return;
    const parts = this.unitParts;
    if (parts !== null) {
      // touch() for one who cannot decide (he is unaware now): his own part is Infinity, which lowers no run's bound.
      const own = parts.own;
      for (let k = 0; k < count; k++) own[list[k]] = Infinity;
      return;
    }
    for (let k = 0; k < count; k++) this.touch(list[k], d + 1);
  }

  /**
   * Unit u's part of its members' needs as of day `day` (without homophily): the same for all of
   * them, Infinity when none of them can be willing whatever his own threshold.
   */
  private partOf(u: number, day: number): number {
    const state = this.state;
    const others = state.unitMembers[u] - 1;
    const local = others > 0 ? state.unitDefected[u] / others : NaN;
    let part: number;
    if (state.unitDefected[u] < state.countThreshold) {
      part = Infinity; // complex contagion: too few unit mates defected yet
    } else if (this.pureLocal) {
      part = local !== local ? Infinity : (this.rise > 0 && state.unitLastCatch[u] >= day - this.punishmentDays ? this.rise : 0) - local;
    } else {
      part = -(1 - state.globalWeight) * (local === local ? local : 0);
    }
    if (state.unitShifts !== null) part += state.unitShifts.apply(u, 0); // a leader's sway, cohesion
    return part === part ? part : Infinity;
  }

  /** Recomputes the needs of unit u's members as of day `day`: base + the unit's part, computed once. */
  private touchUnit(u: number, day: number): void {
    if (this.unitStamp[u] === this.batch) return;
    this.unitStamp[u] = this.batch;
    const state = this.state;
    if (this.unitParts !== null) {
      // Members' keys hold their own parts: the unit's is all that changes (parked members included, hidden by their keys).
      this.unitParts.part[u] = this.partOf(u, day);
      return;
    }
    if (state.homophily > 0) {
      // Each member reads his own group's weighted share: his key is computed whole.
      for (let j = u * state.unitSize, end = Math.min(state.capacity, j + state.unitSize); j < end; j++) this.needs.set(j, this.keyOf(j, day));
      return;
    }
    const part = this.partOf(u, day);
    const { base, needs } = this;
    const size = state.unitSize;
    if (this.parks) {
      // A parked member is passed over: he has no chance before his release, which computes his key afresh.
      const parkedOn = this.parkedOn;
      for (let j = u * size, end = Math.min(state.capacity, j + size); j < end; j++) {
        const own = base[j];
        // Who cannot decide has key Infinity already (touch, act and leftRanks set both).
        if (own === Infinity || parkedOn[j] !== NONE) continue;
        const key = own + part;
        needs.set(j, key === key ? key : Infinity);
      }
      return;
    }
    for (let j = u * size, end = Math.min(state.capacity, j + size); j < end; j++) {
      const key = base[j] + part;
      needs.set(j, key === key ? key : Infinity);
    }
  }

  private touchAround(i: number, day: number): void {
    const state = this.state;
    if (state.usesUnits) {
      this.touchUnit(state.unitOf(i), day);
      return;
    }
    const { offsets, neighbours } = state.graph!;
    const { status } = state;
    for (let e = offsets[i], end = offsets[i + 1]; e < end; e++) {
      const j = neighbours[e];
      if (status[j] === LOYAL) this.touch(j, day);
    }
  }

  /** Soldiers (of slots [start, end)) have joined on day d: their units' shares changed. */
  joined(start: number, end: number, d: number): void {
    if (!this.state.usesUnits) return;
    this.batch++;
    for (let i = start; i < end; i++) this.touchUnit(this.state.unitOf(i), d);
  }

  /** Punishments seen on day d - punishmentDays - 1 are forgotten today: their witnesses' needs fall. */
  forget(d: number): void {
    const last = d - this.punishmentDays - 1;
    this.batch++;
    while (this.expired < this.logged && this.catchDay[this.expired] <= last) this.touchAround(this.catchLog[this.expired++], d);
  }

  decide(d: number): void {
    if (this.parks) this.release(d);
    const state = this.state;
    const rise = this.rise;
    const common = state.schedule.commonShift[d];
    const global = state.observedDefected / state.armySize;
    const recent = d - this.punishmentDays;
    const globalPunished = rise > 0 && !this.pureLocal && state.lastCatchAnywhere >= recent;
    const rawOf = (shift: number) => (this.pureLocal ? -shift : state.globalWeight * global - shift - (globalPunished ? rise : 0));
    // A key this far below the day's bound is willing whatever the rounding of the exact
    // expression: unless a seen punishment may have raised the need since (pure local scopes),
    // keys are up to date, so such a soldier is judged willing without reading anything more.
    const sureOf = (raw: number) => (this.pureLocal && rise > 0 ? -Infinity : raw - MARGIN * (1 + Math.abs(raw)));
    const raw = rawOf(common);
    const today = this.today;
    today.global = global;
    today.common = common;
    today.recent = recent;
    today.globalPunished = globalPunished;
    today.believerBound = withMargin(raw);
    today.sure = sureOf(raw);
    const openEnded = state.schedule.openEndedShift[d];
    const doubterRaw = state.doubts ? rawOf(openEnded) : raw;
    today.openEnded = openEnded;
    today.doubterBound = withMargin(doubterRaw);
    today.doubterSure = sureOf(doubterRaw);
    const bound = Math.max(today.believerBound, today.doubterBound);
    this.waiting = this.unitParts !== null ? this.scanUnitParts(d, bound) : this.scanKeys(d, bound);
  }

  /** Day d's scan of the blocks whose least key `bound` reaches (keys are whole needs); returns how many wait for a chance. */
  private scanKeys(d: number, bound: number): number {
    const { key, blockMin } = this.needs;
    const state = this.state;
    const n = state.capacity;
    const units = state.usesUnits;
    const base = this.base;
    const { believerBound, doubterBound, sure, doubterSure, global, common, openEnded, globalPunished, recent } = this.today;
    const doubts = state.doubts;
    let waiting = 0;
    for (let b = 0, blocks = blockMin.length; b < blocks; b++) {
      if (!(blockMin[b] <= bound)) continue;
      let least = Infinity;
      for (let i = b << BLOCK_BITS, end = Math.min(n, i + (1 << BLOCK_BITS)); i < end; i++) {
        let k = key[i];
        if (k <= bound) {
          // Written out (not a shared method): a call here cost about 5% of a network run.
          const believer = !doubts || state.believer(i);
          if (believer ? k > believerBound : k > doubterBound) {
            // Near the other group's bound only: not willing today.
          } else if (!this.chanceOn(i, d)) {
            if (this.parks && this.park(i, d)) {
              key[i] = Infinity; // hidden until his next chance
              continue;
            }
            waiting++;
          } else if (k <= (believer ? sure : doubterSure) || this.willing(i, global, believer ? common : openEnded, globalPunished, recent)) {
            state.act(i, d);
            key[i] = Infinity; // defected or caught
            if (units) base[i] = Infinity;
            continue;
          } else {
            k = key[i] = this.keyOf(i, d + 1);
          }
        }
        if (k < least) least = k;
      }
      blockMin[b] = least;
    }
    return waiting;
  }

  /**
   * Day d's scan when needs are own parts + their unit's part (UnitParts): a run of a unit's
   * members within a block is read when its least own part plus the unit's part reaches `bound`;
   * its bound is then rebuilt from the own parts. Returns how many wait for a chance.
   */
  private scanUnitParts(d: number, bound: number): number {
    const { own, part, runStart, runUnit, runMin } = this.unitParts!;
    const state = this.state;
    const { believerBound, doubterBound, sure, doubterSure, global, common, openEnded, globalPunished, recent } = this.today;
    const doubts = state.doubts;
    let waiting = 0;
    for (let r = 0, runs = runMin.length; r < runs; r++) {
      const u = runUnit[r];
      let shared = part[u];
      if (!(runMin[r] + shared <= bound)) continue;
      let least = Infinity;
      for (let i = runStart[r], end = runStart[r + 1]; i < end; i++) {
        const o = own[i];
        const k = o + shared; // the sum touchUnit would store as his key
        if (k <= bound) {
          // As in scanKeys, with his own part hidden instead of his key.
          const believer = !doubts || state.believer(i);
          if (believer ? k > believerBound : k > doubterBound) {
            // Near the other group's bound only: not willing today.
          } else if (!this.chanceOn(i, d)) {
            if (this.parks && this.park(i, d)) {
              own[i] = Infinity; // hidden until his next chance
              continue;
            }
            waiting++;
          } else if (k <= (believer ? sure : doubterSure) || this.willing(i, global, believer ? common : openEnded, globalPunished, recent)) {
            state.act(i, d);
            own[i] = Infinity; // defected or caught
            continue;
          } else {
            shared = part[u] = this.partOf(u, d + 1);
          }
        }
        if (o < least) least = o;
      }
      runMin[r] = least;
    }
    return waiting;
  }

  /** The straightforward rule's test of soldier i on a day: his observed share reaches his threshold with the day's shifts (`shift`: his group's). */
  private willing(i: number, global: number, shift: number, globalPunished: boolean, recent: number): boolean {
    const state = this.state;
    let threshold = state.ownThreshold[i] + shift;
    if (this.rise > 0 && (globalPunished || state.sawPunishment(i, recent))) threshold += this.rise;
    if (state.unitShifts !== null) threshold = state.unitShifted(i, threshold);
    if (state.homophily > 0) {
      const signal = state.dividedLocalShare(i);
      return signal >= threshold && state.dividedCount >= state.countThreshold;
    }
    const signal = state.observedShare(i, global, state.unitDefected, state.neighbourDefected);
    return signal >= threshold && (state.countThreshold <= 0 || state.countReached(i));
  }

  /**
   * Applies day d's defections newDefectors[from..] (state.applyDefections); under network
   * observation each neighbour's need falls in the same pass.
   */
  applyDefections(d: number, from = 0): void {
    // With a count threshold a need is Infinity until enough neighbours defect, so it cannot just
    // fall: the neighbours' needs are computed again in settle().
    const { usesNetwork, countThreshold, homophily } = this.state;
    this.state.applyDefections(d, usesNetwork && countThreshold <= 0 && homophily === 0 ? this.needs : null, from);
  }

  /**
   * Soldiers list[from..to) left the ranks on day d without deciding (captured, surrendered): they
   * can no longer decide; when others observe them as defected (`seen`), the needs of those who
   * observe them are computed again as of day d + 1.
   */
  leftRanks(list: Int32Array, from: number, to: number, d: number, seen: boolean): void {
    const { needs, base } = this;
    const units = this.state.usesUnits && this.unitParts === null;
    this.batch++;
    for (let k = from; k < to; k++) {
      const i = list[k];
      needs.key[i] = Infinity;
      if (units) base[i] = Infinity;
      if (seen) this.touchAround(i, d + 1);
    }
  }

  /** The threshold shifts of the units of list[from..to) (a leader's sway, cohesion) changed: their members' needs are computed again as of `day`. */
  unitsShifted(list: Int32Array, from: number, to: number, day: number): void {
    const state = this.state;
    const size = state.unitSize;
    this.batch++;
    for (let k = from; k < to; k++) {
      const u = Math.floor(list[k] / size);
      if (state.usesUnits) this.touchUnit(u, day);
      else for (let j = u * size, end = Math.min(state.capacity, j + size); j < end; j++) this.touch(j, day);
    }
  }

  /** After day d's defections and catches are applied: the needs of unit mates who saw them. */
  settle(d: number): void {
    const state = this.state;
    this.batch++;
    if (state.usesUnits) for (let k = 0; k < state.defections; k++) this.touchUnit(state.unitOf(state.newDefectors[k]), d + 1);
    else if (state.usesNetwork && (state.countThreshold > 0 || state.homophily > 0)) for (let k = 0; k < state.defections; k++) this.touchAround(state.newDefectors[k], d + 1);
    if (this.pureLocal && this.rise > 0) {
      for (let k = 0; k < state.catches; k++) {
        const i = state.newCaught[k];
        this.catchLog[this.logged] = i;
        this.catchDay[this.logged++] = d;
      }
    }
  }
}
