/**
 * The <svg> root of a chart: sized, with presentation attributes (so that exported SVG and PNG
 * look like the page) and a <title> and <desc> that screen readers announce.
 */
import { select, type Selection } from "d3";
import { COLOURS } from "./palette";
import { FONT_FAMILY, FONT_SIZE } from "./textLayout";

let nextId = 0;

export function accessibleSvg(container: HTMLElement, idStem: string, width: number, height: number, title: string, description: string): Selection<SVGSVGElement, unknown, null, undefined> {
  const id = `dc-${idStem}-${++nextId}`;
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
  return svg;
}
