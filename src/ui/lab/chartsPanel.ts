/**
 * The charts column: one <figure> per chart of src/ui/charts, with its title, a text alternative
 * kept up to date with the run, and SVG / PNG export buttons.
 */
import { CHARTS, type Chart, type ChartData } from "../charts/index";
import { chartFigure, drawChart, redrawOnWidthChange } from "../chartFigure";
import { withMeasuredWidths } from "../charts/chartSvg";
import { announce } from "../testHooks";

export interface ChartsPanel {
  /** Draws `data`; `only`: redraw just these charts (by id), the rest keep what they show. */
  render(data: ChartData, only?: readonly string[]): void;
}

export function chartsPanel(root: HTMLElement, fileStem: () => string): ChartsPanel {
  root.replaceChildren();
  const views = CHARTS.map((chart: Chart) => ({ chart, ...chartFigure(root, chart, fileStem) }));
  let last: ChartData | null = null;
  const draw = (data: ChartData, only?: readonly string[]) => {
    const drawn = views.filter((view) => !only || only.includes(view.chart.id));
    withMeasuredWidths(
      drawn.map((view) => view.container),
      () => {
        for (const view of drawn) drawChart(view, view.chart.id, () => view.chart.render(view.container, data), () => view.chart.describe(data));
      },
    );
    // Whatever is drawn over a chart (a story's mark) goes with it: this tells its owner to draw it again.
    announce("lab:charts-drawn", { only: only ?? null });
  };
  redrawOnWidthChange(root, () => last && draw(last));
  return {
    render(data, only) {
      last = data;
      draw(data, only);
    },
  };
}
