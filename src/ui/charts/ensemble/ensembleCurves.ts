/**
 * Cascade curves of an ensemble: per variant, the median defected share by day with its 50% and
 * 90% bands across runs (and, on request, a few single runs drawn faint), so that what is typical
 * and how much runs disagree are seen together.
 */
import { area, line, scaleLinear } from "d3";
import { drawXAxis, drawYAxis } from "../axes";
import { attachDayHover } from "../dayHover";
import { formatShare } from "../format";
import { shareAxisMax } from "../timeline";
import type { EnsembleView, VariantView } from "./ensembleViewTypes";
import { ensembleFrame, shownVariants, type EnsembleChart } from "./ensembleChart";

const BAND_OPACITY = { p90: 0.13, p50: 0.3 } as const;

export function describeCurves(view: EnsembleView): string {
  const shown = shownVariants(view);
  if (shown.length === 0) return "No variant is shown.";
  const parts = shown.map((v) => `${v.name}: median ${formatShare(v.bands.p50[v.days] ?? NaN)} on day ${v.days} (90% of runs between ${formatShare(v.bands.p05[v.days] ?? NaN)} and ${formatShare(v.bands.p95[v.days] ?? NaN)})`);
  return `Defected share by day over ${view.runs} runs per variant, median with 50% and 90% bands. ${parts.join("; ")}.`;
}

export const ensembleCurves: EnsembleChart = {
  id: "ensemble-curves",
  title: "Defected share by day, across runs",
  describe: describeCurves,
  render(container, view, options) {
    const shown = shownVariants(view);
    const frame = ensembleFrame(container, ensembleCurves, view, {
      legend: [
        ...shown.map((v) => ({ label: v.name, colour: v.colour, mark: "line" as const })),
        { label: "middle 50% of runs", colour: "#555555", mark: "rect", opacity: BAND_OPACITY.p50 + BAND_OPACITY.p90 },
        { label: "middle 90%", colour: "#555555", mark: "rect", opacity: BAND_OPACITY.p90 },
        ...(options.showRuns ? [{ label: "single runs", colour: "#555555", mark: "thin" as const }] : []),
      ],
    });
    const { plot, width, height } = frame;
    const days = Math.max(1, ...shown.map((v) => v.days));
    let max = 0;
    for (const v of shown) {
      for (const value of v.bands.p95) max = Math.max(max, value);
      if (options.showRuns) for (const run of v.samples) for (const value of run) max = Math.max(max, value);
    }
    const x = scaleLinear().domain([0, days]).range([0, width]);
    const y = scaleLinear().domain([0, shareAxisMax(max)]).range([height, 0]);
    drawYAxis(plot, y, width, "share of army defected", "share");
    drawXAxis(plot, x, height, "day");

    const band = (low: Float64Array, high: Float64Array) =>
      area<number>()
        .x((d) => x(d))
        .y0((d) => y(low[d]))
        .y1((d) => y(high[d]))(Array.from(low, (_, d) => d));
    const curve = (values: ArrayLike<number>) =>
      line<number>()
        .x((d) => x(d))
        .y((d) => y(values[d]))(Array.from({ length: values.length }, (_, d) => d));

    const layer = (v: VariantView) => plot.append("g").attr("class", "variant").attr("data-variant", v.index);
    const groups = shown.map((v) => [v, layer(v)] as const);
    for (const [v, g] of groups) {
      g.append("path").attr("class", "band band-90").attr("data-variant", v.index).attr("d", band(v.bands.p05, v.bands.p95)).attr("fill", v.colour).attr("fill-opacity", BAND_OPACITY.p90);
      g.append("path").attr("class", "band band-50").attr("data-variant", v.index).attr("d", band(v.bands.p25, v.bands.p75)).attr("fill", v.colour).attr("fill-opacity", BAND_OPACITY.p50);
    }
    if (options.showRuns)
      for (const [v, g] of groups)
        for (const run of v.samples) g.append("path").attr("class", "single-run").attr("d", curve(run)).attr("fill", "none").attr("stroke", v.colour).attr("stroke-opacity", 0.45).attr("stroke-width", 1);
    for (const [v, g] of groups)
      g.append("path")
        .attr("class", "median")
        .attr("data-variant", v.index)
        .attr("d", curve(v.bands.p50))
        .attr("fill", "none")
        .attr("stroke", v.colour)
        .attr("stroke-width", 2.5)
        .attr("stroke-linejoin", "round");

    attachDayHover(
      frame,
      x,
      days,
      shown.map((v) => ({ colour: v.colour, y: (d: number) => y(v.bands.p50[Math.min(d, v.days)]) })),
      (d) => [
        `Day ${d}`,
        ...shown.map((v) =>
          d > v.days
            ? `${v.name}: ends on day ${v.days}`
            : `${v.name}: median ${formatShare(v.bands.p50[d])}; 50% of runs ${formatShare(v.bands.p25[d])}–${formatShare(v.bands.p75[d])}; 90% ${formatShare(v.bands.p05[d])}–${formatShare(v.bands.p95[d])}`,
        ),
      ],
    );
  },
};
