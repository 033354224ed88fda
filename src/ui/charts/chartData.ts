/**
 * What every chart of the dashboard draws from: one finished run and the inputs that made it.
 * Charts are pure views: render(container, data) replaces the container's content.
 */
import type { ModelParams } from "../../model/params";
import type { RunSeries, RunSummary } from "../../model/result";
import type { Target } from "../../scenario/target";

export interface ChartData {
  params: ModelParams;
  series: RunSeries;
  summary: RunSummary;
  /** Per soldier slot: day of defection (0 = initial), -1 loyal, <= -2 caught (see model/result.ts). */
  fate: Int32Array;
  /** Per soldier slot: base threshold. */
  thresholds: Float64Array;
  /** What history recorded (the scenario's targets), marked on the charts that show the quantity. */
  targets?: readonly Target[];
  /** The date of day 0 (YYYY-MM-DD), for a scenario with a calendar: the time axes show dates. */
  startDate?: string;
  /**
   * The player's day: the charts over days, the bandwagon path and the army grid show the run up to
   * this day only, on the axes of the whole run. Undefined: the whole run.
   */
  day?: number;
  /** Earlier runs' defected shares by day (oldest first), drawn faintly on the cascade chart. */
  ghosts?: readonly Float64Array[];
  /** Tops of the share axis (cascade chart) and the soldiers-per-day axis (daily chart) when the axes are locked. */
  axes?: AxisTops;
}

export interface AxisTops {
  share: number;
  daily: number;
}

/** The last day shown: the player's day within 0..days, or the whole run. */
export function shownDay(data: Pick<ChartData, "day" | "series">): number {
  const days = data.series.army.length - 1;
  return data.day === undefined ? days : Math.max(0, Math.min(days, Math.floor(data.day)));
}

/** A chart of the dashboard; `render` draws into `container` (an element it owns entirely). */
export interface Chart {
  /** Stable id, used for element ids and export file names (e.g. "cascade"). */
  id: string;
  title: string;
  /** One-sentence text alternative, kept up to date with the data (e.g. final share). */
  describe(data: ChartData): string;
  render(container: HTMLElement, data: ChartData): void;
}

/** The chart spec (see chartSvg.ts) of a run chart for `data`. */
export function runChartSpec(chart: Chart, data: ChartData): { id: string; title: string; description: string } {
  return { id: chart.id, title: chart.title, description: chart.describe(data) };
}
