/**
 * The comparison's charts: one <figure> per chart of src/ui/charts/ensemble, with its title, a
 * text alternative kept up to date, and SVG / PNG export (the dashboard's exporters). Redraws for
 * the container's new width when the window is resized.
 */
import { ENSEMBLE_CHARTS, type EnsembleChartOptions } from "../charts/ensemble/index";
import { chartToPng, chartToSvg } from "../charts/exportChart";
import { download } from "../download";
import type { EnsembleView } from "./ensembleView";

export interface EnsembleChartsPanel {
  render(view: EnsembleView, options: EnsembleChartOptions): void;
  clear(): void;
}

export function ensembleChartsPanel(root: HTMLElement, fileStem: () => string): EnsembleChartsPanel {
  root.replaceChildren();
  // The figures are made on first use: a page that never compares carries none of them.
  let views: ReturnType<typeof makeViews> = [];
  const makeViews = () => ENSEMBLE_CHARTS.map((chart) => {
    const figure = root.appendChild(document.createElement("figure"));
    figure.className = "chart";
    figure.id = `chart-${chart.id}`;
    const title = figure.appendChild(document.createElement("figcaption")).appendChild(document.createElement("h3"));
    title.textContent = chart.title;
    const container = figure.appendChild(document.createElement("div"));
    container.className = "chart-body";
    const alt = figure.appendChild(document.createElement("p"));
    alt.className = "chart-alt";
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
    return { chart, figure, container, alt };
  });
  let last: { view: EnsembleView; options: EnsembleChartOptions } | null = null;
  const draw = () => {
    if (!last) return;
    for (const { chart, container, alt } of views) {
      try {
        chart.render(container, last.view, last.options);
        alt.textContent = chart.describe(last.view);
      } catch (error) {
        container.replaceChildren();
        alt.textContent = `This chart could not be drawn: ${(error as Error).message}`;
        console.error(error);
      }
    }
  };
  let width = root.clientWidth;
  let pending = 0;
  new ResizeObserver(() => {
    if (root.clientWidth === width || !last) return;
    width = root.clientWidth;
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(draw);
  }).observe(root);
  root.hidden = true;
  return {
    render(view, options) {
      if (views.length === 0) views = makeViews();
      last = { view, options };
      root.hidden = false;
      draw();
    },
    clear() {
      last = null;
      root.hidden = true;
      for (const { container, alt } of views) {
        container.replaceChildren();
        alt.textContent = "";
      }
    },
  };
}
