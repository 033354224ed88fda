/**
 * What every chart panel of the page shares: a <figure> per chart with its title, a text
 * alternative and SVG / PNG export buttons; drawing that never lets one chart's failure blank the
 * rest; and redrawing when the panel's width changes (the charts lay out for their width).
 */
import { chartToPng, chartToSvg } from "./charts/exportChart";
import { download } from "./download";

export interface ChartFigure {
  figure: HTMLElement;
  container: HTMLElement;
  alt: HTMLElement;
}

export function chartFigure(root: HTMLElement, chart: { id: string; title: string }, fileStem: () => string): ChartFigure {
  const figure = root.appendChild(document.createElement("figure"));
  figure.className = "chart";
  figure.id = `chart-${chart.id}`;
  const title = figure.appendChild(document.createElement("figcaption")).appendChild(document.createElement("h3"));
  title.textContent = chart.title;
  title.id = `chart-${chart.id}-title`;
  const container = figure.appendChild(document.createElement("div"));
  container.className = "chart-body";
  const alt = figure.appendChild(document.createElement("p"));
  alt.className = "chart-alt";
  alt.id = `chart-${chart.id}-alt`;
  const buttons = figure.appendChild(document.createElement("div"));
  buttons.className = "chart-exports";
  const button = (text: string, onClick: () => void | Promise<void>) => {
    const b = buttons.appendChild(document.createElement("button"));
    b.type = "button";
    b.textContent = text;
    b.setAttribute("aria-label", `${text}: ${chart.title}`);
    b.addEventListener("click", () => void onClick());
  };
  button("SVG", () => download(new Blob([chartToSvg(container)], { type: "image/svg+xml" }), `${fileStem()}-${chart.id}.svg`));
  button("PNG", async () => download(await chartToPng(container), `${fileStem()}-${chart.id}.png`));
  return { figure, container, alt };
}

/** Draws one chart and its text alternative; a chart that throws is emptied and says why. */
export function drawChart(view: ChartFigure, id: string, render: () => void, describe: () => string): void {
  try {
    const start = performance.now();
    render();
    performance.measure(`chart:${id}`, { start, end: performance.now() });
    view.alt.textContent = describe();
  } catch (error) {
    view.container.replaceChildren();
    view.alt.textContent = `This chart could not be drawn: ${(error as Error).message}`;
    console.error(error);
  }
}

/** Calls `redraw` (once per frame at most) when the width of `root` changes. */
export function redrawOnWidthChange(root: HTMLElement, redraw: () => void): void {
  let width = root.clientWidth;
  let pending = 0;
  new ResizeObserver(() => {
    if (root.clientWidth === width) return;
    width = root.clientWidth;
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(redraw);
  }).observe(root);
}
