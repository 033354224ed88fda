/**
 * Difference to the baseline, day by day: for each variant, its defected share minus the
 * baseline's in the same run (same seed), as a median with the 50% and 90% bands of those paired
 * differences over the runs. It shows when a change acts, not only how a run ends: a deadline that
 * brings defections forward and then stops them shows as a bulge that shrinks after the close.
 */
import { area, line, scaleLinear } from "d3";
import { drawXAxis, drawYAxis } from "../axes";
import { attachDayHover } from "../dayHover";
import { COLOURS } from "../palette";
import type { EnsembleView, VariantView } from "./ensembleViewTypes";
import { ensembleFrame, shownVariants, type EnsembleChart } from "./ensembleChart";
import { formatPoints, pointsTick } from "./pairedDifferenceChart";

const BAND_OPACITY = { p90: 0.13, p50: 0.3 } as const;

export function describeDailyDifference(view: EnsembleView): string {
  const baseline = view.variants[view.baseline];
  const others = shownVariants(view).filter((v) => v.dailyDifference);
  if (!baseline || others.length === 0) return "Pin and show at least two variants to compare them with the baseline day by day.";
  const parts = others.map((v) => {
    const median = v.dailyDifference!.p50;
    let peak = 0;
    for (let d = 1; d < median.length; d++) if (Math.abs(median[d]) > Math.abs(median[peak])) peak = d;
    return `${v.name}: largest median difference ${formatPoints(median[peak])} on day ${peak}, ${formatPoints(median[median.length - 1])} on day ${median.length - 1}`;
  });
  return `Defected share minus the baseline's (${baseline.name}) in the same run, day by day, over ${view.runs} runs: median with 50% and 90% bands. ${parts.join("; ")}.`;
}

export const dailyDifferenceChart: EnsembleChart = {
  id: "daily-difference",
  title: "Difference to the baseline, day by day",
  describe: describeDailyDifference,
  render(container, view) {
    const others = shownVariants(view).filter((v): v is VariantView & { dailyDifference: NonNullable<VariantView["dailyDifference"]> } => v.dailyDifference !== null);
    const frame = ensembleFrame(container, dailyDifferenceChart, view, {
      legend: [
        ...others.map((v) => ({ label: v.name, colour: v.colour, mark: "line" as const })),
        { label: "middle 50% of runs", colour: "#555555", mark: "rect", opacity: BAND_OPACITY.p50 + BAND_OPACITY.p90 },
        { label: "middle 90%", colour: "#555555", mark: "rect", opacity: BAND_OPACITY.p90 },
      ],
    });
    const { plot, width, height } = frame;
    const days = Math.max(1, ...others.map((v) => v.dailyDifference.p50.length - 1));
    let low = 0;
    let high = 0;
    for (const v of others) {
      for (const value of v.dailyDifference.p05) low = Math.min(low, value);
      for (const value of v.dailyDifference.p95) high = Math.max(high, value);
    }
    const pad = Math.max(0.01, (high - low) * 0.05);
    const x = scaleLinear().domain([0, days]).range([0, width]);
    const y = scaleLinear()
      .domain([low - pad, high + pad])
      .range([height, 0])
      .nice();
    drawYAxis(plot, y, width, "percentage points", pointsTick);
    drawXAxis(plot, x, height, "day");
    plot.append("line").attr("class", "zero-rule").attr("x1", 0).attr("x2", width).attr("y1", y(0)).attr("y2", y(0)).attr("stroke", COLOURS.text).attr("stroke-width", 1);

    const band = (lower: Float64Array, upper: Float64Array) =>
      area<number>()
        .x((d) => x(d))
        .y0((d) => y(lower[d]))
        .y1((d) => y(upper[d]))(Array.from(lower, (_, d) => d));
    for (const v of others) {
      const g = plot.append("g").attr("class", "variant").attr("data-variant", v.index);
      const bands = v.dailyDifference;
      g.append("path").attr("class", "band band-90").attr("data-variant", v.index).attr("d", band(bands.p05, bands.p95)).attr("fill", v.colour).attr("fill-opacity", BAND_OPACITY.p90);
      g.append("path").attr("class", "band band-50").attr("data-variant", v.index).attr("d", band(bands.p25, bands.p75)).attr("fill", v.colour).attr("fill-opacity", BAND_OPACITY.p50);
      g.append("path")
        .attr("class", "median")
        .attr("data-variant", v.index)
        .attr("d", line<number>().x((d) => x(d)).y((d) => y(bands.p50[d]))(Array.from(bands.p50, (_, d) => d)))
        .attr("fill", "none")
        .attr("stroke", v.colour)
        .attr("stroke-width", 2.5);
    }
    attachDayHover(
      frame,
      x,
      days,
      others.map((v) => ({ colour: v.colour, y: (d: number) => y(v.dailyDifference.p50[Math.min(d, v.dailyDifference.p50.length - 1)]) })),
      (d) => [
        `Day ${d}`,
        ...others.map((v) => {
          const b = v.dailyDifference;
          if (d >= b.p50.length) return `${v.name}: no paired day ${d}`;
          return `${v.name}: median ${formatPoints(b.p50[d])}; 50% of runs ${formatPoints(b.p25[d])} to ${formatPoints(b.p75[d])}; 90% ${formatPoints(b.p05[d])} to ${formatPoints(b.p95[d])}`;
        }),
      ],
    );
  },
};
