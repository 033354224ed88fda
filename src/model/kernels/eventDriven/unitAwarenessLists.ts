/**
 * The unaware soldiers of each unit, kept together for word of mouth through units: unit u owns
 * slots [u * unitSize, u * unitSize + count[u]) of `members` (a unit has at most unitSize
 * members), and each kind of list keeps what it needs per slot beside them (unitAwareness.ts: the
 * soldier's running total and resistance; unitAwarenessSums.ts: his key). Joining, forgetting and
 * leaving the ranks are the same for both: a soldier is added, or his slot is found and removed.
 */
import type { RunState } from "../state/runState";
import { LOYAL as LOYAL_STATUS } from "../status";

/** A module-local copy: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const LOYAL = LOYAL_STATUS;

export abstract class UnitAwarenessLists {
  protected readonly state: RunState;
  protected readonly members: Int32Array;
  protected readonly count: Int32Array;

  constructor(state: RunState) {
    this.state = state;
    const units = state.unitMembers.length;
    this.members = state.scratch.take(Int32Array, units * state.unitSize);
    this.count = state.scratch.take(Int32Array, units);
  }

  /** Soldier i, unaware, starts accumulating hazard from 0 (on joining, or after forgetting). */
  protected abstract add(i: number): void;

  /** Removes unit u's `slot` (its soldier heard or left); the list stays packed. */
  protected abstract remove(u: number, slot: number): void;

  /** Slots [start, end) have joined: the unaware among them start accumulating hazard. */
  joined(start: number, end: number): void {
    const { aware, status } = this.state;
    for (let i = start; i < end; i++) if (!aware[i] && status[i] === LOYAL) this.add(i);
  }

  /** Soldiers list[0..count) forgot the offer today: from tomorrow they accumulate hazard from 0 again. */
  forgot(list: Int32Array, count: number): void {
    for (let k = 0; k < count; k++) this.add(list[k]);
  }

  /** Soldiers list[from..to) left the ranks (captured, surrendered with their unit): the unaware among them stop hearing. */
  left(list: Int32Array, from: number, to: number): void {
    const { aware, unitSize } = this.state;
    const { members, count } = this;
    for (let k = from; k < to; k++) {
      const i = list[k];
      if (aware[i]) continue;
      const u = Math.floor(i / unitSize);
      for (let slot = u * unitSize, end = slot + count[u]; slot < end; slot++) {
        if (members[slot] !== i) continue;
        this.remove(u, slot);
        break;
      }
    }
  }
}
