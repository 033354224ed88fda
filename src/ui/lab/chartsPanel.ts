/**
 * The charts column: one <figure> per chart of src/ui/charts, with its title, a text alternative
 * kept up to date with the run, and SVG / PNG export buttons.
 */
import { CHARTS, type Chart, type ChartData } from "../charts/index";
import { chartFigure, drawChart, redrawOnWidthChange } from "../chartFigure";

export interface ChartsPanel {
  render(data: ChartData): void;
}

export function chartsPanel(root: HTMLElement, fileStem: () => string): ChartsPanel {
  root.replaceChildren();
  const views = CHARTS.map((chart: Chart) => ({ chart, ...chartFigure(root, chart, fileStem) }));
  let last: ChartData | null = null;
  const draw = (data: ChartData) => {
    for (const view of views) drawChart(view, view.chart.id, () => view.chart.render(view.container, data), () => view.chart.describe(data));
  };
  redrawOnWidthChange(root, () => last && draw(last));
  return {
    render(data) {
      last = data;
      draw(data);
    },
  };
}
