/**
 * Awareness when word of mouth makes each soldier's hazard his own (unit, network or mix
 * observation): every unaware soldier adds his day's hazard to his own total, exactly as the
 * straightforward rule does, but only the unaware are visited (a compact list that shrinks as the
 * news spreads), never the whole army.
 */
import type { RunState } from "./runState";

export class ListAwareness {
  private readonly state: RunState;
  private readonly unaware: Int32Array;
  private count = 0;
  private readonly hazard: Float64Array;
  private readonly leafletHazard: number;
  private readonly wordOfMouth: number;

  constructor(state: RunState) {
    this.state = state;
    this.unaware = new Int32Array(state.capacity);
    this.hazard = new Float64Array(state.capacity);
    const { leafletReach, wordOfMouth } = state.params.awareness;
    this.leafletHazard = leafletReach >= 1 ? Infinity : -Math.log(1 - leafletReach);
    this.wordOfMouth = wordOfMouth;
  }

  /** Slots [start, end) have joined: the unaware among them start accumulating hazard. */
  joined(start: number, end: number): void {
    const { aware } = this.state;
    for (let i = start; i < end; i++) if (!aware[i]) this.unaware[this.count++] = i;
  }

  get anyUnaware(): boolean {
    return this.state.awareCount < this.state.armySize;
  }

  update(d: number): number {
    const state = this.state;
    if (state.awareCount === state.armySize) return 0;
    const base = this.leafletHazard + state.schedule.campaignHazard[d];
    if (base === 0 && this.wordOfMouth === 0) return 0;
    const wordOfMouth = this.wordOfMouth;
    const globalAware = state.awareCount / state.armySize;
    const { aware, newAware, unitAware, neighbourAware } = state;
    const resistance = state.population.awarenessResistance;
    const { unaware, hazard } = this;
    let count = 0;
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const i = unaware[k];
      if (aware[i]) continue; // became aware by defecting (initial defectors)
      let h = base;
      const share = state.observedShare(i, globalAware, unitAware, neighbourAware);
      if (share > 0) h += -Math.log(1 - wordOfMouth * share);
      hazard[i] += h;
      if (hazard[i] >= resistance[i]) newAware[count++] = i;
      else unaware[kept++] = i;
    }
    this.count = kept;
    state.becomeAware(count);
    return count;
  }
}
