/**
 * What the lab's charts keep from one run to the next: the defected shares of the last few runs,
 * drawn faintly behind the new one ("ghosts"), so that a change is seen against what it changed;
 * and, when the axes are locked, the tops of the share and daily axes. A locked axis stays put
 * between runs; it widens (never narrows) only when a new run would leave it, so no curve is cut off.
 * A run of the same settings as the one on screen (Run again, a tour's step that changes nothing)
 * draws the same curve, so it adds no ghost; and a ghost whose settings come back on screen goes,
 * so every faint curve is a picture the current one is not.
 */
import { cascadePoints } from "../charts/cascadeChart";
import { dailyMax } from "../charts/dailyChart";
import type { AxisTops, ChartData } from "../charts/chartData";
import { runShares } from "../charts/timeline";

export const MAX_GHOSTS = 3;

export interface RunHistory {
  /**
   * A new run is on screen; `sameScenario` false starts the ghosts afresh (another army is another
   * picture). `settings` identifies what was run (equal settings, equal numbers): no ghost of a run of
   * the same settings as the new one is kept.
   */
  next(data: ChartData, sameScenario: boolean, settings?: string): void;
  /** Locks the axes at the current run's tops, or unlocks them. */
  lock(on: boolean): void;
  /** What to draw with the current run. */
  extras(showGhosts: boolean): { ghosts: Float64Array[]; axes?: AxisTops };
  /** Forgets the ghosts (the axes lock stays). */
  clear(): void;
}

/** The tops a run's own charts would choose. */
export function axisTops(data: ChartData): AxisTops {
  return { share: cascadePoints({ ...data, axes: undefined }).yMax, daily: Math.max(1, dailyMax(data)) };
}

export function widenTops(locked: AxisTops, needed: AxisTops): AxisTops {
  return { share: Math.max(locked.share, needed.share), daily: Math.max(locked.daily, needed.daily) };
}

export function runHistory(max = MAX_GHOSTS): RunHistory {
  let ghosts: { settings?: string; shares: Float64Array }[] = [];
  let current: { data: ChartData; settings?: string } | null = null;
  let locked: AxisTops | null = null;
  const same = (a?: string, b?: string) => a !== undefined && a === b;
  return {
    next(data, sameScenario, settings) {
      if (!sameScenario) ghosts = [];
      else if (current && !same(current.settings, settings)) ghosts = [...ghosts, { settings: current.settings, shares: runShares(current.data.series.defected, current.data.series.army) }];
      ghosts = ghosts.filter((ghost) => !same(ghost.settings, settings)).slice(-max);
      current = { data, settings };
      if (locked) locked = widenTops(locked, axisTops(data));
    },
    lock(on) {
      locked = on && current ? axisTops(current.data) : null;
    },
    extras(showGhosts) {
      return { ghosts: showGhosts ? ghosts.map((ghost) => ghost.shares) : [], ...(locked ? { axes: locked } : {}) };
    },
    clear() {
      ghosts = [];
    },
  };
}
