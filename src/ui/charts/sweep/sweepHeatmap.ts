/**
 * The phase diagram of a two-parameter sweep: one rectangle per cell coloured by its cascade
 * probability (probabilityColour), the 0.5 contour once the grid is complete, a colour key, a
 * tooltip with the cell's exact numbers, and every cell a button (click, or Enter / Space when
 * focused) that hands the cell to `onPick`. Cells not yet run are left blank.
 */
import { format, scaleBand } from "d3";
import type { SweepCell } from "./sweepCell";
import { COLOURS } from "../palette";
import { createTooltip } from "../tooltip";
import { drawProbabilityLegend } from "./probabilityLegend";
import { probabilityColour } from "./probabilityColour";
import { probabilityContour } from "./probabilityContour";
import { chartSvg } from "../chartSvg";
import { cellLines } from "./cellLines";

export interface HeatmapOptions {
  title: string;
  /** The two axes' values (the first along x, the second along y) and labels. */
  axes: { values: number[]; label: string }[];
  cells: readonly SweepCell[];
  runs: number;
  onPick(cell: SweepCell): void;
}

const MARGIN = { top: 28, right: 96, bottom: 46, left: 72 };
const tick = format(".4~g");

export function renderSweepHeatmap(container: HTMLElement, options: HeatmapOptions): void {
  const [ax, ay] = options.axes;
  const columns = ax.values.length;
  const rows = ay.values.length;
  const outer = container.clientWidth > 0 ? container.clientWidth : 640;
  const width = Math.max(60, outer - MARGIN.left - MARGIN.right);
  const height = Math.round(Math.max(160, Math.min(360, width * 0.5)));
  const description = `Phase diagram of the probability of a cascade over ${ax.label} (${columns} values, horizontal) and ${ay.label} (${rows} values, vertical); ${options.cells.length} of ${columns * rows} cells done, ${options.runs} runs each.`;
  const { svg } = chartSvg(container, { id: "sweep", title: options.title, description }, MARGIN.top + height + MARGIN.bottom);
  const tooltip = createTooltip(container);
  const plot = svg.append("g").attr("class", "plot").attr("transform", `translate(${MARGIN.left},${MARGIN.top})`);
  const x = scaleBand<number>().domain(ax.values.map((_, i) => i)).range([0, width]);
  const y = scaleBand<number>().domain(ay.values.map((_, j) => j)).range([height, 0]);
  const cw = x.bandwidth();
  const ch = y.bandwidth();

  plot.append("rect").attr("width", width).attr("height", height).attr("fill", COLOURS.loyal).attr("opacity", 0.35);
  const cellGroup = plot.append("g").attr("class", "sweep-cells");
  for (const cell of options.cells) {
    const i = Math.floor(cell.index / rows);
    const j = cell.index % rows;
    const p = cell.stats.cascadeProbability ?? 0;
    const lines = cellLines(cell, options.axes.map((a) => a.label), options.runs);
    const rect = cellGroup
      .append("rect")
      .attr("class", "sweep-cell")
      .attr("data-cell", cell.index)
      .attr("x", x(i)!)
      .attr("y", y(j)!)
      .attr("width", Math.max(0, cw - (cw > 6 ? 0.5 : 0)))
      .attr("height", Math.max(0, ch - (ch > 6 ? 0.5 : 0)))
      .attr("fill", probabilityColour(p))
      .attr("tabindex", 0)
      .attr("role", "button")
      .attr("aria-label", `${lines.join("; ")}. Press Enter to compare this cell as a variant.`)
      .style("cursor", "pointer");
    const show = () => tooltip.show([...lines, "Click (or Enter) to compare as a variant"], MARGIN.left + x(i)! + cw / 2, MARGIN.top + y(j)!);
    rect.on("pointerenter", show).on("focus", show).on("pointerleave", () => tooltip.hide()).on("blur", () => tooltip.hide());
    rect.on("click", () => options.onPick(cell));
    rect.on("keydown", (event: KeyboardEvent) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      options.onPick(cell);
    });
  }

  if (options.cells.length === columns * rows) {
    // Row by row from the top: grid row r is the y index rows - 1 - r.
    const values = new Float64Array(columns * rows);
    for (const cell of options.cells) values[(rows - 1 - (cell.index % rows)) * columns + Math.floor(cell.index / rows)] = cell.stats.cascadeProbability ?? 0;
    const d = probabilityContour(values, columns, rows, cw, ch);
    if (d) {
      // d3.contours closes each ring along the grid's outer edge, and nothing is known beyond the
      // outer cells' centres: clip to the rectangle through the centres.
      const clip = `${svg.attr("aria-labelledby")}-clip`;
      plot
        .append("clipPath")
        .attr("id", clip)
        .append("rect")
        .attr("x", cw / 2)
        .attr("y", ch / 2)
        .attr("width", width - cw)
        .attr("height", height - ch);
      plot
        .append("path")
        .attr("clip-path", `url(#${clip})`)
        .attr("class", "sweep-contour")
        .attr("d", d)
        .attr("fill", "none")
        .attr("stroke", "#ffffff")
        .attr("stroke-width", 2.5)
        .attr("stroke-linejoin", "round")
        .attr("pointer-events", "none");
    }
  }

  const every = (n: number, pixels: number) => Math.max(1, Math.ceil(n / Math.max(1, Math.floor(pixels / 48))));
  const xEvery = every(columns, width);
  const yEvery = every(rows, height * 1.6);
  const axisX = plot.append("g").attr("class", "axis axis-x").attr("transform", `translate(0,${height})`).attr("font-size", 11).attr("fill", COLOURS.text);
  ax.values.forEach((v, i) => {
    if (i % xEvery) return;
    axisX.append("line").attr("x1", x(i)! + cw / 2).attr("x2", x(i)! + cw / 2).attr("y1", 0).attr("y2", 5).attr("stroke", COLOURS.text);
    axisX.append("text").attr("x", x(i)! + cw / 2).attr("y", 17).attr("text-anchor", "middle").text(tick(v));
  });
  axisX.append("text").attr("class", "axis-label").attr("x", width / 2).attr("y", 38).attr("text-anchor", "middle").attr("font-size", 12).text(ax.label);
  const axisY = plot.append("g").attr("class", "axis axis-y").attr("font-size", 11).attr("fill", COLOURS.text);
  ay.values.forEach((v, j) => {
    if (j % yEvery) return;
    axisY.append("line").attr("x1", -5).attr("x2", 0).attr("y1", y(j)! + ch / 2).attr("y2", y(j)! + ch / 2).attr("stroke", COLOURS.text);
    axisY.append("text").attr("x", -8).attr("y", y(j)! + ch / 2).attr("dy", "0.32em").attr("text-anchor", "end").text(tick(v));
  });
  axisY.append("text").attr("class", "axis-label").attr("transform", `translate(${-56},${height / 2}) rotate(-90)`).attr("text-anchor", "middle").attr("font-size", 12).text(ay.label);

  drawProbabilityLegend(svg.append("g").attr("transform", `translate(${MARGIN.left + width + 24},${MARGIN.top + 16})`), Math.max(80, height - 40), `${svg.attr("aria-labelledby")}-ramp`);
  svg
    .append("text")
    .attr("x", MARGIN.left)
    .attr("y", 16)
    .attr("font-size", 12)
    .attr("fill", COLOURS.mutedText)
    .text(options.cells.length === columns * rows ? "White line: cascade probability 0.5" : `${options.cells.length} of ${columns * rows} cells done`);
}
