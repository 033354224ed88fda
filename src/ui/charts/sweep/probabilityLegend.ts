/** The colour key of the phase diagram: a vertical ramp from 0 to 1 with ticks and the 0.5 contour's mark. */
import { range, scaleLinear, type Selection } from "d3";
import { COLOURS } from "../palette";
import { probabilityColour } from "./probabilityColour";

const STEPS = 50;

export function drawProbabilityLegend(g: Selection<SVGGElement, unknown, null, undefined>, height: number, id: string): void {
  const gradient = g.append("defs").append("linearGradient").attr("id", id).attr("x1", 0).attr("x2", 0).attr("y1", 1).attr("y2", 0);
  for (const k of range(STEPS + 1))
    gradient
      .append("stop")
      .attr("offset", k / STEPS)
      .attr("stop-color", probabilityColour(k / STEPS));
  g.append("rect").attr("width", 14).attr("height", height).attr("fill", `url(#${id})`).attr("stroke", COLOURS.mutedText).attr("stroke-width", 0.5);
  const y = scaleLinear().domain([0, 1]).range([height, 0]);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    g.append("line").attr("x1", 14).attr("x2", 18).attr("y1", y(t)).attr("y2", y(t)).attr("stroke", COLOURS.text);
    g.append("text").attr("x", 21).attr("y", y(t)).attr("dy", "0.32em").attr("font-size", 11).attr("fill", COLOURS.text).text(String(t));
  }
  g.append("line").attr("x1", -3).attr("x2", 17).attr("y1", y(0.5)).attr("y2", y(0.5)).attr("stroke", "#ffffff").attr("stroke-width", 2);
  g.append("text").attr("x", 0).attr("y", -8).attr("font-size", 11).attr("fill", COLOURS.text).text("P(cascade)");
}
