/**
 * The SVG of a sweep chart: sized to its container, with its title and text alternative, drawn
 * with presentation attributes (as frame.ts does for the run's charts) so that exportChart's
 * SVG and PNG look the same as the page.
 */
import type { Selection } from "d3";
import { containerWidth } from "../frame";
import { accessibleSvg } from "../accessibleSvg";

export function sweepSvg(container: HTMLElement, height: number, title: string, description: string): { svg: Selection<SVGSVGElement, unknown, null, undefined>; width: number } {
  container.replaceChildren();
  container.classList.add("dc-chart");
  const width = containerWidth(container);
  return { svg: accessibleSvg(container, "sweep", width, height, title, description), width };
}
