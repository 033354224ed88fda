/**
 * The daily chart of a long run (dayBins.ts): a bar per week or month of new defections, with the
 * attempts caught stacked on top; hovering a day gives its whole bin.
 */
import { scaleLinear } from "d3";
import { drawYAxis, integerTicks, tickCount } from "./axes";
import type { ChartData } from "./chartData";
import { dayHeading, drawDayAxis } from "./dayAxis";
import { binOf, binSums, type DayBinning } from "./dayBins";
import { attachDayHover } from "./dayHover";
import { formatCount } from "./format";
import { createFrame } from "./frame";
import { COLOURS } from "./palette";
import { offerOpenOf } from "./timeline";
import { dayContextLines, drawTimeContext, OFFER_LEGEND } from "./timeContext";
import { eventLegend } from "./eventLabels";

const round = (v: number) => Math.round(v * 100) / 100;

export function renderBinnedDaily(container: HTMLElement, data: ChartData, spec: { id: string; title: string; description: string }, binning: DayBinning): void {
  const { params, series } = data;
  const { bins, unit } = binning;
  const days = series.army.length - 1;
  const per = unit === "30 days" ? "30 days" : unit;
  const xOf = (width: number) => scaleLinear().domain([0.5, days + 0.5]).range([0, width]);
  const frame = createFrame(container, spec, {
    legend: (width) => [
      { label: `defected per ${per}`, colour: COLOURS.defected, mark: "rect" },
      { label: `caught per ${per}`, colour: COLOURS.caught, mark: "rect" },
      OFFER_LEGEND,
      ...eventLegend(params, xOf(width)),
    ],
  });
  const { plot, width, height } = frame;
  const defected = binSums(series.newDefected, bins);
  const caught = binSums(series.newCaught, bins);
  let top = 1;
  for (let k = 0; k < bins.length; k++) top = Math.max(top, defected[k] + caught[k]);
  const x = xOf(width);
  const y = scaleLinear().domain([0, top]).nice().range([height, 0]);

  drawTimeContext(plot, params, x, height);
  drawYAxis(plot, y, width, `soldiers per ${per}`, formatCount, integerTicks(y, tickCount(height, 50)));
  drawDayAxis(plot, x, height, data, 1);

  const bars = (low: (k: number) => number, high: (k: number) => number) =>
    bins
      .map((bin, k) => {
        const [bottom, up] = [y(low(k)), y(high(k))];
        if (!(bottom - up > 0)) return "";
        const left = x(bin.start - 0.5) + 0.5;
        const w = Math.max(0.5, x(bin.end + 0.5) - x(bin.start - 0.5) - 1);
        return `M${round(left)},${round(bottom)}h${round(w)}V${round(up)}h${round(-w)}Z`;
      })
      .join("");
  plot.append("path").attr("class", "series-bars series-new-defected").attr("data-points", bins.length).attr("data-bin", unit).attr("d", bars(() => 0, (k) => defected[k])).attr("fill", COLOURS.defected);
  plot.append("path").attr("class", "series-bars series-new-caught").attr("data-points", bins.length).attr("data-bin", unit).attr("d", bars((k) => defected[k], (k) => defected[k] + caught[k])).attr("fill", COLOURS.caught);

  const offerOpen = offerOpenOf(params);
  attachDayHover(
    frame,
    x,
    days,
    [{ colour: COLOURS.defected, y: (d) => y(defected[binOf(bins, d)]) }],
    (d) => {
      const k = binOf(bins, d);
      const bin = bins[k];
      return [
        dayHeading(data, d),
        `Days ${bin.start} to ${bin.end}: ${formatCount(defected[k])} defected, ${formatCount(caught[k])} caught`,
        ...dayContextLines(params, offerOpen, d),
      ];
    },
    1,
  );
}
