/**
 * The charts of a comparison: pure views of an EnsembleView (ensembleViewTypes.ts), drawn
 * with the dashboard's frame, axes, legend and tooltip so they look and export like its charts.
 */
import { createFrame, type Frame, type FrameOptions } from "../frame";
import type { EnsembleView } from "./ensembleViewTypes";

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

/** createFrame for an ensemble chart: the chart's id and title, and its description of `view`. */
export function ensembleFrame(container: HTMLElement, chart: EnsembleChart, view: EnsembleView, options: FrameOptions = {}): Frame {
  return createFrame(container, { id: chart.id, title: chart.title, description: chart.describe(view) }, options);
}

/** Visible variants, in comparison order. */
export function shownVariants(view: EnsembleView) {
  return view.variants.filter((v) => !v.hidden);
}
