/**
 * Two parameters' posterior together: each particle of the last generation a dot (its area by its
 * weight) over both priors' ranges. A cloud that fills the square means the targets say little
 * about either; a thin diagonal means they fix the two only together (a trade-off), and the
 * correlation says how strongly.
 */
import { scaleLinear, scaleLog, scaleSqrt } from "d3";
import { createFrame } from "../frame";
import { drawXAxis, drawYAxis } from "../axes";
import { COLOURS } from "../palette";
import type { Prior } from "../../../calibration/prior";

export interface PairData {
  labels: [string, string];
  priors: [Prior, Prior];
  /** Each particle's two values and its weight. */
  points: { a: number; b: number; weight: number }[];
  correlation: number;
}

const fmt = (x: number) => String(Number(x.toPrecision(3)));

export function describePair(data: PairData): string {
  const r = data.correlation;
  const how = Math.abs(r) >= 0.5 ? `they trade off (correlation ${fmt(r)}): the targets fix them together more than apart` : `correlation ${fmt(r)}: no strong trade-off`;
  return `${data.labels[0]} against ${data.labels[1]} over the posterior's ${data.points.length} particles; ${how}.`;
}

export function renderPair(container: HTMLElement, data: PairData, id: string): void {
  const scale = (prior: Prior) => (prior.distribution === "log-uniform" ? scaleLog() : scaleLinear()).domain([prior.low, prior.high]);
  const frame = createFrame(container, { id, title: `${data.labels[0]} and ${data.labels[1]}`, description: describePair(data) }, { height: 150, margin: { left: 56, bottom: 40 }, subtitle: `up: ${data.labels[1]}; across: ${data.labels[0]}; r = ${fmt(data.correlation)}` });
  const { plot, width, height } = frame;
  const x = scale(data.priors[0]).range([0, width]);
  const y = scale(data.priors[1]).range([height, 0]);
  const top = Math.max(...data.points.map((p) => p.weight));
  const radius = scaleSqrt().domain([0, top || 1]).range([0.8, 4]);
  plot.append("rect").attr("width", width).attr("height", height).attr("fill", "none").attr("stroke", COLOURS.grid);
  plot
    .append("g")
    .attr("class", "particles")
    .selectAll("circle")
    .data(data.points)
    .join("circle")
    .attr("cx", (p) => x(p.a))
    .attr("cy", (p) => y(p.b))
    .attr("r", (p) => radius(p.weight))
    .attr("fill", COLOURS.defected)
    .attr("fill-opacity", 0.45);
  const ticks = (s: { ticks(n: number): number[] }, px: number) => s.ticks(Math.max(2, Math.floor(px / 70)));
  drawXAxis(plot, x as never, height, data.labels[0], fmt, ticks(x, width));
  drawYAxis(plot, y as never, width, "", fmt, ticks(y, height).slice(0, 4));
}
