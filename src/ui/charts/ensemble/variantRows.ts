/**
 * The layout shared by the per-variant charts (distribution, cascade probability, difference to
 * the baseline): one horizontal row per visible variant with its name, and a focusable hit area
 * per row that shows the row's values in the tooltip on hover, touch or keyboard focus.
 *
 * Names are read whole where they can be: beside their rows, on one line or wrapped to two, in a
 * column as wide as they need (up to half the chart); when that is not enough (long names on a
 * phone) each name goes above its row, across the chart's whole width. A name still too long for
 * two lines there is cut with an ellipsis and carries its whole text as a <title>.
 */
import { pointer, scaleBand, type ScaleBand, type Selection } from "d3";
import type { Frame } from "../frame";
import { COLOURS } from "../palette";
import { textWidth, wrapText } from "../textLayout";
import type { VariantView } from "./ensembleViewTypes";

/** Room in a names' column for the swatch and the gaps around it. */
const SWATCH_ROOM = 26;
/** A row's height when its name is beside it, and the line height of a wrapped name. */
const ROW_STEP = 34;
const LINE_HEIGHT = 13;
/** The left margin when names are above their rows: room for the axis's first tick label. */
const ABOVE_LEFT = 24;

/** Pixels given to the names by default: a third of the chart, between 90 and 220. */
export function labelWidth(outerWidth: number): number {
  return Math.round(Math.max(90, Math.min(220, outerWidth / 3)));
}

/** `name` cut with an ellipsis to fit `width` pixels. */
export function fitLabel(name: string, width: number): string {
  if (textWidth(name) <= width) return name;
  let n = name.length;
  while (n > 1 && textWidth(`${name.slice(0, n)}…`) > width) n--;
  return `${name.slice(0, n)}…`;
}

