/**
 * The posterior predictive band on the cascade curve: for each day, the 95% band and the median of
 * the defected count (or share, when the targets are shares) over runs drawn from the posterior,
 * with the historical targets drawn on it, so one sees whether the fitted model's path over time
 * goes through the figures, not only its total.
 */
import { area, line, scaleLinear } from "d3";
import { createFrame } from "../frame";
import { drawXAxis, drawYAxis, integerTicks, tickCount } from "../axes";
import { COLOURS, OKABE_ITO } from "../palette";
import type { PredictiveBand } from "../../../calibration/predictiveBand";

const fmt = (x: number) => String(Number(x.toPrecision(3)));

/** Whether the chart reads shares: when every cumulative defected target is a share. */
function inShares(band: PredictiveBand): boolean {
  const drawn = drawnTargets(band);
  return drawn.length > 0 && drawn.every((t) => t.target.unit === "share");
}

/** Targets that sit on the curve: the cumulative defected count or share on a day. */
function drawnTargets(band: PredictiveBand) {
  return band.targets.filter((t) => t.target.quantity === "defected" && t.target.fromDay === undefined);
}

export function describeBand(band: PredictiveBand): string {
  const outside = band.targets.filter((p) => p.target.high < p.low || p.target.low > p.high);
  return `Posterior predictive 95% band of the defected ${inShares(band) ? "share" : "count"} over ${band.draws} runs drawn from the posterior, with ${band.targets.length} target${band.targets.length === 1 ? "" : "s"}: ${outside.length === 0 ? "every target inside its predicted band" : `${outside.length} outside the predicted band`}.`;
}

export function renderBand(container: HTMLElement, band: PredictiveBand, id: string, title: string): void {
  const shares = inShares(band);
  const series = shares ? band.share : band.defected;
  const days = series.median.length - 1;
  const targets = drawnTargets(band);
  const frame = createFrame(container, { id, title, description: describeBand(band) }, {
    legend: [
      { label: "95% of posterior runs", colour: COLOURS.defected, mark: "rect" },
      { label: "median", colour: COLOURS.defected, mark: "line" },
      { label: "historical target", colour: COLOURS.target, mark: "thin" },
    ],
  });
  const { plot, width, height } = frame;
  const x = scaleLinear().domain([0, Math.max(1, days)]).range([0, width]);
  const top = Math.max(...series.high, ...targets.map((t) => t.target.high)) * 1.05 || 1;
  const y = scaleLinear().domain([0, top]).range([height, 0]).nice();
  drawYAxis(plot, y, width, shares ? "share of army" : "soldiers defected", shares ? "share" : (v) => fmt(v));
  drawXAxis(plot, x, height, "day", undefined, integerTicks(x, tickCount(width)));
  plot
    .append("path")
    .attr("class", "band")
    .attr("d", area<number>().x((_, d) => x(d)).y0((_, d) => y(series.low[d])).y1((v) => y(v))(series.high))
    .attr("fill", COLOURS.defected)
    .attr("fill-opacity", 0.2);
  plot.append("path").attr("class", "band-median").attr("d", line<number>().x((_, d) => x(d)).y((v) => y(v))(series.median)).attr("fill", "none").attr("stroke", COLOURS.defected).attr("stroke-width", 2);
  const marks = plot.append("g").attr("class", "targets");
  for (const { target, low, high } of targets) {
    const outside = target.high < low || target.low > high;
    const g = marks.append("g").attr("class", `target${outside ? " outside" : ""}`).attr("transform", `translate(${x(target.day)},0)`);
    g.append("title").text(`Target on day ${target.day}: ${fmt(target.low)}${target.high > target.low ? ` to ${fmt(target.high)}` : ""}; predicted 95% band ${fmt(low)} to ${fmt(high)}${outside ? " (outside)" : ""}`);
    const colour = outside ? OKABE_ITO.vermillion : COLOURS.target;
    g.append("line").attr("y1", y(target.low) + (target.high > target.low ? 0 : 5)).attr("y2", y(target.high) - (target.high > target.low ? 0 : 5)).attr("stroke", colour).attr("stroke-width", 4).attr("stroke-linecap", "round");
  }
}
