/**
 * The comparison's charts: one <figure> per chart of src/ui/charts/ensemble, with its title, a
 * text alternative kept up to date, and SVG / PNG export (the dashboard's exporters). Redraws for
 * the container's new width when the window is resized.
 */
import { ENSEMBLE_CHARTS, type EnsembleChartOptions } from "../charts/ensemble/index";
import { chartFigure, drawChart, redrawOnWidthChange } from "../chartFigure";
import type { EnsembleView } from "./ensembleView";

export interface EnsembleChartsPanel {
  render(view: EnsembleView, options: EnsembleChartOptions): void;
  clear(): void;
}

export function ensembleChartsPanel(root: HTMLElement, fileStem: () => string): EnsembleChartsPanel {
  root.replaceChildren();
  // The figures are made on first use: a page that never compares carries none of them.
  let views: ReturnType<typeof makeViews> = [];
  const makeViews = () => ENSEMBLE_CHARTS.map((chart) => ({ chart, ...chartFigure(root, chart, fileStem) }));
  let last: { view: EnsembleView; options: EnsembleChartOptions } | null = null;
  const draw = () => {
    if (!last) return;
    const { view, options } = last;
    for (const figure of views) drawChart(figure, figure.chart.id, () => figure.chart.render(figure.container, view, options), () => figure.chart.describe(view));
  };
  redrawOnWidthChange(root, draw);
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