/** `name` split at the word boundary that makes its wider line narrowest (one line for one word). */
export function splitInTwo(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  let best = [words.join(" ")];
  let bestWidth = textWidth(best[0]);
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const width = Math.max(...lines.map((line) => textWidth(line)));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

/** `name` on at most two lines no wider than `width`: whole when it fits, else cut with an ellipsis. */
export function twoLines(name: string, width: number): string[] {
  if (textWidth(name) <= width) return [name];
  const split = splitInTwo(name);
  if (split.every((line) => textWidth(line) <= width)) return split;
  const wrapped = wrapText(name, width);
  const first = fitLabel(wrapped[0], width);
  return [first, fitLabel(`${wrapped.slice(1).join(" ")}…`, width)].filter((line) => line !== "…");
}

export interface RowLayout {
  /** The plot's left margin: the names' column, or room for the axis when names are above their rows. */
  left: number;
  /** Names above their rows (across the chart) instead of beside them. */
  above: boolean;
  /** Pixels above each row's band taken by its name (0 when beside). */
  labelSpace: number;
  /** The lines each variant's name is drawn on, by variant index. */
  lines: ReadonlyMap<number, readonly string[]>;
}

/** Where and how the names of `variants` go in a chart `outerWidth` pixels wide. */
export function rowLayout(variants: readonly VariantView[], outerWidth: number): RowLayout {
  const base = labelWidth(outerWidth);
  const beside = (left: number): RowLayout => ({ left, above: false, labelSpace: 0, lines: new Map(variants.map((v) => [v.index, twoLines(v.name, left - SWATCH_ROOM)])) });
  if (variants.every((v) => textWidth(v.name) <= base - SWATCH_ROOM)) return beside(base);
  // Each name on its best two lines (splitInTwo is never wider than the name on one).
  const needed = Math.max(...variants.map((v) => Math.max(...splitInTwo(v.name).map((line) => textWidth(line))))) + SWATCH_ROOM;
  if (needed <= Math.min(320, outerWidth / 2)) return beside(Math.max(base, needed));
  const across = outerWidth - ABOVE_LEFT - 14 - 8;
  const lines = new Map(variants.map((v) => [v.index, twoLines(v.name, across)]));
  const most = Math.max(1, ...[...lines.values()].map((l) => l.length));
  return { left: ABOVE_LEFT, above: true, labelSpace: most * LINE_HEIGHT + 3, lines };
}

const DEFAULT_LAYOUT: Pick<RowLayout, "above" | "labelSpace"> = { above: false, labelSpace: 0 };

/** Plot height for `rows` rows (each taller by the space for its name when names are above). */
export function rowsHeight(rows: number, layout: Pick<RowLayout, "labelSpace"> = DEFAULT_LAYOUT): number {
  if (layout.labelSpace === 0) return Math.max(60, rows * ROW_STEP);
  return Math.max(60, rows * (ROW_STEP + layout.labelSpace));
}

export function rowScale(variants: readonly VariantView[], height: number, layout: Pick<RowLayout, "labelSpace"> = DEFAULT_LAYOUT): ScaleBand<number> {
  const scale = scaleBand<number>().domain(variants.map((v) => v.index));
  if (layout.labelSpace === 0) return scale.range([0, height]).paddingInner(0.25).paddingOuter(0.15);
  // The same band and gap as beside, plus the name's space above each band (the first one's at the top).
  const step = ROW_STEP + layout.labelSpace;
  const gap = ROW_STEP * 0.25;
  return scale.range([layout.labelSpace, height]).paddingInner((gap + layout.labelSpace) / step).paddingOuter(gap / 2 / step);
}

/** Each variant's name (after a swatch of its colour), beside or above its row as `layout` says. */
export function drawRowLabels(plot: Selection<SVGGElement, unknown, null, undefined>, variants: readonly VariantView[], y: ScaleBand<number>, layout: RowLayout): void {
  const linesOf = (v: VariantView) => layout.lines.get(v.index) ?? [v.name];
  const labels = plot
    .append("g")
    .attr("class", "row-labels")
    .selectAll("text")
    .data(variants)
    .join("text");
  if (layout.above) {
    // A halo in the background's colour keeps a name read where a rule of the plot crosses it.
    labels
      .attr("class", "above")
      .attr("x", 14)
      .attr("y", (v) => y(v.index)! - layout.labelSpace)
      .attr("text-anchor", "start")
      .attr("paint-order", "stroke")
      .attr("stroke", COLOURS.background)
      .attr("stroke-width", 3)
      .attr("stroke-linejoin", "round");
  } else {
    labels
      .attr("x", -8)
      .attr("y", (v) => y(v.index)! + y.bandwidth() / 2 - ((linesOf(v).length - 1) * LINE_HEIGHT) / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", "end");
  }
  labels.attr("fill", COLOURS.text).each(function (v) {
    const text = this as SVGTextElement;
    const lines = linesOf(v);
    const single = lines.length === 1 && !layout.above;
    if (single) text.textContent = lines[0];
    else
      lines.forEach((line, i) => {
        const tspan = text.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "tspan"));
        tspan.setAttribute("x", text.getAttribute("x")!);
        tspan.setAttribute("dy", layout.above ? (i === 0 ? "1em" : String(LINE_HEIGHT)) : i === 0 ? "0.35em" : String(LINE_HEIGHT));
        tspan.textContent = line;
      });
    if (layout.above || !single) text.removeAttribute("dy");
    // The whole name where the label is cut (a wrapped name is already whole).
    if (lines.join(" ") !== v.name) text.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "title")).textContent = v.name;
  });
  plot
    .append("g")
    .attr("class", "row-swatches")
    .selectAll("rect")
    .data(variants)
    .join("rect")
    .attr("x", layout.above ? 0 : -layout.left + 4)
    .attr("y", (v) => (layout.above ? y(v.index)! - layout.labelSpace + 2 : y(v.index)! + y.bandwidth() / 2 - 5))
    .attr("width", 10)
    .attr("height", 10)
    .attr("rx", 2)
    .attr("fill", (v) => v.colour);
}

/** Transparent, focusable rows that show `lines(v)` in the tooltip (each row with its name when above). */
export function attachRowHover(frame: Frame, variants: readonly VariantView[], y: ScaleBand<number>, lines: (v: VariantView) => string[], layout: Pick<RowLayout, "labelSpace"> = DEFAULT_LAYOUT): void {
  const { plot, width, tooltip } = frame;
  const above = (y.step() - y.bandwidth()) / 2 + layout.labelSpace / 2;
  const rows = plot
    .append("g")
    .attr("class", "hover-overlay row-hover")
    .selectAll("rect")
    .data(variants)
    .join("rect")
    .attr("x", 0)
    .attr("y", (v) => y(v.index)! - above)
    .attr("width", width)
    .attr("height", y.step())
    .attr("fill", "transparent")
    .attr("tabindex", 0)
    .attr("aria-label", (v) => lines(v).join(". "));
  const show = (v: VariantView, event?: PointerEvent) => {
    const ty = frame.top + y(v.index)! + y.bandwidth() / 2;
    const tx = frame.left + (event ? pointer(event, plot.node())[0] : width / 2);
    tooltip.show(lines(v), Math.max(frame.left, tx), ty);
  };
  rows
    .on("pointermove pointerdown", (event: PointerEvent, v) => show(v, event))
    .on("focus", (_event, v) => show(v))
    .on("pointerleave blur", () => tooltip.hide());
}
