/**
 * Capture in combat (issue 15; reference.ts, capture), event-driven. The straightforward rule rolls
 * every soldier still in the ranks each day: he is captured on day d when uniformAt(capture, i, d)
 * is below the day's chance (captureSchedule.ts). The draw is a pure function of soldier and day,
 * so when a soldier joins, the day he will be captured if he is still in the ranks then is already
 * fixed: the first day from his joining (day 1 for the initial army) whose draw is below its
 * chance. It is found once, scanning his stream over the days with a chance (the same draws the
 * full sweep makes), and he is filed under that day. A day then visits only the soldiers due that
 * day, passing over those who have left the ranks since.
 *
 * Captured men leave the ranks and are not defectors; with capture.newsReaches they count as
 * defected in every share and count others observe (RunState.capturedSeen and the unit, neighbour
 * and group counts), as reference.ts's observe does.
 */
import { drawSalt, streamKey, uniformAtSalted as uniformAtSaltedImported } from "../../random";
import { captureChances } from "../../captureSchedule";
import { CAPTURED_BASE } from "../../result";
import * as states from "../status";
import type { RunState } from "../state/runState";
import { DueDays, NONE as NONE_IMPORTED } from "../structures/dueDays";

/** Module-local copies (under tsx an imported binding is a getter call in hot loops). */
const uniformAtSalted = uniformAtSaltedImported;
const NONE = NONE_IMPORTED;
const { LOYAL, CAPTURED } = states;

export class Capture {
  private readonly state: RunState;
  private readonly chance: Float64Array;
  /** The days with a chance of capture, in increasing order, with their chance and the day's part of the draw (random.ts, drawSalt). */
  private readonly combatDays: Int32Array;
  private readonly combatChance: Float64Array;
  private readonly combatPart: Uint32Array;
  private readonly key: number;
  /** Each soldier in the ranks, under the day he will be captured. */
  private readonly due: DueDays;
  readonly newsReaches: boolean;
  /** The day's captured men: captured[0..count returned by captureOn). */
  readonly captured: Int32Array;
  /** Captured so far. */
  total = 0;

  constructor(state: RunState, seed: number) {
    this.state = state;
    const { params, scratch, capacity } = state;
    this.chance = captureChances(params)!;
    const days: number[] = [];
    for (let d = 1; d <= params.days; d++) if (this.chance[d] > 0) days.push(d);
    this.combatDays = Int32Array.from(days);
    this.combatChance = Float64Array.from(days, (d) => this.chance[d]);
    this.combatPart = Uint32Array.from(days, (d) => drawSalt(d));
    this.key = streamKey(seed, "capture");
    this.due = new DueDays(scratch, params.days, capacity);
    this.captured = scratch.take(Int32Array, capacity);
    this.newsReaches = params.capture.newsReaches;
  }

  /** Slots [start, end) joined on day d: each soldier in the ranks is filed under the day he will be captured (from day max(1, d)). */
  joined(start: number, end: number, d: number): void {
    const { combatDays, combatChance, combatPart, key, due } = this;
    const status = this.state.status;
    const from = Math.max(1, d);
    let first = 0;
    while (first < combatDays.length && combatDays[first] < from) first++;
    for (let i = start; i < end; i++) {
      if (status[i] !== LOYAL) continue; // evaded the draft
      for (let k = first; k < combatDays.length; k++) {
        if (uniformAtSalted(key, i, combatPart[k]) < combatChance[k]) {
          due.file(i, combatDays[k]);
          break;
        }
      }
    }
  }

  /** The first day after `day` on which someone is due to be captured (Infinity when nobody is). */
  nextDayAfter(day: number): number {
    return this.due.nextDayAfter(day);
  }

  /**
   * After day d's decisions, catches and surrenders: the soldiers due today and still in the ranks
   * are captured. Returns how many; they are listed in captured[0..count).
   */
  captureOn(d: number): number {
    const state = this.state;
    const { status, fate } = state;
    const { captured } = this;
    const next = this.due.next;
    let count = 0;
    for (let i = this.due.take(d); i !== NONE; i = next[i]) {
      if (status[i] !== LOYAL) continue;
      status[i] = CAPTURED;
      fate[i] = CAPTURED_BASE - d;
      captured[count++] = i;
    }
    this.total += count;
    if (this.newsReaches) this.seen(count);
    return count;
  }

  /** News of the day's captures reaches the others: the captured count as defected in what they observe. */
  private seen(count: number): void {
    const state = this.state;
    const { unitDefected, neighbourDefected, graph, unitSize } = state;
    for (let k = 0; k < count; k++) {
      const i = this.captured[k];
      if (state.homophily > 0) state.countGroupDefection(i);
      if (state.usesUnits) unitDefected[Math.floor(i / unitSize)]++;
      if (graph) {
        for (let e = graph.offsets[i], end = graph.offsets[i + 1]; e < end; e++) neighbourDefected[graph.neighbours[e]]++;
      }
    }
    state.capturedSeen += count;
  }
}
