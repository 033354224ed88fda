/**
 * Primary-group cohesion (issue 15; reference.ts, decide): a member's threshold rises by
 * cohesion x (his unit's men still in the ranks / men on its roll), read from the end of the
 * previous day. The kernel keeps each unit's roll and men in the ranks; the decisions read the rise
 * through RunState.unitShifts, and every change (men joining, or leaving the ranks by defecting,
 * being caught, captured or surrendering) has the unit's members' needs computed again
 * (armyMechanisms.ts).
 */
import type { RunState, UnitShifts } from "../state/runState";
import { LOYAL as LOYAL_STATUS } from "../status";

/** A module-local copy: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const LOYAL = LOYAL_STATUS;

export class Cohesion implements UnitShifts {
  private readonly strength: number;
  private readonly unitSize: number;
  private readonly status: Uint8Array;
  /** Each unit's men on the roll (joined, not evaded) and those still in the ranks. */
  private readonly roll: Int32Array;
  private readonly inRanks: Int32Array;

  constructor(state: RunState) {
    this.strength = state.params.cohesion;
    this.unitSize = state.unitSize;
    this.status = state.status;
    const units = Math.ceil(state.capacity / state.unitSize);
    this.roll = state.scratch.take(Int32Array, units);
    this.inRanks = state.scratch.take(Int32Array, units);
  }

  /** Slots [start, end) joined (after RunState.join): those in the ranks are on their units' rolls. */
  joined(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      if (this.status[i] !== LOYAL) continue;
      const u = Math.floor(i / this.unitSize);
      this.roll[u]++;
      this.inRanks[u]++;
    }
  }

  /** Soldiers list[from..to) left the ranks. */
  left(list: Int32Array, from: number, to: number): void {
    for (let k = from; k < to; k++) this.inRanks[Math.floor(list[k] / this.unitSize)]--;
  }

  /** A member of unit u with threshold t: the rise of reference.ts, cohesion x (in the ranks / on the roll). */
  apply(u: number, t: number): number {
    return t + this.strength * (this.inRanks[u] / this.roll[u]);
  }
}
