/** The key of an SVG chart: a swatch per entry, drawn like the mark it stands for. */
import type { Selection } from "d3";
import { COLOURS } from "./palette";
import { FONT_SIZE, legendPlacement } from "./textLayout";

export interface LegendEntry {
  label: string;
  colour: string;
  /** line: a stroke; thin: a thinner stroke; dashed; rect: a filled area; dot: a filled circle; ring: a hollow circle; event: a dashed rule with its tag (eventLabels.ts). */
  mark: "line" | "thin" | "dashed" | "rect" | "dot" | "ring" | "event";
  /** The letter an "event" rule carries in the plot. */
  tag?: string;
  /** Fill opacity for "rect" (shaded windows are pale), stroke opacity for lines (faint earlier runs). */
  opacity?: number;
}

export const LEGEND_ROW_HEIGHT = 20;

export function legendRowCount(entries: LegendEntry[], width: number): number {
  if (entries.length === 0) return 0;
  const placed = legendPlacement(entries.map((e) => e.label), width);
  return placed[placed.length - 1].row + 1;
}

/** Draws the legend into `g` (origin at its top-left) and returns its height. */
export function drawLegend(g: Selection<SVGGElement, unknown, null, undefined>, entries: LegendEntry[], width: number): number {
  const placed = legendPlacement(entries.map((e) => e.label), width);
  g.attr("class", "legend");
  entries.forEach((entry, i) => {
    const item = g.append("g").attr("transform", `translate(${placed[i].x},${placed[i].row * LEGEND_ROW_HEIGHT})`);
    const y = LEGEND_ROW_HEIGHT / 2;
    switch (entry.mark) {
      case "line":
      case "thin":
      case "dashed":
        item
          .append("line")
          .attr("x1", 0)
          .attr("x2", 18)
          .attr("y1", y)
          .attr("y2", y)
          .attr("stroke", entry.colour)
          .attr("stroke-width", entry.mark === "line" ? 2.5 : 1.5)
          .attr("stroke-dasharray", entry.mark === "dashed" ? "4 3" : null)
          .attr("stroke-opacity", entry.opacity ?? null);
        break;
      case "rect":
        item
          .append("rect")
          .attr("x", 0)
          .attr("y", y - 6)
          .attr("width", 18)
          .attr("height", 12)
          .attr("fill", entry.colour)
          .attr("fill-opacity", entry.opacity ?? 1);
        break;
      case "event":
        item.append("line").attr("x1", 3).attr("x2", 3).attr("y1", 3).attr("y2", LEGEND_ROW_HEIGHT - 3).attr("stroke", entry.colour).attr("stroke-dasharray", "3 3");
        item.append("text").attr("x", 6).attr("y", y).attr("dy", "0.35em").attr("font-size", 11).attr("font-weight", 600).attr("fill", entry.colour).text(entry.tag ?? "");
        break;
      case "dot":
      case "ring":
        item
          .append("circle")
          .attr("cx", 9)
          .attr("cy", y)
          .attr("r", 4.5)
          .attr("fill", entry.mark === "dot" ? entry.colour : COLOURS.background)
          .attr("stroke", entry.colour)
          .attr("stroke-width", 1.5);
        break;
    }
    item
      .append("text")
      .attr("x", 22)
      .attr("y", y)
      .attr("dy", "0.35em")
      .attr("font-size", FONT_SIZE)
      .attr("fill", COLOURS.text)
      .text(entry.label);
  });
  return legendRowCount(entries, width) * LEGEND_ROW_HEIGHT;
}
