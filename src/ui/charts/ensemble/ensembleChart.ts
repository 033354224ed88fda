/**
 * The charts of a comparison: pure views of an EnsembleView (src/ui/compare/ensembleView.ts), drawn
 * with the dashboard's frame, axes, legend and tooltip so they look and export like its charts.
 */
import type { Chart, ChartData } from "../chartData";
import { createFrame, type Frame, type FrameOptions } from "../frame";
import type { EnsembleView } from "../../compare/ensembleView";

export interface EnsembleChartOptions {
  /** Draw the first few runs faintly behind the bands. */
  showRuns: boolean;
}

export interface EnsembleChart {
  /** Stable id, used for element ids and export file names. */
  id: string;
  title: string;
  /** Text alternative, kept up to date with the view. */
  describe(view: EnsembleView): string;
  render(container: HTMLElement, view: EnsembleView, options: EnsembleChartOptions): void;
}

/**
 * createFrame for an ensemble chart. The frame asks its chart for the <desc> text through a
 * single-run Chart; this hands it one whose describe() returns the ensemble's description.
 */
export function ensembleFrame(container: HTMLElement, chart: EnsembleChart, view: EnsembleView, options: FrameOptions = {}): Frame {
  const description = chart.describe(view);
  const adapter: Chart = { id: chart.id, title: chart.title, describe: () => description, render: () => undefined };
  return createFrame(container, adapter, undefined as unknown as ChartData, options);
}

/** Visible variants, in comparison order. */
export function shownVariants(view: EnsembleView) {
  return view.variants.filter((v) => !v.hidden);
}
