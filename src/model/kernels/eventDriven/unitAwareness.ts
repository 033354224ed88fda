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
 * Unit u owns slots [u * unitSize, u * unitSize + count[u]) of the three arrays (members, total,
 * resistance; unitAwarenessLists.ts); a soldier who hears of the offer leaves by swapping with the
 * unit's last.
 */
import { reachHazard } from "../../schedule";
import type { RunState } from "../state/runState";
import { UnitAwarenessLists } from "./unitAwarenessLists";

export class UnitAwareness extends UnitAwarenessLists {
  private readonly total: Float64Array;
  private readonly resistance: Float64Array;
  private readonly leafletHazard: number;
  private readonly wordOfMouth: number;

  constructor(state: RunState) {
    super(state);
    const { scratch, unitSize } = state;
    const units = state.unitMembers.length;
    this.total = scratch.take(Float64Array, units * unitSize);
    this.resistance = scratch.take(Float64Array, units * unitSize);
    const { leafletReach, wordOfMouth } = state.params.awareness;
    this.leafletHazard = reachHazard(leafletReach);
    this.wordOfMouth = wordOfMouth;
  }

  protected add(i: number): void {
    const u = Math.floor(i / this.state.unitSize);
    const slot = u * this.state.unitSize + this.count[u]++;
    this.members[slot] = i;
    this.total[slot] = 0;
    this.resistance[slot] = this.state.awarenessResistance[i];
  }

  protected remove(u: number, slot: number): void {
    const end = u * this.state.unitSize + --this.count[u];
    this.members[slot] = this.members[end];
    this.total[slot] = this.total[end];
    this.resistance[slot] = this.resistance[end];
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
    const { members, total, resistance, count: unitCount } = this;
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
        const i = members[k];
        const t = total[k] + h;
        // Initial defectors who had not heard are aware by defecting: they just leave.
        if (aware[i] || t >= resistance[k]) {
          if (!aware[i]) newAware[count++] = i;
          end--;
          members[k] = members[end];
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
