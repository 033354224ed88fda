/** The run at a glance: share of the army defected (and caught) on each day, with the offer windows and events behind it. */
import { line, scaleLinear } from "d3";
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
import { describeSpan, offerOpenOf, offerSpansOf, runShares, shareAxisMax } from "./timeline";

export interface CascadePoints {
  defected: Float64Array;
  caught: Float64Array;
  /** Historical targets on the defected share: day and range as shares of that day's army. */
  targets: { day: number; low: number; high: number; text: string }[];
  /** Top of the share axis. */
  yMax: number;
}

/** Opacity of the ghost curves, newest first: the older, the fainter. */
const GHOST_OPACITY = [0.35, 0.22, 0.14];

export function cascadePoints(data: ChartData): CascadePoints {
  const { series } = data;
  const defected = runShares(series.defected, series.army);
  const caught = runShares(series.caught, series.army);
  const targets = (data.targets ?? [])
    .filter((t) => t.quantity === "defected" && t.day < series.army.length)
    .map((t) => {
      const army = series.army[t.day] || 1;
      const share = (v: number) => (t.unit === "share" ? v : v / army);
      return { day: t.day, low: share(t.low), high: share(t.high), text: t.text };
    });
  let max = 0;
  for (let d = 0; d < defected.length; d++) max = Math.max(max, defected[d], caught[d]);
  for (const t of targets) max = Math.max(max, t.high);
  // Locked axes: the lab passes a top that only ever widens (src/ui/lab/axisLock.ts).
  return { defected, caught, targets, yMax: data.axes?.share ?? shareAxisMax(max) };
}

/**
 * The path drawn of a series, by series, with what it was drawn for (days and axes): the earlier
 * runs' curves are the same arrays from one redraw to the next (and the newest is the curve the
 * last redraw drew), so their paths are built once, not on every move of a slider.
 */
const paths = new WeakMap<Float64Array, { key: string; d: string }>();

