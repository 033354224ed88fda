/** The run at a glance: share of the army defected (and caught) on each day, with the offer windows and events behind it. */
import { line, scaleLinear } from "d3";
import type { Chart, ChartData } from "./chartData";
import { buildSchedule } from "../../model/schedule";
import { drawXAxis, drawYAxis } from "./axes";
import { attachDayHover } from "./dayHover";
import { formatCount, formatShare, formatShareTick } from "./format";
import { createFrame } from "./frame";
import { COLOURS } from "./palette";
import { dayContextLines, drawTimeContext, OFFER_LEGEND } from "./timeContext";
import { describeSpan, offerSpansOf, shareAxisMax, shareSeries } from "./timeline";

export interface CascadePoints {
  defected: Float64Array;
  caught: Float64Array;
  /** Top of the share axis. */
  yMax: number;
}

export function cascadePoints(data: ChartData): CascadePoints {
  const { series } = data;
  const defected = shareSeries(series.defected, series.army);
  const caught = shareSeries(series.caught, series.army);
  let max = 0;
  for (let d = 0; d < defected.length; d++) max = Math.max(max, defected[d], caught[d]);
  return { defected, caught, yMax: shareAxisMax(max) };
}

export function describeCascade(data: ChartData): string {
  const { summary, params } = data;
  const spans = offerSpansOf(params);
  const offer = spans.length === 0 ? "The offer is never open." : `The offer is open on ${spans.map(describeSpan).join(" and ")}.`;
  const past = [
    summary.dayPast10 === null ? "never reaches 10%" : `passes 10% on day ${summary.dayPast10}`,
    summary.dayPast50 === null ? "never reaches 50%" : `passes 50% on day ${summary.dayPast50}`,
  ].join(" and ");
  return (
    `Share of the army defected over ${summary.days} days: it ${past}, ending at ${formatShare(summary.finalShare)} ` +
    `(${formatCount(summary.finalDefected)} soldiers, ${summary.cascade ? "a cascade" : "no cascade"}); ${formatCount(summary.finalCaught)} caught. ${offer}`
  );
}

export const cascadeChart: Chart = {
  id: "cascade",
  title: "Defections by day",
  describe: describeCascade,
  render(container, data) {
    const { params, series } = data;
    const days = series.army.length - 1;
    const points = cascadePoints(data);
    const frame = createFrame(container, cascadeChart, data, {
      legend: [
        { label: "defected", colour: COLOURS.defected, mark: "line" },
        { label: "caught", colour: COLOURS.caught, mark: "thin" },
        OFFER_LEGEND,
      ],
    });
    const { plot, width, height } = frame;
    const x = scaleLinear().domain([0, Math.max(1, days)]).range([0, width]);
    const y = scaleLinear().domain([0, points.yMax]).range([height, 0]);

    drawTimeContext(plot, params, x, height);
    drawYAxis(plot, y, width, "share of army", formatShareTick);
    drawXAxis(plot, x, height, "day");

    const path = line<number>()
      .x((_, d) => x(d))
      .y((v) => y(v));
    const all = Array.from(points.defected);
    plot
      .append("path")
      .attr("class", "series-line series-caught")
      .attr("data-points", points.caught.length)
      .attr("d", path(Array.from(points.caught)))
      .attr("fill", "none")
      .attr("stroke", COLOURS.caught)
      .attr("stroke-width", 1.5);
    plot
      .append("path")
      .attr("class", "series-line series-defected")
      .attr("data-points", all.length)
      .attr("d", path(all))
      .attr("fill", "none")
      .attr("stroke", COLOURS.defected)
      .attr("stroke-width", 2.5)
      .attr("stroke-linejoin", "round");

    const offerOpen = buildSchedule(params).offerOpen;
    attachDayHover(
      frame,
      x,
      days,
      [
        { colour: COLOURS.defected, y: (d) => y(points.defected[d]) },
        { colour: COLOURS.caught, y: (d) => y(points.caught[d]) },
      ],
      (d) => [
        `Day ${d}`,
        `Defected: ${formatShare(points.defected[d])} (${formatCount(series.defected[d])} of ${formatCount(series.army[d])})`,
        `Caught: ${formatShare(points.caught[d])} (${formatCount(series.caught[d])})`,
        ...dayContextLines(params, offerOpen, d),
      ],
    );
  },
};
