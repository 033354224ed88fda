/**
 * The common skeleton of every SVG chart: clears the container, sizes the chart to the container's
 * width, and lays out from top to bottom an optional subtitle, the legend and the plot area. The
 * SVG carries its text alternative (role="img", <title>, <desc>) and draws with presentation
 * attributes rather than page CSS, so an exported copy looks the same on its own.
 */
import type { Selection } from "d3";
import { chartSvg, containerWidth, type ChartSpec } from "./chartSvg";
import { drawLegend, legendRowCount, LEGEND_ROW_HEIGHT, type LegendEntry } from "./legend";
import { COLOURS } from "./palette";
import { createTooltip, type Tooltip } from "./tooltip";
import { wrapText } from "./textLayout";

export { FALLBACK_WIDTH, containerWidth, type ChartSpec } from "./chartSvg";
const SUBTITLE_LINE = 16;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameOptions {
  margin?: Partial<Margin>;
  /** The legend, or a function of the plot's width when its entries depend on it (events named by tags on a narrow plot). */
  legend?: LegendEntry[] | ((plotWidth: number) => LegendEntry[]);
  subtitle?: string;
  /** Plot height in pixels; default from the width (see plotHeight). */
  height?: number;
  /** Put the subtitle and legend in a column starting at this x, beside the plot instead of above it. */
  aside?: number;
}

export interface Frame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** The plot area, translated to its top-left corner. */
  plot: Selection<SVGGElement, unknown, null, undefined>;
  /** Width and height of the plot area. */
  width: number;
  height: number;
  /** Offset of the plot area within the container, for tooltips. */
  left: number;
  top: number;
  tooltip: Tooltip;
}

/** A transparent rect over the whole plot area that takes the pointer, for a chart's hover readout. */
export function hoverOverlay(frame: Pick<Frame, "plot" | "width" | "height">): Selection<SVGRectElement, unknown, null, undefined> {
  return frame.plot.append("rect").attr("class", "hover-overlay").attr("width", frame.width).attr("height", frame.height).attr("fill", "transparent");
}

const DEFAULT_MARGIN: Margin = { top: 8, right: 16, bottom: 42, left: 56 };

/** Plot height for a chart `width` wide: flatter on wide screens, never below 180 px. */
export function plotHeight(width: number): number {
  return Math.round(Math.max(180, Math.min(300, width * 0.36)));
}

/** Clears `container` and starts the chart `spec` in it (see chartSvg.ts). */
export function createFrame(container: HTMLElement, spec: ChartSpec, options: FrameOptions = {}): Frame {
  const outerWidth = containerWidth(container);
  const margin = { ...DEFAULT_MARGIN, ...options.margin };
  const width = Math.max(40, outerWidth - margin.left - margin.right);
  const height = options.height ?? plotHeight(outerWidth);
  const textX = options.aside ?? 8;
  const textWidth = outerWidth - textX - 8;
  const subtitle = options.subtitle ? wrapText(options.subtitle, textWidth) : [];
  const legend = typeof options.legend === "function" ? options.legend(width) : (options.legend ?? []);
  const subtitleHeight = subtitle.length > 0 ? subtitle.length * SUBTITLE_LINE + 6 : 0;
  const legendHeight = legendRowCount(legend, textWidth) * LEGEND_ROW_HEIGHT;
  const textHeight = 6 + subtitleHeight + legendHeight;
  const top = (options.aside === undefined ? textHeight : 6) + margin.top;
  const totalHeight = Math.max(top + height + margin.bottom, options.aside === undefined ? 0 : textHeight + 8);

  const { svg } = chartSvg(container, spec, totalHeight);

  if (subtitle.length > 0) {
    const text = svg.append("text").attr("class", "subtitle").attr("fill", COLOURS.mutedText).attr("x", textX).attr("y", 6);
    subtitle.forEach((line, i) => text.append("tspan").attr("x", textX).attr("dy", i === 0 ? "1em" : SUBTITLE_LINE).text(line));
  }
  if (legend.length > 0) drawLegend(svg.append("g").attr("transform", `translate(${textX},${6 + subtitleHeight})`), legend, textWidth);

  const plot = svg.append("g").attr("class", "plot").attr("transform", `translate(${margin.left},${top})`);
  const tooltip = createTooltip(container);
  return { svg, plot, width, height, left: margin.left, top, tooltip };
}