function keptPath(values: Float64Array, key: string, build: () => string | null): string {
  const kept = paths.get(values);
  if (kept && kept.key === key) return kept.d;
  const d = build() ?? "";
  paths.set(values, { key, d });
  return d;
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
    const day = shownDay(data);
    const ghosts = data.ghosts ?? [];
    const xOf = (width: number) => scaleLinear().domain([0, Math.max(1, days)]).range([0, width]);
    const frame = createFrame(container, runChartSpec(cascadeChart, data), {
      legend: (width) => [
        { label: "defected", colour: COLOURS.defected, mark: "line" },
        { label: "caught", colour: COLOURS.caught, mark: "thin" },
        OFFER_LEGEND,
        ...(ghosts.length ? [{ label: ghosts.length === 1 ? "previous run" : `previous ${ghosts.length} runs`, colour: COLOURS.defected, mark: "thin" as const, opacity: GHOST_OPACITY[0] }] : []),
        ...(points.targets.length ? [{ label: "historical target", colour: COLOURS.target, mark: "thin" as const }] : []),
        ...eventLegend(params, xOf(width)),
      ],
    });
    const { plot, width, height } = frame;
    const x = xOf(width);
    const y = scaleLinear().domain([0, points.yMax]).range([height, 0]);

    const eventLabelsBottom = drawTimeContext(plot, params, x, height);
    drawYAxis(plot, y, width, "share of army", "share");
    drawDayAxis(plot, x, height, data);

    // Each line over the days a pixel column can show (columnPoints.ts), not every day, cut at the
    // top of the axis (only a locked axis, which only widens, could leave a curve above it).
    const pixelRatio = Math.max(1, globalThis.devicePixelRatio || 1);
    const frameKey = `${x.domain()}|${x.range()}|${y.domain()}|${y.range()}|${pixelRatio}`;
    const pathOf = (values: Float64Array, count: number) =>
      keptPath(values, `${count}|${frameKey}`, () =>
        line<number>()
          .x((d) => x(d))
          .y((d) => y(Math.min(values[d], points.yMax)))(columnPoints(values, count, x, pixelRatio)),
      );
    // Earlier runs, faint, under this one (newest darkest); cut at this run's last day.
    const ghostLayer = ghosts.length ? plot.append("g").attr("class", "ghosts") : null;
    ghosts.forEach((shares, i) => {
      const age = ghosts.length - 1 - i;
      ghostLayer!
        .append("path")
        .attr("class", "ghost")
        .attr("data-points", Math.min(shares.length, days + 1))
        .attr("d", pathOf(shares, Math.min(shares.length, days + 1)))
        .attr("fill", "none")
        .attr("stroke", COLOURS.defected)
        .attr("stroke-opacity", GHOST_OPACITY[age] ?? GHOST_OPACITY.at(-1)!)
        .attr("stroke-width", 1.75);
    });
    plot
      .append("path")
      .attr("class", "series-line series-caught")
      .attr("data-points", day + 1)
      .attr("d", pathOf(points.caught, day + 1))
      .attr("fill", "none")
      .attr("stroke", COLOURS.caught)
      .attr("stroke-width", 1.5);
    plot
      .append("path")
      .attr("class", "series-line series-defected")
      .attr("data-points", day + 1)
      .attr("d", pathOf(points.defected, day + 1))
      .attr("fill", "none")
      .attr("stroke", COLOURS.defected)
      .attr("stroke-width", 2.5)
      .attr("stroke-linejoin", "round");

    // Historical targets: a bar over the recorded range (a short tick for a single figure).
    const marks = plot.append("g").attr("class", "targets");
    for (const t of points.targets) {
      const g = marks.append("g").attr("class", "target").attr("transform", `translate(${x(t.day)},0)`);
      g.append("title").text(`Historical target ${t.text}: ${formatShare(t.low)}${t.high > t.low ? ` to ${formatShare(t.high)}` : ""} of the army on day ${t.day}`);
      g.append("line").attr("y1", y(t.low) + (t.high > t.low ? 0 : 6)).attr("y2", y(t.high) - (t.high > t.low ? 0 : 6)).attr("stroke", COLOURS.target).attr("stroke-width", 4).attr("stroke-linecap", "round");
      for (const v of [t.low, t.high]) g.append("line").attr("x1", -6).attr("x2", 6).attr("y1", y(v)).attr("y2", y(v)).attr("stroke", COLOURS.target).attr("stroke-width", 2);
    }

    if (day < days) {
      // The player's day: a rule and the share reached so far.
      const now = plot.append("g").attr("class", "now").attr("transform", `translate(${x(day)},0)`);
      now.append("line").attr("y1", 0).attr("y2", height).attr("stroke", COLOURS.text).attr("stroke-width", 1.5);
      now.append("circle").attr("cy", y(points.defected[day])).attr("r", 4.5).attr("fill", COLOURS.defected).attr("stroke", COLOURS.background).attr("stroke-width", 1.5);
      now
        .append("text")
        .attr("x", x(day) > width - 90 ? -6 : 6)
        .attr("text-anchor", x(day) > width - 90 ? "end" : "start")
        // Under the event labels, not over them.
        .attr("y", eventLabelsBottom + 12)
        .attr("font-size", 12)
        .attr("font-weight", 600)
        .attr("fill", COLOURS.text)
        .attr("stroke", COLOURS.background)
        .attr("stroke-width", 3)
        .attr("paint-order", "stroke")
        .text(`day ${day}: ${formatShare(points.defected[day])}`);
    }

    const offerOpen = offerOpenOf(params);
    attachDayHover(
      frame,
      x,
      day,
      [
        { colour: COLOURS.defected, y: (d) => y(points.defected[d]) },
        { colour: COLOURS.caught, y: (d) => y(points.caught[d]) },
      ],
      (d) => [
        dayHeading(data, d),
        `Defected: ${formatShare(points.defected[d])} (${formatCount(series.defected[d])} of ${formatCount(series.army[d])})`,
        `Caught: ${formatShare(points.caught[d])} (${formatCount(series.caught[d])})`,
        ...dayContextLines(params, offerOpen, d),
      ],
    );
  },
};
