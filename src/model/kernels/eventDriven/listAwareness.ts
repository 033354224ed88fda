/**
 * Awareness when word of mouth makes each soldier's hazard his own (unit, network or mix
 * observation): every unaware soldier adds his day's hazard to his own total, exactly as the
 * straightforward rule does, but only the unaware are visited (a compact list that shrinks as the
 * news spreads), never the whole army. A soldier's day hazard depends only on how many he
 * observes and how many of them are aware, so it is computed once per such pair and day (one
 * Math.log per pair instead of one per unaware soldier). A soldier who forgets the offer joins the
 * list again with his total back at 0 (and a fresh resistance, offerForgetting.ts).
 */
import { reachHazard } from "../../schedule";
import type { RunState } from "../state/runState";
import { LOYAL as LOYAL_STATUS } from "../status";

/** A module-local copy: under Node's module loaders (tsx) an imported binding is a getter call in hot loops. */
const LOYAL = LOYAL_STATUS;

export class ListAwareness {
  private readonly state: RunState;
  private readonly unaware: Int32Array;
  private count = 0;
  private readonly hazard: Float64Array;
  private readonly leafletHazard: number;
  private readonly wordOfMouth: number;
  /** The day's hazard by (observed, aware observed), valid where stamp is the day. */
  private readonly memo = new Float64Array(MEMO_SIDE * MEMO_SIDE);
  private readonly stamp = new Int32Array(MEMO_SIDE * MEMO_SIDE);

  constructor(state: RunState) {
    this.state = state;
    this.unaware = state.scratch.take(Int32Array, state.capacity);
    this.hazard = state.scratch.take(Float64Array, state.capacity);
    const { leafletReach, wordOfMouth } = state.params.awareness;
    this.leafletHazard = reachHazard(leafletReach);
    this.wordOfMouth = wordOfMouth;
  }

  /** Slots [start, end) have joined: the unaware among them start accumulating hazard. */
  joined(start: number, end: number): void {
    const { aware, status } = this.state;
    for (let i = start; i < end; i++) if (!aware[i] && status[i] === LOYAL) this.unaware[this.count++] = i;
  }

  /** Soldiers list[0..count) forgot the offer today: from tomorrow they accumulate hazard from 0 again. */
  forgot(list: Int32Array, count: number): void {
    for (let k = 0; k < count; k++) {
      const i = list[k];
      this.hazard[i] = 0;
      this.unaware[this.count++] = i;
    }
  }

  /** Soldiers left the ranks (captured, surrendered): the unaware among them stop accumulating hazard (they never hear). One pass drops every such soldier. */
  left(_list: Int32Array, _from: number, _to: number): void {
    const { status } = this.state;
    const unaware = this.unaware;
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const i = unaware[k];
      if (status[i] === LOYAL) unaware[kept++] = i;
    }
    this.count = kept;
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
    const mix = state.scope === "mix";
    const w = state.globalWeight;
    // The day's hazard depends on a soldier only through (aware observed, observed): computed once
    // per pair and day, with the expression of the straightforward rule.
    const hazardOf = (count: number, observed: number): number => {
      const local = observed > 0 ? count / observed : NaN;
      const share = mix ? w * globalAware + (1 - w) * (local === local ? local : 0) : local;
      return share > 0 ? base + -Math.log(1 - wordOfMouth * share) : base;
    };
    const { aware, newAware, unitAware, unitMembers } = state;
    const usesUnits = state.usesUnits;
    const unitSize = state.unitSize;
    const offsets = usesUnits ? null : state.graph!.offsets;
    const neighbourAware = state.neighbourAware;
    const resistance = state.awarenessResistance;
    const { unaware, hazard, memo, stamp } = this;
    let count = 0;
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const i = unaware[k];
      if (aware[i]) continue; // became aware by defecting (initial defectors)
      let seen: number;
      let observed: number;
      if (offsets === null) {
        const u = Math.floor(i / unitSize);
        seen = unitAware[u];
        observed = unitMembers[u] - 1;
      } else {
        seen = neighbourAware[i];
        observed = offsets[i + 1] - offsets[i];
      }
      let h: number;
      if (observed < MEMO_SIDE && seen >= 0 && seen < MEMO_SIDE) {
        const at = observed * MEMO_SIDE + seen;
        if (stamp[at] === d) h = memo[at];
        else {
          h = memo[at] = hazardOf(seen, observed);
          stamp[at] = d;
        }
      } else {
        h = hazardOf(seen, observed);
      }
      hazard[i] += h;
      if (hazard[i] >= resistance[i]) newAware[count++] = i;
      else unaware[kept++] = i;
    }
    this.count = kept;
    state.becomeAware(count);
    return count;
  }
}

/** Observed counts below this are memoised per day (a table of MEMO_SIDE^2 hazards). */
const MEMO_SIDE = 128;
