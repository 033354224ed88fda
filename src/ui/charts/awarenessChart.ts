/** How news of the offer spreads: share of the army that knows of it, by day. */
import { area, line, scaleLinear } from "d3";
import { runChartSpec, shownDay, type Chart, type ChartData } from "./chartData";
import { drawYAxis } from "./axes";
import { dayHeading, drawDayAxis } from "./dayAxis";
import { attachDayHover } from "./dayHover";
import { formatCount, formatShare } from "./format";
import { createFrame } from "./frame";
import { COLOURS } from "./palette";
import { columnPoints } from "./columnPoints";
import { dayContextLines, drawTimeContext, OFFER_LEGEND } from "./timeContext";
import { eventLegend } from "./eventLabels";
import { offerOpenOf, runShares } from "./timeline";

export function awareShares(data: ChartData): Float64Array {
  return runShares(data.series.aware, data.series.army);
}

/** First day the aware share is at least `level`, or null. */
export function firstDayAtLeast(values: ArrayLike<number>, level: number): number | null {
  for (let d = 0; d < values.length; d++) if (values[d] >= level) return d;
  return null;
}

export function describeAwareness(data: ChartData): string {
  const shares = awareShares(data);
  const days = shares.length - 1;
  const half = firstDayAtLeast(shares, 0.5);
  return (
    `Share of the army aware of the offer: ${formatShare(shares[0])} on day 0, ${formatShare(shares[days])} on day ${days}; ` +
    (half === null ? "it never reaches half the army." : `half the army knows by day ${half}.`)
  );
}

export const awarenessChart: Chart = {
  id: "aware",
  title: "Awareness of the offer",
  describe: describeAwareness,
  render(container, data) {
    const { params, series } = data;
    const days = series.army.length - 1;
    const shares = awareShares(data);
    const day = shownDay(data);
    const xOf = (width: number) => scaleLinear().domain([0, Math.max(1, days)]).range([0, width]);
    const frame = createFrame(container, runChartSpec(awarenessChart, data), {
      legend: (width) => [{ label: "aware of the offer", colour: COLOURS.aware, mark: "line" }, OFFER_LEGEND, ...eventLegend(params, xOf(width))],
    });
    const { plot, width, height } = frame;
    const x = xOf(width);
    const y = scaleLinear().domain([0, 1]).range([height, 0]);

    drawTimeContext(plot, params, x, height);
    drawYAxis(plot, y, width, "share of army", "share");
    drawDayAxis(plot, x, height, data);

    // The days a pixel column can show (columnPoints.ts), not every day.
    const shown = columnPoints(shares, day + 1, x, Math.max(1, globalThis.devicePixelRatio || 1));
    plot
      .append("path")
      .attr("class", "series-area")
      .attr("d", area<number>().x((d) => x(d)).y0(height).y1((d) => y(shares[d]))(shown))
      .attr("fill", COLOURS.aware)
      .attr("fill-opacity", 0.15);
    plot
      .append("path")
      .attr("class", "series-line series-aware")
      .attr("data-points", day + 1)
      .attr("d", line<number>().x((d) => x(d)).y((d) => y(shares[d]))(shown))
      .attr("fill", "none")
      .attr("stroke", COLOURS.aware)
      .attr("stroke-width", 2.5)
      .attr("stroke-linejoin", "round");

    const offerOpen = offerOpenOf(params);
    attachDayHover(frame, x, day, [{ colour: COLOURS.aware, y: (d) => y(shares[d]) }], (d) => [
      dayHeading(data, d),
      `Aware: ${formatShare(shares[d])} (${formatCount(series.aware[d])} of ${formatCount(series.army[d])})`,
      ...dayContextLines(params, offerOpen, d),
    ]);
  },
};
