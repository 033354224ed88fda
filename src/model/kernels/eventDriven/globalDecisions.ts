/**
 * Decisions under army-wide observation (Granovetter 1978). Everyone reads the same signal
 * f = defected / army, and soldier i is willing when f >= (t_i + reprisal + shift) [+ punishment].
 * Every step of that expression is a rounding of a monotone function of t_i, so the willing are
 * always a prefix of the eligible soldiers sorted once by their own threshold: a day finds the
 * prefix by binary search and visits only the soldiers newly inside it, plus the "pending" ones
 * inside it who were willing before but could not act (unaware, or no opportunity that day).
 * With everyone aware and opportunity 1 nobody is pending, and a run costs O(N log N + days log N).
 *
 * Pending soldiers are kept as positions in the sorted order, in increasing order, so that on a
 * day the prefix shrinks (a punishment seen, urgency or a setback ending) the ones beyond it are
 * simply not visited. Each mobilised cohort has its own ladder, active from its join day.
 *
 * When some soldiers do not believe deadlines (behaviour.credibility < 1, or extensions), believers
 * and doubters have their own day's shift, so each group's willing are a prefix of the same order
 * with its own cut: a day visits up to the larger cut and takes a soldier as willing when he is
 * inside his own group's. One who is inside only the other's stays pending, so a belief lost to an
 * extension needs no bookkeeping.
 */
import { thresholdLadders, willingPrefix } from "../structures/thresholdLadders";
import { LOYAL as LOYAL_STATUS } from "../status";
import type { Cohort, RunState } from "../state/runState";
import { groupCount } from "../../population";
import { weightedCount, weightedShare } from "../../divisions";

/** A module-local copy: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const LOYAL = LOYAL_STATUS;

interface ThresholdLadder {
  /** Eligible soldiers of the cohort by increasing own threshold (NaN thresholds left out: never willing). */
  readonly order: Int32Array;
  readonly threshold: Float64Array;
  /** With homophily, the group all its soldiers are in (they read that group's signal); -1 otherwise. */
  readonly group: number;
  readonly cohort: number;
  /** Positions below this have been visited at least once. */
  reached: number;
  /** Positions of willing soldiers who could not act yet: pending[first..last), increasing. */
  readonly pending: Int32Array;
  first: number;
  last: number;
  joined: boolean;
}

export class GlobalDecisions {
  private readonly state: RunState;
  private readonly ladders: ThresholdLadder[];

  constructor(state: RunState, cohorts: readonly Cohort[]) {
    this.state = state;
    // Under homophily each group reads its own signal: one ladder per cohort and group.
    const groups = state.homophily > 0 ? groupCount(state.params) : 0;
    const sorted = thresholdLadders(state.population, state.params.deterrence.reprisal, cohorts, groups);
    this.ladders = sorted.map(({ order, threshold, group, cohort }) => ({
      order,
      threshold,
      group,
      cohort,
      reached: 0,
      pending: state.scratch.take(Int32Array, order.length),
      first: 0,
      last: 0,
      joined: false,
    }));
  }

  joined(c: number): void {
    for (const ladder of this.ladders) if (ladder.cohort === c) ladder.joined = true;
  }

  /** Soldiers still waiting to act inside the willing prefix (a run with some is never settled). */
  get pendingCount(): number {
    let count = 0;
    for (const ladder of this.ladders) count += ladder.last - ladder.first;
    return count;
  }

  /** Day d's decisions, the offer open; attempts are listed through state.attempt. */
  decide(d: number): void {
    const state = this.state;
    const { punishmentRise, punishmentDays } = state.params.deterrence;
    const common = state.schedule.commonShift[d];
    const openEnded = state.schedule.openEndedShift[d];
    const doubts = state.doubts;
    const observed = state.observedDefected;
    const armyShare = observed / state.armySize;
    const punished = punishmentRise > 0 && state.lastCatchAnywhere >= d - punishmentDays;
    // Complex contagion: nobody is willing while fewer than the count threshold have defected.
    if (state.homophily === 0 && observed < state.countThreshold) return;
    const { status, aware, groupArmy, groupDefected, homophily } = state;
    for (const ladder of this.ladders) {
      if (!ladder.joined) continue;
      let signal = armyShare;
      const g = ladder.group;
      if (g >= 0) {
        // Divided armies: the group's own defectors count fully, the others' with weight 1 - homophily (reference.ts, divisionSignal).
        const same = groupDefected[g];
        const other = observed - same;
        if (weightedCount(same, other, homophily) < state.countThreshold) continue;
        signal = weightedShare(same, other, groupArmy[g], state.armySize - groupArmy[g], homophily);
      }
      const { order, pending } = ladder;
      const believerCut = willingPrefix(ladder.threshold, signal, common, punished, punishmentRise);
      const doubterCut = doubts ? willingPrefix(ladder.threshold, signal, openEnded, punished, punishmentRise) : believerCut;
      const cut = Math.max(believerCut, doubterCut);
      const willing = (i: number, p: number) => !doubts || p < (state.believer(i) ? believerCut : doubterCut);

      // Pending soldiers inside today's prefix, compacted towards its end so the order is kept.
      let inside = ladder.first;
      while (inside < ladder.last && pending[inside] < cut) inside++;
      let write = inside;
      for (let k = inside - 1; k >= ladder.first; k--) {
        const p = pending[k];
        const i = order[p];
        if (status[i] !== LOYAL) continue; // left the ranks without deciding (surrendered, captured)
        if (!aware[i] || !willing(i, p) || !state.attempt(i, d)) pending[--write] = p;
      }
      ladder.first = write;

      for (let p = ladder.reached; p < cut; p++) {
        const i = order[p];
        if (status[i] !== LOYAL) continue;
        if (!aware[i] || !willing(i, p) || !state.attempt(i, d)) pending[ladder.last++] = p;
      }
      if (cut > ladder.reached) ladder.reached = cut;
    }
  }
}
