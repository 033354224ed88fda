/**
 * The charts column: one <figure> per chart of src/ui/charts, with its title, a text alternative
 * kept up to date with the run, and SVG / PNG export buttons.
 */
import { CHARTS, type Chart, type ChartData } from "./charts/index";
import { chartToPng, chartToSvg } from "./charts/exportChart";
import { download } from "./download";

export interface ChartsPanel {
  render(data: ChartData): void;
}

export function chartsPanel(root: HTMLElement, fileStem: () => string): ChartsPanel {
  root.replaceChildren();
  const views = CHARTS.map((chart: Chart) => {
    const figure = root.appendChild(document.createElement("figure"));
    figure.className = "chart";
    figure.id = `chart-${chart.id}`;
    const caption = figure.appendChild(document.createElement("figcaption"));
    const title = caption.appendChild(document.createElement("h3"));
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
      return b;
    };
    button("SVG", () => download(new Blob([chartToSvg(container)], { type: "image/svg+xml" }), `${fileStem()}-${chart.id}.svg`));
    button("PNG", async () => download(await chartToPng(container), `${fileStem()}-${chart.id}.png`));
    return { chart, container, alt };
  });
  let last: ChartData | null = null;
  const draw = (data: ChartData) => {
    for (const { chart, container, alt } of views) {
      try {
        const start = performance.now();
        chart.render(container, data);
        performance.measure(`chart:${chart.id}`, { start, end: performance.now() });
        alt.textContent = chart.describe(data);
      } catch (error) {
        container.replaceChildren();
        alt.textContent = `This chart could not be drawn: ${(error as Error).message}`;
        console.error(error);
      }
    }
  };
  // The charts lay out for their container's width: redraw when it changes (window resized, rotated).
  let width = root.clientWidth;
  let pending = 0;
  new ResizeObserver(() => {
    if (root.clientWidth === width || !last) return;
    width = root.clientWidth;
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => last && draw(last));
  }).observe(root);
  return {
    render(data) {
      last = data;
      draw(data);
    },
  };
}
