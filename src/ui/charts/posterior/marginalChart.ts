/**
 * One parameter's posterior: a weighted histogram of the last generation's particles over the
 * prior's range (a log axis for a log-uniform prior), the 95% credible interval shaded and the
 * median marked; the prior's own extent is the whole axis, so a posterior as wide as the axis says
 * the targets do not pin the parameter down.
 */
import { bin, scaleLinear, scaleLog } from "d3";
import { createFrame } from "../frame";
import { drawXAxis, drawYAxis } from "../axes";
import { COLOURS } from "../palette";
import type { Prior } from "../../../calibration/prior";
import type { MarginalSummary } from "../../../calibration/posteriorSummary";

export interface MarginalData {
  label: string;
  prior: Prior;
  values: readonly number[];
  weights: readonly number[];
  summary: MarginalSummary;
}

const fmt = (x: number) => String(Number(x.toPrecision(3)));

export function describeMarginal(data: MarginalData): string {
  const m = data.summary;
  return `Posterior of ${data.label}: median ${fmt(m.median)}, 95% credible interval ${fmt(m.low)} to ${fmt(m.high)}, against the prior's ${fmt(m.priorLow)} to ${fmt(m.priorHigh)}; ${m.identified ? "pinned down by the targets" : "not pinned down by the targets"}.`;
}

export function renderMarginal(container: HTMLElement, data: MarginalData, id: string): void {
  const { prior, summary } = data;
  const log = prior.distribution === "log-uniform";
  const frame = createFrame(container, { id, title: data.label, description: describeMarginal(data) }, { height: 110, margin: { left: 40, bottom: 36 } });
  const { plot, width, height } = frame;
  const x = (log ? scaleLog() : scaleLinear()).domain([prior.low, prior.high]).range([0, width]);
  const t = (v: number) => (log ? Math.log(v) : v);
  const bins = bin<number, number>()
    .value((i) => t(data.values[i]))
    .domain([t(prior.low), t(prior.high)])
    .thresholds(Array.from({ length: 19 }, (_, k) => t(prior.low) + ((k + 1) * (t(prior.high) - t(prior.low))) / 20))(data.values.map((_, i) => i));
  const mass = bins.map((b) => b.reduce((s, i) => s + data.weights[i], 0));
  const y = scaleLinear().domain([0, Math.max(1e-9, ...mass)]).range([height, 0]);
  const fromT = (v: number) => (log ? Math.exp(v) : v);
  plot.append("rect").attr("class", "credible-interval").attr("x", x(summary.low)).attr("width", Math.max(1, x(summary.high) - x(summary.low))).attr("y", 0).attr("height", height).attr("fill", COLOURS.offer).attr("fill-opacity", 0.18);
  plot
    .append("g")
    .attr("class", "bins")
    .selectAll("rect")
    .data(bins)
    .join("rect")
    .attr("x", (b) => x(fromT(b.x0!)) + 0.5)
    .attr("width", (b) => Math.max(0, x(fromT(b.x1!)) - x(fromT(b.x0!)) - 1))
    .attr("y", (_, k) => y(mass[k]))
    .attr("height", (_, k) => height - y(mass[k]))
    .attr("fill", COLOURS.defected);
  plot.append("line").attr("class", "median").attr("x1", x(summary.median)).attr("x2", x(summary.median)).attr("y1", 0).attr("y2", height).attr("stroke", COLOURS.text).attr("stroke-width", 2);
  drawYAxis(plot, y, width, "", (v) => fmt(v), []);
  drawXAxis(plot, x as never, height, "", (v) => fmt(v), (x as { ticks(n: number): number[] }).ticks(Math.max(2, Math.floor(width / 70))));
}
