/**
 * Distribution of the final defected share per variant, as a binned violin: one row per variant,
 * bars mirrored about the row's centre line with heights proportional to the runs in each bin, and
 * a tick at the median. Two-humped rows (fizzle or cascade) show at a glance what a mean hides.
 */
import { scaleLinear } from "d3";
import { quantileSorted } from "../../../ensemble/quantile";
import { drawXAxis } from "../axes";
import { containerWidth } from "../frame";
import { formatShare, formatShareTick } from "../format";
import { COLOURS } from "../palette";
import { shareAxisMax } from "../timeline";
import type { EnsembleView } from "./ensembleViewTypes";
import { ensembleFrame, shownVariants, type EnsembleChart } from "./ensembleChart";
import { attachRowHover, drawRowLabels, rowLayout, rowScale, rowsHeight } from "./variantRows";

export const SHARE_BINS = 40;

/** Counts of `sorted` values in `bins` equal bins over [0, top] (values above top go in the last). */
export function binCounts(sorted: ArrayLike<number>, top: number, bins = SHARE_BINS): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < sorted.length; i++) counts[Math.max(0, Math.min(bins - 1, Math.floor((sorted[i] / top) * bins)))]++;
  return counts;
}

export function describeFinalShares(view: EnsembleView): string {
  const shown = shownVariants(view);
  if (shown.length === 0) return "No variant is shown.";
  const parts = shown.map((v) => `${v.name}: median ${formatShare(quantileSorted(v.finalShares, 0.5))}, from ${formatShare(v.finalShares[0] ?? NaN)} to ${formatShare(v.finalShares[v.finalShares.length - 1] ?? NaN)}`);
  return `Final defected share of each of ${view.runs} runs per variant. ${parts.join("; ")}.`;
}

export const finalShareChart: EnsembleChart = {
  id: "final-share",
  title: "Final defected share: distribution over runs",
  describe: describeFinalShares,
  render(container, view) {
    const shown = shownVariants(view);
    const rows = rowLayout(shown, containerWidth(container));
    const frame = ensembleFrame(container, finalShareChart, view, {
      subtitle: "Bar height: share of runs ending in that bin; tick: median.",
      margin: { left: rows.left },
      height: rowsHeight(shown.length, rows),
    });
    const { plot, width, height } = frame;
    let max = 0;
    for (const v of shown) max = Math.max(max, v.finalShares[v.finalShares.length - 1] ?? 0);
    const top = shareAxisMax(max);
    const x = scaleLinear().domain([0, top]).range([0, width]);
    const y = rowScale(shown, height, rows);
    drawXAxis(plot, x, height, "final share of army defected", formatShareTick, x.ticks(Math.max(2, Math.floor(width / 70))));
    drawRowLabels(plot, shown, y, rows);
    const binWidth = width / SHARE_BINS;
    for (const v of shown) {
      const counts = binCounts(v.finalShares, top);
      const most = Math.max(1, ...counts);
      const mid = y(v.index)! + y.bandwidth() / 2;
      const half = y.bandwidth() / 2;
      const g = plot.append("g").attr("class", "violin").attr("data-variant", v.index);
      g.append("line").attr("x1", 0).attr("x2", width).attr("y1", mid).attr("y2", mid).attr("stroke", COLOURS.grid);
      g.selectAll("rect")
        .data(counts.map((count, bin) => ({ count, bin })).filter((b) => b.count > 0))
        .join("rect")
        .attr("class", "bin")
        .attr("x", (b) => b.bin * binWidth + 0.5)
        .attr("width", Math.max(1, binWidth - 1))
        .attr("y", (b) => mid - (half * b.count) / most)
        .attr("height", (b) => (2 * half * b.count) / most)
        .attr("fill", v.colour)
        .attr("fill-opacity", 0.75);
      const median = quantileSorted(v.finalShares, 0.5);
      if (Number.isFinite(median))
        g.append("line")
          .attr("class", "median")
          .attr("x1", x(median))
          .attr("x2", x(median))
          .attr("y1", mid - half - 2)
          .attr("y2", mid + half + 2)
          .attr("stroke", COLOURS.text)
          .attr("stroke-width", 2);
    }
    attachRowHover(frame, shown, y, (v) => {
      const q = (p: number) => formatShare(quantileSorted(v.finalShares, p));
      return [v.name, `Median final share ${q(0.5)}`, `50% of runs ${q(0.25)}–${q(0.75)}; 90% ${q(0.05)}–${q(0.95)}`, `${v.finalShares.length} runs`];
    }, rows);
  },
};
