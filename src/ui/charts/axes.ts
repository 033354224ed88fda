/** Axes with their unit labels, and light horizontal grid lines, drawn the same on every chart. */
import { axisBottom, axisLeft, format, type ScaleLinear, type Selection } from "d3";
import { COLOURS } from "./palette";
import { textWidth } from "./textLayout";

type G = Selection<SVGGElement, unknown, null, undefined>;

/** About one tick per 80 px, at least 2. */
export function tickCount(pixels: number, spacing = 80): number {
  return Math.max(2, Math.floor(pixels / spacing));
}

/** Whole-number ticks of `scale` (days and counts have no fractions). */
export function integerTicks(scale: ScaleLinear<number, number>, count: number): number[] {
  const ticks = scale.ticks(count).filter((t) => Number.isInteger(t));
  return ticks.length > 0 ? ticks : scale.domain().map(Math.round);
}

export function drawXAxis(plot: G, scale: ScaleLinear<number, number>, height: number, label: string, tickFormat: (v: number) => string = format("d"), ticks?: number[]): void {
  const [x0, x1] = scale.range();
  const axis = axisBottom(scale).tickFormat((v) => tickFormat(+v)).tickSizeOuter(0);
  axis.tickValues(fittingTicks(scale, ticks ?? integerTicks(scale, tickCount(Math.abs(x1 - x0))), tickFormat));
  plot.append("g").attr("class", "axis axis-x").attr("transform", `translate(0,${height})`).call(axis).attr("font-size", 11);
  plot
    .append("text")
    .attr("class", "axis-label")
    .attr("x", (x0 + x1) / 2)
    .attr("y", height + 34)
    .attr("text-anchor", "middle")
    .attr("fill", COLOURS.text)
    .text(label);
}

/** Room past the plot's right end for half a tick label (the charts' right margins are 16 px). */
const RIGHT_OVERHANG = 14;
const TICK_FONT = 11;

/**
 * The ticks whose centred labels stay inside the chart: a year-long run's last tick ("September",
 * on its last day) was cut at the chart's right edge. Such a tick is left out (the axis ends there
 * anyway) rather than its label moved onto the one before it.
 */
export function fittingTicks(scale: ScaleLinear<number, number>, ticks: number[], tickFormat: (v: number) => string): number[] {
  const end = Math.max(...scale.range());
  return ticks.filter((t) => scale(t) + textWidth(tickFormat(t), TICK_FONT) / 2 <= end + RIGHT_OVERHANG);
}

/**
 * `tickFormat` "share": percentages with as many decimals as the ticks' step needs (d3's
 * scale.tickFormat), so a run that stays under 1% reads 0.2%, 0.4%... rather than 0%, 0%, 1%.
 */
export function drawYAxis(plot: G, scale: ScaleLinear<number, number>, width: number, label: string, tickFormat: ((v: number) => string) | "share", ticks?: number[]): void {
  const [y0, y1] = scale.range();
  const count = tickCount(Math.abs(y0 - y1), 50);
  const values = ticks ?? scale.ticks(count);
  const formatTick = tickFormat === "share" ? scale.tickFormat(count, "%") : tickFormat;
  plot
    .append("g")
    .attr("class", "grid")
    .selectAll("line")
    .data(values)
    .join("line")
    .attr("x1", 0)
    .attr("x2", width)
    .attr("y1", (v) => scale(v))
    .attr("y2", (v) => scale(v))
    .attr("stroke", COLOURS.grid);
  plot.append("g").attr("class", "axis axis-y").call(axisLeft(scale).tickValues(values).tickFormat((v) => formatTick(+v)).tickSizeOuter(0)).attr("font-size", 11);
  plot
    .append("text")
    .attr("class", "axis-label")
    .attr("transform", `translate(-44,${(y0 + y1) / 2}) rotate(-90)`)
    .attr("text-anchor", "middle")
    .attr("fill", COLOURS.text)
    .text(label);
}
