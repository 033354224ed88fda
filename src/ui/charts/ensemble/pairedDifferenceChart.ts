/**
 * Difference to the baseline, run by run: for each variant, its final share minus the baseline's
 * in the same run (same seed, so with common random numbers the same soldiers and the same luck),
 * as a median with the 50% and 90% ranges of those differences. With common random numbers the
 * ranges are tight; turning them off shows how much of a naive comparison is noise.
 */
import { scaleLinear } from "d3";
import { drawXAxis } from "../axes";
import { containerWidth } from "../frame";
import { COLOURS } from "../palette";
import type { EnsembleView } from "./ensembleViewTypes";
import { ensembleFrame, shownVariants, type EnsembleChart } from "./ensembleChart";
import { attachRowHover, drawRowLabels, rowLayout, rowScale, rowsHeight } from "./variantRows";

/** 0.123 -> "+12.3 pp" (percentage points). */
export function formatPoints(difference: number): string {
  const points = difference * 100;
  return `${points > 0 ? "+" : points < 0 ? "−" : "±"}${Math.abs(points).toFixed(1)} pp`;
}

/** Axis ticks: 0.25 -> "+25", -0.025 -> "−2.5", 0 -> "0". */
export function pointsTick(difference: number): string {
  const points = Math.round(difference * 1000) / 10;
  return `${points > 0 ? "+" : points < 0 ? "−" : ""}${Math.abs(points)}`;
}

export function describeDifference(view: EnsembleView): string {
  const baseline = view.variants[view.baseline];
  const others = shownVariants(view).filter((v) => v.difference);
  if (!baseline || others.length === 0) return "Pin and show at least two variants to compare them with the baseline.";
  const parts = others.map((v) => `${v.name}: median ${formatPoints(v.difference!.p50)} (90% of runs ${formatPoints(v.difference!.p05)} to ${formatPoints(v.difference!.p95)})`);
  return `Final share minus the baseline's (${baseline.name}) in the same run, over ${view.runs} runs${view.commonRandomNumbers ? " with common random numbers" : " without common random numbers"}. ${parts.join("; ")}.`;
}

export const pairedDifferenceChart: EnsembleChart = {
  id: "paired-difference",
  title: "Difference to the baseline, run by run",
  describe: describeDifference,
  render(container, view) {
    const others = shownVariants(view).filter((v) => v.difference);
    const baseline = view.variants[view.baseline];
    const rows = rowLayout(others, containerWidth(container));
    const frame = ensembleFrame(container, pairedDifferenceChart, view, {
      subtitle: `Final share minus that of the baseline${baseline ? ` (${baseline.name})` : ""} in the same run, ${view.commonRandomNumbers ? "with" : "without"} common random numbers.`,
      legend: [
        { label: "median", colour: COLOURS.text, mark: "dot" },
        { label: "middle 50% of runs", colour: COLOURS.text, mark: "line" },
        { label: "middle 90%", colour: COLOURS.text, mark: "thin" },
      ],
      margin: { left: rows.left, right: 20 },
      height: rowsHeight(Math.max(1, others.length), rows),
    });
    const { plot, width, height } = frame;
    // Zero always in view (no difference), and a little room on its other side.
    let low = -0.01;
    let high = 0.01;
    for (const v of others) {
      low = Math.min(low, v.difference!.p05);
      high = Math.max(high, v.difference!.p95);
    }
    const x = scaleLinear().domain([low, high]).nice().range([0, width]);
    const y = rowScale(others, height, rows);
    drawXAxis(plot, x, height, width < 320 ? "difference (percentage points)" : "difference in final share (percentage points)", pointsTick, x.ticks(Math.max(2, Math.floor(width / 70))));
    plot.append("line").attr("class", "zero").attr("x1", x(0)).attr("x2", x(0)).attr("y1", 0).attr("y2", height).attr("stroke", COLOURS.diagonal).attr("stroke-dasharray", "4 3");
    if (others.length === 0) {
      plot.append("text").attr("x", width / 2).attr("y", height / 2).attr("text-anchor", "middle").attr("fill", COLOURS.mutedText).text("Pin and show a second variant to see differences.");
      return;
    }
    drawRowLabels(plot, others, y, rows);
    for (const v of others) {
      const d = v.difference!;
      const mid = y(v.index)! + y.bandwidth() / 2;
      const g = plot.append("g").attr("class", "difference").attr("data-variant", v.index);
      g.append("line").attr("class", "range-90").attr("x1", x(d.p05)).attr("x2", x(d.p95)).attr("y1", mid).attr("y2", mid).attr("stroke", v.colour).attr("stroke-width", 1.5);
      g.append("line").attr("class", "range-50").attr("x1", x(d.p25)).attr("x2", x(d.p75)).attr("y1", mid).attr("y2", mid).attr("stroke", v.colour).attr("stroke-width", 6);
      g.append("circle").attr("cx", x(d.p50)).attr("cy", mid).attr("r", 5).attr("fill", v.colour).attr("stroke", COLOURS.background).attr("stroke-width", 1.5);
    }
    attachRowHover(frame, others, y, (v) => {
      const d = v.difference!;
      return [`${v.name} minus ${baseline?.name ?? "baseline"}`, `Median ${formatPoints(d.p50)}`, `50% of runs ${formatPoints(d.p25)} to ${formatPoints(d.p75)}`, `90% of runs ${formatPoints(d.p05)} to ${formatPoints(d.p95)}`];
    }, rows);
  },
};
