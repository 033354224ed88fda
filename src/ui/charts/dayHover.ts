/**
 * Hovering (or touching) a chart over days: a rule follows the nearest day, dots mark each series
 * on it and the tooltip gives the exact values. The overlay is focusable, and the arrow keys step
 * through the days, so the values are reachable without a pointer.
 */
import { pointer, type ScaleLinear } from "d3";
import { hoverOverlay, type Frame } from "./frame";
import { COLOURS } from "./palette";

export interface HoverSeries {
  colour: string;
  /** Pixel y of the series on `day`. */
  y(day: number): number;
}

/** The whole day nearest to pixel `px`, within 0..days. */
export function dayAt(x: ScaleLinear<number, number>, px: number, days: number): number {
  return Math.max(0, Math.min(days, Math.round(x.invert(px))));
}

export function attachDayHover(frame: Frame, x: ScaleLinear<number, number>, days: number, series: HoverSeries[], lines: (day: number) => string[], firstDay = 0): void {
  const { plot, height, tooltip } = frame;
  const focus = plot.append("g").attr("class", "hover-focus").attr("pointer-events", "none").style("display", "none");
  const rule = focus.append("line").attr("y1", 0).attr("y2", height).attr("stroke", COLOURS.text).attr("stroke-width", 1);
  const dots = series.map((s) => focus.append("circle").attr("r", 3.5).attr("fill", s.colour).attr("stroke", COLOURS.background).attr("stroke-width", 1.5));
  let current = days;

  const show = (day: number, py: number) => {
    current = Math.max(firstDay, Math.min(days, day));
    const px = x(current);
    focus.style("display", null);
    rule.attr("x1", px).attr("x2", px);
    series.forEach((s, i) => dots[i].attr("cx", px).attr("cy", s.y(current)));
    tooltip.show(lines(current), frame.left + px, frame.top + py);
  };
  const hide = () => {
    focus.style("display", "none");
    tooltip.hide();
  };

  hoverOverlay(frame)
    .attr("tabindex", 0)
    .attr("aria-label", "Values by day: use the left and right arrow keys")
    .on("pointermove pointerdown", (event: PointerEvent) => {
      const [px, py] = pointer(event);
      show(dayAt(x, px, days), py);
    })
    .on("pointerleave", hide)
    .on("focus", () => show(current, height / 3))
    .on("blur", hide)
    .on("keydown", (event: KeyboardEvent) => {
      const step = event.shiftKey ? 10 : 1;
      if (event.key === "ArrowLeft") show(current - step, height / 3);
      else if (event.key === "ArrowRight") show(current + step, height / 3);
      else if (event.key === "Home") show(firstDay, height / 3);
      else if (event.key === "End") show(days, height / 3);
      else if (event.key === "Escape") hide();
      else return;
      event.preventDefault();
    });
}
