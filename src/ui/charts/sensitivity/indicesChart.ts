/**
 * Which levers matter, as ranked bars: one row per lever, most important first, each with two bars
 * and their 95% intervals: Sobol's total index (the share of the output's variance the lever
 * touches, alone or through interactions) and first-order index (its share alone); or Morris's
 * mu* (mean absolute effect over the lever's whole range) and sigma (spread of the effects: large
 * for non-linear effects or interactions). A lever's name sits above its bars, so the chart reads
 * the same on a phone; the name is a button when `onPick` is given.
 */
import { format, scaleLinear } from "d3";
import type { OutputAnalysis } from "../../../sensitivity/sensitivityAnalysis";
import { drawXAxis } from "../axes";
import { drawLegend, legendRowCount, LEGEND_ROW_HEIGHT, type LegendEntry } from "../legend";
import { COLOURS, OKABE_ITO } from "../palette";
import { chartSvg } from "../chartSvg";

export interface IndicesChartOptions {
  title: string;
  method: "morris" | "sobol";
  analysis: OutputAnalysis;
  /** The output's name on the axis ("Final share defected"). */
  outputLabel: string;
  /** Label of each input path. */
  labels: ReadonlyMap<string, string>;
  /** Called with an input's path when its name or bars are clicked (or Enter / Space on its name). */
  onPick?(path: string): void;
}

const MARGIN = { top: 8, right: 24, bottom: 46, left: 12 };
const LABEL = 16;
const BAR = 10;
const GAP = 10;
const ROW = LABEL + 2 * BAR + 2 + GAP;

/** The two bars of each method: key of the value, of its interval (if any), legend label, colour. */
export function indexBars(method: "morris" | "sobol"): { key: string; label: string; colour: string }[] {
  return method === "sobol"
    ? [
        { key: "total", label: "Total index (with interactions)", colour: OKABE_ITO.blue },
        { key: "first", label: "First-order index (alone)", colour: OKABE_ITO.orange },
      ]
    : [
        { key: "muStar", label: "mu* (mean absolute effect)", colour: OKABE_ITO.blue },
        { key: "sigma", label: "sigma (non-linearity, interactions)", colour: OKABE_ITO.orange },
      ];
}

export function renderIndicesChart(container: HTMLElement, options: IndicesChartOptions): void {
  const { analysis, method } = options;
  const bars = indexBars(method);
  const outer = container.clientWidth > 0 ? container.clientWidth : 640;
  const width = Math.max(80, outer - MARGIN.left - MARGIN.right);
  const legend: LegendEntry[] = [...bars.map((b) => ({ label: b.label, colour: b.colour, mark: "rect" as const })), { label: "95% interval", colour: COLOURS.text, mark: "thin" }];
  const legendHeight = legendRowCount(legend, outer - 16) * LEGEND_ROW_HEIGHT + 6;
  const height = analysis.inputs.length * ROW;
  const name = (path: string) => options.labels.get(path) ?? path;
  const f = format(".2~f");
  const ranking = analysis.inputs.map((row) => `${row.rank}. ${name(row.input)} ${bars.map((b) => `${b.key} ${Number.isFinite(row.values[b.key]) ? f(row.values[b.key]) : "undefined"}`).join(", ")}`);
  const description = `${method === "sobol" ? "Sobol indices" : "Morris screening"} of ${lower(options.outputLabel)}, levers ranked: ${ranking.join("; ")}.`;
  const { svg } = chartSvg(container, { id: "sensitivity", title: options.title, description }, MARGIN.top + legendHeight + height + MARGIN.bottom);
  drawLegend(svg.append("g").attr("transform", `translate(8,${MARGIN.top})`), legend, outer - 16);
  const plot = svg.append("g").attr("class", "plot").attr("transform", `translate(${MARGIN.left},${MARGIN.top + legendHeight})`);

  const numbers = analysis.inputs.flatMap((row) => [...bars.map((b) => row.values[b.key]), ...Object.values(row.intervals).flatMap((i) => [i.low, i.high])]).filter(Number.isFinite);
  const low = Math.min(0, ...numbers);
  const high = Math.max(method === "sobol" ? 0.1 : 0, ...numbers);
  const x = scaleLinear()
    .domain([low, high > low ? high : low + 1])
    .range([0, width])
    .nice();
  plot.append("line").attr("x1", x(0)).attr("x2", x(0)).attr("y1", 0).attr("y2", height).attr("stroke", COLOURS.diagonal);
  drawXAxis(plot, x, height, method === "sobol" ? `Share of the variance of ${lower(options.outputLabel)}` : `Change of ${lower(options.outputLabel)} over a lever's range`, format(".2~f"), x.ticks(Math.max(2, Math.floor(width / 70))));

  analysis.inputs.forEach((row, r) => {
    const g = plot.append("g").attr("class", "lever-row").attr("data-input", row.input).attr("transform", `translate(0,${r * ROW})`);
    const label = g
      .append("text")
      .attr("class", "lever-name")
      .attr("x", 0)
      .attr("y", LABEL - 4)
      .attr("fill", COLOURS.text)
      .attr("font-size", 12)
      .attr("font-weight", 600)
      .text(`${row.rank}. ${name(row.input)}`);
    bars.forEach((bar, b) => {
      const value = row.values[bar.key];
      const y = LABEL + b * (BAR + 2);
      if (Number.isFinite(value))
        g.append("rect")
          .attr("class", `index-bar index-${bar.key}`)
          .attr("x", Math.min(x(0), x(value)))
          .attr("y", y)
          .attr("width", Math.abs(x(value) - x(0)))
          .attr("height", BAR)
          .attr("fill", bar.colour)
          .append("title")
          .text(`${name(row.input)}: ${bar.label} ${f(value)}`);
      const interval = row.intervals[bar.key];
      if (interval && Number.isFinite(interval.low) && Number.isFinite(interval.high)) {
        const mid = y + BAR / 2;
        g.append("path")
          .attr("class", `index-interval interval-${bar.key}`)
          .attr("d", `M${x(interval.low)},${mid - 3}V${mid + 3}M${x(interval.low)},${mid}H${x(interval.high)}M${x(interval.high)},${mid - 3}V${mid + 3}`)
          .attr("stroke", COLOURS.text)
          .attr("stroke-width", 1.2)
          .attr("fill", "none");
      }
    });
    if (!options.onPick) return;
    const pick = options.onPick;
    g.append("rect").attr("class", "lever-hit").attr("x", 0).attr("y", 0).attr("width", width).attr("height", ROW - GAP / 2).attr("fill", "transparent").style("cursor", "pointer").on("click", () => pick(row.input));
    label
      .raise()
      .attr("role", "button")
      .attr("tabindex", 0)
      .attr("aria-label", `${name(row.input)}, rank ${row.rank}: open its sweep`)
      .attr("text-decoration", "underline")
      .style("cursor", "pointer")
      .on("click", () => pick(row.input))
      .on("keydown", (event: KeyboardEvent) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        pick(row.input);
      });
  });
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
