/**
 * Awareness when word of mouth travels through units (unit observation, or a mix with the unit as
 * the local part): every unaware soldier adds his day's hazard to his own total, exactly as the
 * straightforward rule does, and a soldier's day hazard depends only on his unit's aware count and
 * size (and the army's aware share under mix), so it is one number per unit and day. Each unit's
 * unaware soldiers are kept together, with their totals and resistances beside them in the same
 * slots, so a day is one Math.log per unit and a sequential pass over the unaware soldiers of the
 * army: no per-soldier lookups scattered over the army, which is what bounds the general list
 * (listAwareness.ts) when many stay unaware for long (forgetting keeps sending soldiers back).
 *
 * Unit u owns slots [u * unitSize, u * unitSize + count[u]) of the three arrays (a unit has at most
 * unitSize members); a soldier who hears of the offer leaves by swapping with the unit's last.
 */
import { reachHazard } from "../../schedule";
import type { RunState } from "../state/runState";
import { LOYAL as LOYAL_STATUS } from "../status";

/** A module-local copy: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const LOYAL = LOYAL_STATUS;

export class UnitAwareness {
  private readonly state: RunState;
  private readonly member: Int32Array;
  private readonly total: Float64Array;
  private readonly resistance: Float64Array;
  private readonly count: Int32Array;
  private readonly leafletHazard: number;
  private readonly wordOfMouth: number;

  constructor(state: RunState) {
    this.state = state;
    const { scratch, unitSize } = state;
    const units = state.unitMembers.length;
    this.member = scratch.take(Int32Array, units * unitSize);
    this.total = scratch.take(Float64Array, units * unitSize);
    this.resistance = scratch.take(Float64Array, units * unitSize);
    this.count = scratch.take(Int32Array, units);
    const { leafletReach, wordOfMouth } = state.params.awareness;
    this.leafletHazard = reachHazard(leafletReach);
    this.wordOfMouth = wordOfMouth;
  }

  /** Soldier i, unaware, starts accumulating hazard from 0 (on joining, or after forgetting). */
  private add(i: number): void {
    const u = Math.floor(i / this.state.unitSize);
    const slot = u * this.state.unitSize + this.count[u]++;
    this.member[slot] = i;
    this.total[slot] = 0;
    this.resistance[slot] = this.state.awarenessResistance[i];
  }

  /** Slots [start, end) have joined: the unaware among them start accumulating hazard. */
  joined(start: number, end: number): void {
    const { aware, status } = this.state;
    for (let i = start; i < end; i++) if (!aware[i] && status[i] === LOYAL) this.add(i);
  }

  /** Soldiers list[0..count) forgot the offer today: from tomorrow they accumulate hazard from 0 again. */
  forgot(list: Int32Array, count: number): void {
    for (let k = 0; k < count; k++) this.add(list[k]);
  }

  /** Soldiers list[from..to) left the ranks (captured, surrendered): the unaware among them stop accumulating hazard (they never hear). */
  left(list: Int32Array, from: number, to: number): void {
    const { aware, unitSize } = this.state;
    const { member, total, resistance, count } = this;
    for (let k = from; k < to; k++) {
      const i = list[k];
      if (aware[i]) continue;
      const u = Math.floor(i / unitSize);
      const end = u * unitSize + count[u] - 1;
      for (let slot = u * unitSize; slot <= end; slot++) {
        if (member[slot] !== i) continue;
        member[slot] = member[end];
        total[slot] = total[end];
        resistance[slot] = resistance[end];
        count[u]--;
        break;
      }
    }
  }

  /** Day d's awareness step; the newly aware are listed in state.newAware[0..returned). */
  update(d: number): number {
    const state = this.state;
    if (state.awareCount === state.armySize) return 0;
    const base = this.leafletHazard + state.schedule.campaignHazard[d];
    const wordOfMouth = this.wordOfMouth;
    if (base === 0 && wordOfMouth === 0) return 0;
    const globalAware = state.awareCount / state.armySize;
    const mix = state.scope === "mix";
    const w = state.globalWeight;
    const { aware, newAware, unitAware, unitMembers, unitSize } = state;
    const { member, total, resistance, count: unitCount } = this;
    let count = 0;
    for (let u = 0, units = unitCount.length; u < units; u++) {
      const first = u * unitSize;
      let end = first + unitCount[u];
      if (end === first) continue;
      // The day's hazard of the unit, with the expression of the straightforward rule.
      const observed = unitMembers[u] - 1;
      const local = observed > 0 ? unitAware[u] / observed : NaN;
      const share = mix ? w * globalAware + (1 - w) * (local === local ? local : 0) : local;
      const h = share > 0 ? base + -Math.log(1 - wordOfMouth * share) : base;
      let k = first;
      while (k < end) {
        const i = member[k];
        const t = total[k] + h;
        // Initial defectors who had not heard are aware by defecting: they just leave.
        if (aware[i] || t >= resistance[k]) {
          if (!aware[i]) newAware[count++] = i;
          end--;
          member[k] = member[end];
          total[k] = total[end];
          resistance[k] = resistance[end];
          continue;
        }
        total[k] = t;
        k++;
      }
      unitCount[u] = end - first;
    }
    state.becomeAware(count);
    return count;
  }
}
