/**
 * Where a story step points: its chart's figure is outlined, and a day on a chart over days gets a
 * rule with the step's label, drawn into the chart's plot (found by its hover overlay, which spans
 * the plot). Marks are cleared before each new one and go with the chart when it is redrawn.
 */
import type { StoryStep } from "../../scenario/story";

const NS = "http://www.w3.org/2000/svg";
/** Charts whose x axis is days 0..days. */
const OVER_DAYS = new Set(["cascade", "aware", "daily"]);

export function clearStoryMarks(root: ParentNode = document): void {
  for (const node of root.querySelectorAll(".story-mark")) node.remove();
  for (const node of root.querySelectorAll(".story-target")) node.classList.remove("story-target");
}

/** Marks `point` on the lab's charts for a run of `days` days; returns the figure pointed at, if any. */
export function markStoryPoint(point: StoryStep["point"], days: number): HTMLElement | null {
  clearStoryMarks();
  if (!point) return null;
  const figure = document.getElementById(`chart-${point.chart}`);
  if (!figure) return null;
  figure.classList.add("story-target");
  if (point.label) figure.dataset.storyLabel = point.label;
  const overlay = figure.querySelector<SVGRectElement>("rect.hover-overlay");
  if (point.day === undefined || !OVER_DAYS.has(point.chart) || !overlay || point.day > days) return figure;
  const width = Number(overlay.getAttribute("width"));
  const height = Number(overlay.getAttribute("height"));
  const x0 = Number(overlay.getAttribute("x") ?? 0);
  // The daily chart's bars are centred on their day: its axis runs from day 0.5 to days + 0.5.
  const x = x0 + (point.chart === "daily" ? ((point.day - 0.5) / days) * width : (point.day / Math.max(1, days)) * width);
  const mark = document.createElementNS(NS, "g");
  mark.setAttribute("class", "story-mark");
  mark.setAttribute("transform", `translate(${x.toFixed(1)},0)`);
  const line = mark.appendChild(document.createElementNS(NS, "line"));
  line.setAttribute("y1", "0");
  line.setAttribute("y2", String(height));
  line.setAttribute("stroke", "#c2185b");
  line.setAttribute("stroke-width", "2");
  if (point.label) {
    const text = mark.appendChild(document.createElementNS(NS, "text"));
    const right = x > x0 + width * 0.6;
    text.setAttribute("x", right ? "-6" : "6");
    text.setAttribute("y", String(Math.min(height - 4, 28)));
    text.setAttribute("text-anchor", right ? "end" : "start");
    text.setAttribute("font-size", "12");
    text.setAttribute("font-weight", "600");
    text.setAttribute("fill", "#c2185b");
    text.setAttribute("stroke", "#fff");
    text.setAttribute("stroke-width", "3");
    text.setAttribute("paint-order", "stroke");
    text.textContent = point.label;
  }
  overlay.parentNode!.insertBefore(mark, overlay);
  return figure;
}
