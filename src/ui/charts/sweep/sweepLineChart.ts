/**
 * A one-parameter sweep: the probability of a cascade against the parameter with its 95% Wilson
 * band, and the mean final share, one point per finished cell (lines join consecutive finished
 * cells); hovering or focusing a point shows the cell's exact numbers, and a point is a button
 * when `onPick` is given.
 */
import { area, format, line, scaleLinear, scaleLog } from "d3";
import type { SweepCell } from "./sweepCell";
import { drawXAxis, drawYAxis } from "../axes";
import { drawLegend, legendRowCount, LEGEND_ROW_HEIGHT, type LegendEntry } from "../legend";
import { COLOURS, OKABE_ITO } from "../palette";
import { createTooltip } from "../tooltip";
import { cellLines } from "./cellLines";
import { chartSvg } from "../chartSvg";

export interface LineChartOptions {
  title: string;
  /** `log`: the values form a log range (all above 0), drawn on a log scale. */
  axis: { values: number[]; label: string; log?: boolean };
  cells: readonly SweepCell[];
  runs: number;
  /** Called when a point is clicked (or Enter / Space on a focused point). */
  onPick?(cell: SweepCell): void;
}

const MARGIN = { top: 34, right: 20, bottom: 46, left: 56 };
const PROBABILITY = OKABE_ITO.blue;
const SHARE = OKABE_ITO.vermillion;

export function renderSweepLineChart(container: HTMLElement, options: LineChartOptions): void {
  const values = options.axis.values;
  const outer = container.clientWidth > 0 ? container.clientWidth : 640;
  const width = Math.max(60, outer - MARGIN.left - MARGIN.right);
  const height = Math.round(Math.max(180, Math.min(340, width * 0.45)));
  const description = `Probability of a cascade (with 95% Wilson band) and mean final share against ${options.axis.label}: ${options.cells.length} of ${values.length} values done, ${options.runs} runs each.`;
  const legend: LegendEntry[] = [
    { label: "Cascade probability", colour: PROBABILITY, mark: "line" },
    { label: "95% interval", colour: PROBABILITY, mark: "rect", opacity: 0.2 },
    { label: "Mean final share", colour: SHARE, mark: "dashed" },
  ];
  // On a phone the legend takes two rows: the plot moves down by the extra rows, not under them.
  const top = MARGIN.top + (legendRowCount(legend, outer - 16) - 1) * LEGEND_ROW_HEIGHT;
  const { svg } = chartSvg(container, { id: "sweep", title: options.title, description }, top + height + MARGIN.bottom);
  const tooltip = createTooltip(container);
  drawLegend(svg.append("g").attr("transform", "translate(8,6)"), legend, outer - 16);
  const plot = svg.append("g").attr("class", "plot").attr("transform", `translate(${MARGIN.left},${top})`);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x =
    options.axis.log && lo > 0
      ? scaleLog()
          .domain(lo === hi ? [lo / 10, hi * 10] : [lo, hi])
          .range([0, width])
      : scaleLinear()
          .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
          .range([0, width]);
  const y = scaleLinear().domain([0, 1]).range([height, 0]);
  drawYAxis(plot, y, width, "Probability / share", format(".1f"));
  const tickCount = Math.max(2, Math.floor(width / 80));
  drawXAxis(plot, x, height, options.axis.label, format(".4~g"), "base" in x ? logTicks(x.ticks(), tickCount) : x.ticks(tickCount));

  const cells = [...options.cells].sort((a, b) => a.index - b.index);
  const px = (c: SweepCell) => x(c.values[0]);
  plot
    .append("path")
    .attr("class", "sweep-band")
    .attr("fill", PROBABILITY)
    .attr("fill-opacity", 0.2)
    .attr(
      "d",
      area<SweepCell>()
        .x(px)
        .y0((c) => y(c.stats.cascadeLow ?? 0))
        .y1((c) => y(c.stats.cascadeHigh ?? 0))(cells),
    );
  const path = (key: "cascadeProbability" | "finalShareMean") => line<SweepCell>().x(px).y((c) => y(c.stats[key] ?? 0))(cells);
  plot.append("path").attr("class", "sweep-probability").attr("fill", "none").attr("stroke", PROBABILITY).attr("stroke-width", 2).attr("d", path("cascadeProbability"));
  plot.append("path").attr("class", "sweep-share").attr("fill", "none").attr("stroke", SHARE).attr("stroke-width", 2).attr("stroke-dasharray", "6 3").attr("d", path("finalShareMean"));
  for (const cell of cells) {
    const lines = cellLines(cell, [options.axis.label], options.runs);
    const cy = y(cell.stats.cascadeProbability ?? 0);
    const show = () => tooltip.show(lines, MARGIN.left + px(cell), top + cy);
    const point = plot
      .append("circle")
      .attr("class", "sweep-point")
      .attr("data-cell", cell.index)
      .attr("cx", px(cell))
      .attr("cy", cy)
      .attr("r", 4)
      .attr("fill", PROBABILITY)
      .attr("stroke", COLOURS.background)
      .attr("tabindex", 0)
      .attr("aria-label", lines.join("; "))
      .on("pointerenter", show)
      .on("focus", show)
      .on("pointerleave", () => tooltip.hide())
      .on("blur", () => tooltip.hide());
    if (!options.onPick) continue;
    const pick = options.onPick;
    point
      .attr("role", "button")
      .attr("aria-label", `${lines.join("; ")}. Press Enter to compare this cell as a variant.`)
      .style("cursor", "pointer")
      .on("click", () => pick(cell))
      .on("keydown", (event: KeyboardEvent) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        pick(cell);
      });
  }
}

/** Log-axis ticks that fit: 1, 2 and 5 times powers of ten, or powers of ten alone when those are too many. */
function logTicks(ticks: number[], fit: number): number[] {
  const mantissa = (v: number) => Math.round(v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9)));
  const round = ticks.filter((v) => [1, 2, 5].includes(mantissa(v)));
  return round.length <= fit ? round : ticks.filter((v) => mantissa(v) === 1);
}
