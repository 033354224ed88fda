/**
 * The one contract every chart of the page draws on, a run's, an ensemble's or a sweep's: a chart
 * is named by `{ id, title, description }`, and its <svg> root, made here, is sized to its
 * container and carries that title and description (accessibleSvg). frame.ts lays out the run and
 * ensemble charts on it; the sweep charts lay out their own grid on it.
 */
import type { Selection } from "d3";
import { accessibleSvg } from "./accessibleSvg";

export const FALLBACK_WIDTH = 640;

/** What names a chart: a stable id (element ids, export file names), its title and its text alternative. */
export interface ChartSpec {
  id: string;
  title: string;
  /** The <desc>: the chart in a sentence or two, with its numbers. */
  description: string;
}

/** Widths read before a batch of charts is drawn (withMeasuredWidths), by container. */
const measured = new WeakMap<HTMLElement, number>();

export function containerWidth(container: HTMLElement): number {
  const w = measured.get(container) ?? container.clientWidth;
  return w > 0 ? w : FALLBACK_WIDTH;
}

/**
 * Draws a batch of charts with their containers' widths read once, up front: reading clientWidth
 * after the previous chart replaced its SVG forces the browser to lay the page out again (some
 * milliseconds for a long run's paths), once per chart. A chart's width comes from the column it
 * sits in, not from what the charts above it draw, so the widths read first are the ones each
 * chart would read.
 */
export function withMeasuredWidths(containers: readonly HTMLElement[], draw: () => void): void {
  for (const container of containers) measured.set(container, container.clientWidth);
  try {
    draw();
  } finally {
    for (const container of containers) measured.delete(container);
  }
}

/** Clears `container` and starts the chart `spec` in it, `height` pixels high and as wide as the container. */
export function chartSvg(container: HTMLElement, spec: ChartSpec, height: number): { svg: Selection<SVGSVGElement, unknown, null, undefined>; width: number } {
  container.replaceChildren();
  container.classList.add("dc-chart");
  container.dataset.chart = spec.id;
  const width = containerWidth(container);
  return { svg: accessibleSvg(container, spec.id, width, height, spec.title, spec.description), width };
}
