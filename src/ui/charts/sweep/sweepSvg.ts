/**
 * The SVG of a sweep chart: sized to its container, with its title and text alternative, drawn
 * with presentation attributes (as frame.ts does for the run's charts) so that exportChart's
 * SVG and PNG look the same as the page.
 */
import { select, type Selection } from "d3";
import { COLOURS } from "../palette";
import { FONT_FAMILY, FONT_SIZE } from "../textLayout";
import { containerWidth } from "../frame";

let nextId = 0;

export function sweepSvg(container: HTMLElement, height: number, title: string, description: string): { svg: Selection<SVGSVGElement, unknown, null, undefined>; width: number } {
  container.replaceChildren();
  container.classList.add("dc-chart");
  const width = containerWidth(container);
  const id = `dc-sweep-${++nextId}`;
  const svg = select(container)
    .append("svg")
    .attr("xmlns", "http://www.w3.org/2000/svg")
    .attr("class", "dc-chart-svg")
    .attr("role", "img")
    .attr("aria-labelledby", `${id}-title`)
    .attr("aria-describedby", `${id}-desc`)
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("font-family", FONT_FAMILY)
    .attr("font-size", FONT_SIZE)
    .attr("color", COLOURS.text);
  svg.append("title").attr("id", `${id}-title`).text(title);
  svg.append("desc").attr("id", `${id}-desc`).text(description);
  return { svg, width };
}
