/** How fast soldiers leave: new defections each day, with the attempts caught that day stacked on top. */
import { max, scaleLinear } from "d3";
import { runChartSpec, shownDay, type Chart, type ChartData } from "./chartData";
import { drawYAxis, integerTicks, tickCount } from "./axes";
import { dayHeading, drawDayAxis } from "./dayAxis";
import { dayBins } from "./dayBins";
import { renderBinnedDaily } from "./binnedDailyChart";
import { attachDayHover } from "./dayHover";
import { formatCount, formatShare } from "./format";
import { createFrame } from "./frame";
import { COLOURS } from "./palette";
import { offerOpenOf } from "./timeline";
import { dayContextLines, drawTimeContext, OFFER_LEGEND } from "./timeContext";
import { eventLegend } from "./eventLabels";

/**
 * One SVG path of bars for days 1..days (a path, not a node per day, so a long run stays cheap):
 * bar d spans [x(d - 0.5), x(d + 0.5)] minus a gap, from y0(d) up to y1(d).
 */
export function barsPath(days: number, x: (v: number) => number, y0: (d: number) => number, y1: (d: number) => number): string {
  const band = days > 0 ? Math.abs(x(1) - x(0)) : 0;
  const gap = band > 4 ? 1 : 0;
  const parts: string[] = [];
  for (let d = 1; d <= days; d++) {
    const top = y1(d);
    const bottom = y0(d);
    if (!(bottom - top > 0)) continue;
    const left = x(d - 0.5) + gap / 2;
    const w = Math.max(0.5, band - gap);
    parts.push(`M${round(left)},${round(bottom)}h${round(w)}V${round(top)}h${round(-w)}Z`);
  }
  return parts.join("");
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Largest stacked bar (new defected + new caught) on days 1..days. */
export function dailyMax(data: ChartData): number {
  const { newDefected, newCaught } = data.series;
  let m = 0;
  for (let d = 1; d < newDefected.length; d++) m = Math.max(m, newDefected[d] + newCaught[d]);
  return m;
}

export function describeDaily(data: ChartData): string {
  const { series, summary } = data;
  const initial = series.newDefected[0];
  const peak =
    summary.peakDay === null
      ? "No one defected after day 0."
      : `Defections peak on day ${summary.peakDay} at ${formatCount(series.newDefected[summary.peakDay])} soldiers (${formatShare(summary.peakDailyRate)} of the army).`;
  const caughtPeak = max(Array.from(series.newCaught).slice(1)) ?? 0;
  return `New defections per day, days 1 to ${summary.days}. ${peak} At most ${formatCount(caughtPeak)} caught on one day.${initial > 0 ? ` The ${formatCount(initial)} initial defectors of day 0 are not shown.` : ""}`;
}

export const dailyChart: Chart = {
  id: "daily",
  title: "New defections per day",
  describe: describeDaily,
  render(container, data) {
    const { params, series } = data;
    const days = series.army.length - 1;
    const binning = dayBins(days, data.startDate);
    if (binning.unit !== "day") return renderBinnedDaily(container, data, runChartSpec(dailyChart, data), binning);
    const xOf = (width: number) => scaleLinear().domain([0.5, Math.max(1, days) + 0.5]).range([0, width]);
    const frame = createFrame(container, runChartSpec(dailyChart, data), {
      legend: (width) => [
        { label: "defected that day", colour: COLOURS.defected, mark: "rect" },
        { label: "caught that day", colour: COLOURS.caught, mark: "rect" },
        OFFER_LEGEND,
        ...eventLegend(params, xOf(width)),
      ],
    });
    const { plot, width, height } = frame;
    const x = xOf(width);
    const y = scaleLinear().domain([0, data.axes?.daily ?? Math.max(1, dailyMax(data))]).nice().range([height, 0]);
    const day = shownDay(data);

    drawTimeContext(plot, params, x, height);
    drawYAxis(plot, y, width, "soldiers per day", formatCount, integerTicks(y, tickCount(height, 50)));
    drawDayAxis(plot, x, height, data, 1, integerTicks(scaleLinear().domain([1, Math.max(1, days)]).range([0, width]), tickCount(width)));

    const { newDefected, newCaught } = series;
    // The bars up to the player's day (the whole run without one); a locked axis clips a taller bar at its top.
    const top = (v: number) => Math.max(0, y(v));
    plot
      .append("path")
      .attr("class", "series-bars series-new-defected")
      .attr("data-points", day)
      .attr("d", barsPath(day, x, () => y(0), (d) => top(newDefected[d])))
      .attr("fill", COLOURS.defected);
    plot
      .append("path")
      .attr("class", "series-bars series-new-caught")
      .attr("data-points", day)
      .attr("d", barsPath(day, x, (d) => top(newDefected[d]), (d) => top(newDefected[d] + newCaught[d])))
      .attr("fill", COLOURS.caught);

    const offerOpen = offerOpenOf(params);
    attachDayHover(
      frame,
      x,
      Math.max(1, day),
      [{ colour: COLOURS.defected, y: (d) => y(newDefected[d]) }],
      (d) => [
        dayHeading(data, d),
        `Defected that day: ${formatCount(newDefected[d])} (${formatShare(series.army[d] > 0 ? newDefected[d] / series.army[d] : 0)} of the army)`,
        `Caught that day: ${formatCount(newCaught[d])}`,
        ...dayContextLines(params, offerOpen, d),
      ],
      1,
    );
  },
};
