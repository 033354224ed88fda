/**
 * Unit leaders' sway and whole-unit surrender (issue 15; reference.ts, followLeaders), for the
 * event-driven kernel. After each day's decisions and catches, every leader among the day's
 * defectors (the first slot of a unit that has a leader, model/leaders.ts) sways his unit: from
 * the next day his men's thresholds fall by `influence` (read through RunState.unitShifts). From
 * day 1, with probability `surrender` (uniformAt(surrender, u, d), the reference's draw) his unit
 * surrenders with him: every member still in the ranks defects that day, aware and willing or not,
 * appended to the day's defectors.
 */
import { streamKey, uniformAt as uniformAtImported } from "../../random";
import { leaderUnits } from "../../leaders";
import * as states from "../status";
import type { RunState, UnitShifts } from "../state/runState";

/** Module-local copies (under tsx an imported binding is a getter call in hot loops). */
const uniformAt = uniformAtImported;
const { LOYAL } = states;

export class Leaders implements UnitShifts {
  private readonly state: RunState;
  /** 1 for each unit with a leader (at its first slot). */
  private readonly leaderUnit: Uint8Array;
  /** 1 once the unit's leader has defected: his influence acts from the next day. */
  private readonly gone: Uint8Array;
  private readonly influence: number;
  private readonly surrender: number;
  private readonly surrenderKey: number;
  /** The leaders who defected in the last call of follow: wentToday[0..went). */
  readonly wentToday: Int32Array;
  went = 0;
  /** Units that surrendered whole so far. */
  surrenders = 0;

  constructor(state: RunState, seed: number) {
    this.state = state;
    const { params, capacity } = state;
    this.leaderUnit = leaderUnits(params, seed, capacity)!;
    this.gone = state.scratch.take(Uint8Array, this.leaderUnit.length);
    this.wentToday = state.scratch.take(Int32Array, this.leaderUnit.length);
    this.influence = params.leaders.influence;
    this.surrender = params.leaders.surrender;
    this.surrenderKey = streamKey(seed, "surrender");
  }

  /** Whether the leaders' defection lowers their men's thresholds (the unit shift is then in use). */
  get sways(): boolean {
    return this.influence > 0;
  }

  /**
   * The leaders among the day's defectors newDefectors[0..state.defections) sway their units; with
   * `surrender` allowed (day 1 on), each one's unit surrenders whole with its chance, its men still
   * in the ranks appended to the day's defectors (not applied: the caller applies them). Returns
   * the units that surrendered (those with at least one man left to go).
   */
  follow(d: number, surrender: boolean): number {
    const state = this.state;
    const { newDefectors, status, unitSize, capacity } = state;
    const { leaderUnit, gone } = this;
    const chance = this.surrender;
    const count = state.defections;
    let total = count;
    let units = 0;
    this.went = 0;
    for (let k = 0; k < count; k++) {
      const i = newDefectors[k];
      if (i % unitSize !== 0 || leaderUnit[i / unitSize] !== 1) continue;
      const u = i / unitSize;
      gone[u] = 1;
      this.wentToday[this.went++] = i;
      if (!surrender || !(chance > 0) || uniformAt(this.surrenderKey, u, d) >= chance) continue;
      const before = total;
      for (let j = u * unitSize, end = Math.min(capacity, j + unitSize); j < end; j++) {
        if (status[j] === LOYAL) newDefectors[total++] = j;
      }
      if (total > before) units++;
    }
    state.defections = total;
    this.surrenders += units;
    return units;
  }

  /** A member of unit u with threshold t: lower by the influence once his leader has gone (reference.ts's order). */
  apply(u: number, t: number): number {
    return this.gone[u] ? t - this.influence : t;
  }
}
