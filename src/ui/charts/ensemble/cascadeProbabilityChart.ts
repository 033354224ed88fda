/**
 * Probability of a cascade per variant: the share of runs whose final share reached the
 * scenario's cut-off, with its 95% Wilson interval (src/ensemble/wilson.ts via variantStatistics),
 * which stays honest at 0 and 100% and with few runs.
 */
import { scaleLinear } from "d3";
import { drawXAxis } from "../axes";
import { containerWidth } from "../frame";
import { formatShare, formatShareTick } from "../format";
import { COLOURS } from "../palette";
import type { EnsembleView } from "./ensembleViewTypes";
import { ensembleFrame, shownVariants, type EnsembleChart } from "./ensembleChart";
import { attachRowHover, drawRowLabels, rowLayout, rowScale, rowsHeight } from "./variantRows";

export function describeCascadeProbability(view: EnsembleView): string {
  const shown = shownVariants(view);
  if (shown.length === 0) return "No variant is shown.";
  const parts = shown.map((v) => `${v.name}: ${formatShare(v.statistics.cascadeProbability)} (95% interval ${formatShare(v.statistics.cascadeLow)}–${formatShare(v.statistics.cascadeHigh)})`);
  return `Probability of a cascade (final share at or above the scenario's cut-off) over ${view.runs} runs per variant. ${parts.join("; ")}.`;
}

export const cascadeProbabilityChart: EnsembleChart = {
  id: "cascade-probability",
  title: "Probability of a cascade, with 95% interval",
  describe: describeCascadeProbability,
  render(container, view) {
    const shown = shownVariants(view);
    const rows = rowLayout(shown, containerWidth(container));
    const frame = ensembleFrame(container, cascadeProbabilityChart, view, {
      legend: [
        { label: "share of runs that cascaded", colour: COLOURS.text, mark: "dot" },
        { label: "95% Wilson interval", colour: COLOURS.text, mark: "line" },
      ],
      margin: { left: rows.left, right: 20 },
      height: rowsHeight(shown.length, rows),
    });
    const { plot, width, height } = frame;
    const x = scaleLinear().domain([0, 1]).range([0, width]);
    const y = rowScale(shown, height, rows);
    drawXAxis(plot, x, height, "probability of a cascade", formatShareTick, [0, 0.25, 0.5, 0.75, 1]);
    plot.append("g").attr("class", "grid").selectAll("line").data([0.25, 0.5, 0.75]).join("line").attr("x1", x).attr("x2", x).attr("y1", 0).attr("y2", height).attr("stroke", COLOURS.grid);
    drawRowLabels(plot, shown, y, rows);
    for (const v of shown) {
      const s = v.statistics;
      const mid = y(v.index)! + y.bandwidth() / 2;
      const g = plot.append("g").attr("class", "interval").attr("data-variant", v.index);
      g.append("line").attr("x1", x(s.cascadeLow)).attr("x2", x(s.cascadeHigh)).attr("y1", mid).attr("y2", mid).attr("stroke", v.colour).attr("stroke-width", 3);
      for (const end of [s.cascadeLow, s.cascadeHigh]) g.append("line").attr("x1", x(end)).attr("x2", x(end)).attr("y1", mid - 6).attr("y2", mid + 6).attr("stroke", v.colour).attr("stroke-width", 2);
      if (Number.isFinite(s.cascadeProbability)) g.append("circle").attr("cx", x(s.cascadeProbability)).attr("cy", mid).attr("r", 5.5).attr("fill", v.colour).attr("stroke", COLOURS.background).attr("stroke-width", 1.5);
    }
    attachRowHover(frame, shown, y, (v) => {
      const s = v.statistics;
      const cascades = Math.round(s.cascadeProbability * s.runs);
      return [v.name, `Cascade in ${cascades} of ${s.runs} runs: ${formatShare(s.cascadeProbability)}`, `95% interval ${formatShare(s.cascadeLow)}–${formatShare(s.cascadeHigh)}`, `Cut-off: final share ${formatShare(v.cascadeCutoff)}`];
    }, rows);
  },
};
