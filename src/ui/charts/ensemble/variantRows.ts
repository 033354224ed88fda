/**
 * The layout shared by the per-variant charts (distribution, cascade probability, difference to
 * the baseline): one horizontal row per visible variant, its name on the left (shortened to fit,
 * the whole name in the tooltip), and a focusable hit area per row that shows the row's values in
 * the tooltip on hover, touch or keyboard focus.
 */
import { pointer, scaleBand, type ScaleBand, type Selection } from "d3";
import type { Frame } from "../frame";
import { COLOURS } from "../palette";
import { textWidth } from "../textLayout";
import type { VariantView } from "./ensembleViewTypes";

/** Pixels given to the names: a third of the chart, between 90 and 220. */
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

/** Plot height for `rows` rows. */
export function rowsHeight(rows: number): number {
  return Math.max(60, rows * 34);
}

export function rowScale(variants: readonly VariantView[], height: number): ScaleBand<number> {
  return scaleBand<number>()
    .domain(variants.map((v) => v.index))
    .range([0, height])
    .paddingInner(0.25)
    .paddingOuter(0.15);
}

/** Names at the left of each row, after a swatch of the variant's colour (`width`: the left margin). */
export function drawRowLabels(plot: Selection<SVGGElement, unknown, null, undefined>, variants: readonly VariantView[], y: ScaleBand<number>, width: number): void {
  plot
    .append("g")
    .attr("class", "row-labels")
    .selectAll("text")
    .data(variants)
    .join("text")
    .attr("x", -8)
    .attr("y", (v) => y(v.index)! + y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .attr("fill", COLOURS.text)
    .text((v) => fitLabel(v.name, width - 26));
  plot
    .append("g")
    .attr("class", "row-swatches")
    .selectAll("rect")
    .data(variants)
    .join("rect")
    .attr("x", -width + 4)
    .attr("y", (v) => y(v.index)! + y.bandwidth() / 2 - 5)
    .attr("width", 10)
    .attr("height", 10)
    .attr("rx", 2)
    .attr("fill", (v) => v.colour);
}

/** Transparent, focusable rows that show `lines(v)` in the tooltip. */
export function attachRowHover(frame: Frame, variants: readonly VariantView[], y: ScaleBand<number>, lines: (v: VariantView) => string[]): void {
  const { plot, width, tooltip } = frame;
  const rows = plot
    .append("g")
    .attr("class", "hover-overlay row-hover")
    .selectAll("rect")
    .data(variants)
    .join("rect")
    .attr("x", 0)
    .attr("y", (v) => y(v.index)! - (y.step() - y.bandwidth()) / 2)
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
