/** Offer windows (shaded) and scheduled events (a rule and a short label) behind a chart over days. */
import type { ScaleLinear, Selection } from "d3";
import type { ModelParams } from "../../model/params";
import { COLOURS } from "./palette";
import { describeSpan, eventMarks, offerSpansOf } from "./timeline";
import { EVENT_FONT, eventLabelLayout } from "./eventLabels";
import type { LegendEntry } from "./legend";

type G = Selection<SVGGElement, unknown, null, undefined>;

export const OFFER_OPACITY = 0.18;
/** Offers open more than this share of the run are drawn as a band STRIP_PX tall along the top. */
export const STRIP_SHARE = 0.6;
const STRIP_PX = 6;

export const OFFER_LEGEND: LegendEntry = { label: "offer open", colour: COLOURS.offer, mark: "rect", opacity: OFFER_OPACITY * 2 };

const EVENT_ROW = 13;

/**
 * Shades the offer windows and marks the events of `params` across a plot `height` tall. Returns
 * how far down the plot the event labels reach (0 without events), for text that must clear them.
 */
export function drawTimeContext(plot: G, params: ModelParams, x: ScaleLinear<number, number>, height: number): number {
  const days = params.days;
  const spans = offerSpansOf(params);
  // An offer open most of the run would tint the whole plot: it becomes a band along the top.
  const open = spans.reduce((sum, s) => sum + Math.min(s.end, days) - s.start, 0);
  const band = open > STRIP_SHARE * days;
  plot
    .append("g")
    .attr("class", "offer-windows")
    .selectAll("rect")
    .data(spans)
    .join("rect")
    .attr("class", band ? "offer-window offer-band" : "offer-window")
    .attr("data-start", (s) => s.start)
    .attr("data-end", (s) => s.end)
    .attr("x", (s) => x(s.start))
    .attr("width", (s) => Math.max(1, x(Math.min(s.end, days)) - x(s.start)))
    .attr("y", 0)
    .attr("height", band ? Math.min(height, STRIP_PX) : height)
    .attr("fill", COLOURS.offer)
    .attr("fill-opacity", band ? OFFER_OPACITY * 4 : OFFER_OPACITY)
    .append("title")
    .text((s) => `Offer open, ${describeSpan(s)}`);

  const layout = eventLabelLayout(eventMarks(params), x);
  const g = plot.append("g").attr("class", layout.tagged ? "events events-tagged" : "events");
  const event = g
    .selectAll("g")
    .data(layout.labels)
    .join("g")
    .attr("class", (l) => `event event-${l.mark.kind}`)
    .attr("transform", (l) => `translate(${x(l.mark.day)},0)`);
  event.append("title").text((l) => l.mark.detail);
  event.append("line").attr("y1", 0).attr("y2", height).attr("stroke", COLOURS.event).attr("stroke-dasharray", "3 3");
  event
    .append("text")
    .attr("x", 3)
    .attr("y", (l) => (band ? STRIP_PX : 0) + 4 + l.row * EVENT_ROW)
    .attr("dy", "0.8em")
    .attr("font-size", EVENT_FONT)
    .attr("font-weight", layout.tagged ? 600 : null)
    .attr("fill", COLOURS.event)
    // A white halo keeps labels legible where they cross a series line.
    .attr("stroke", COLOURS.background)
    .attr("stroke-width", 3)
    .attr("stroke-linejoin", "round")
    .attr("paint-order", "stroke")
    // Labels near the right edge go to the left of their rule (eventLabels.ts).
    .attr("text-anchor", (l) => l.anchor)
    .attr("dx", (l) => (l.anchor === "end" ? -6 : 0))
    .text((l) => l.text);
  return layout.rows ? (band ? STRIP_PX : 0) + 4 + layout.rows * EVENT_ROW : 0;
}

/** Tooltip lines for `day`: whether the offer is open and any events that day. */
export function dayContextLines(params: ModelParams, offerOpen: ArrayLike<number>, day: number): string[] {
  const lines = [offerOpen[day] === 1 ? "Offer open" : "Offer closed"];
  for (const m of eventMarks(params)) if (m.day === day) lines.push(m.detail);
  return lines;
}
