/**
 * Who is easy to move: the base thresholds of the initial army, with what the offer does to them.
 * While the offer is open it lowers every threshold by its attractiveness a, which is the same as
 * sliding the whole histogram left by a: soldiers with t <= a are then willing before anyone else
 * has defected. The dashed outline is that shifted histogram; the marker sits at t = a.
 */
import { pointer, scaleLinear } from "d3";
import { runChartSpec, type Chart, type ChartData } from "./chartData";
import { drawXAxis, drawYAxis, integerTicks, tickCount } from "./axes";
import { formatCount, formatShare, formatThreshold } from "./format";
import { createFrame, hoverOverlay } from "./frame";
import { COLOURS, OKABE_ITO } from "./palette";
import { countAtMost, thresholdBins } from "./thresholdBins";

export const HISTOGRAM_BINS = 50;

/** Outline (as an SVG path) of bars of `counts` over [offset + k w, offset + (k+1) w]. */
export function stepOutline(counts: ArrayLike<number>, binWidth: number, offset: number, x: (v: number) => number, y: (v: number) => number): string {
  let d = `M${x(offset)},${y(0)}`;
  for (let k = 0; k < counts.length; k++) {
    d += `V${y(counts[k])}H${x(offset + (k + 1) * binWidth)}`;
  }
  return `${d}V${y(0)}`;
}

export function describeThresholds(data: ChartData): string {
  const { params, thresholds } = data;
  const a = params.offer.attractiveness;
  const n = Math.min(params.size, thresholds.length);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += thresholds[i];
  const below = countAtMost(thresholds, params.size, a);
  return (
    `Histogram of the base thresholds of the ${formatCount(n)} soldiers of the initial army (mean ${formatThreshold(n > 0 ? sum / n : 0)}). ` +
    `The offer lowers every threshold by ${formatThreshold(a)}: ${formatCount(below)} soldiers (${formatShare(n > 0 ? below / n : 0)}) have a threshold at or below it and need no one else to defect first.`
  );
}

export const thresholdHistogram: Chart = {
  id: "thresholds",
  title: "Thresholds of the army",
  describe: describeThresholds,
  render(container, data) {
    const { params, thresholds } = data;
    const a = params.offer.attractiveness;
    const bins = thresholdBins(thresholds, params.size, HISTOGRAM_BINS);
    const frame = createFrame(container, runChartSpec(thresholdHistogram, data), {
      legend: [
        { label: "base thresholds", colour: OKABE_ITO.skyBlue, mark: "rect" },
        { label: `lowered by the offer (−${formatThreshold(a)})`, colour: COLOURS.offer, mark: "dashed" },
      ],
    });
    const { plot, width, height, tooltip } = frame;
    const x = scaleLinear().domain([Math.min(0, -a), 1]).range([0, width]);
    let top = 1;
    for (const c of bins.counts) top = Math.max(top, c);
    const y = scaleLinear().domain([0, top]).nice().range([height, 0]);

    drawYAxis(plot, y, width, "soldiers per bin", formatCount, integerTicks(y, tickCount(height, 50)));
    drawXAxis(plot, x, height, "threshold (share of observed soldiers defected)", formatThreshold, x.ticks(tickCount(width)));

    const w = bins.width;
    const gap = x(w) - x(0) > 4 ? 1 : 0;
    let bars = "";
    bins.counts.forEach((c, k) => {
      if (c === 0) return;
      bars += `M${x(k * w) + gap / 2},${y(0)}H${x((k + 1) * w) - gap / 2}V${y(c)}H${x(k * w) + gap / 2}Z`;
    });
    plot.append("path").attr("class", "series-bars").attr("data-points", bins.counts.length).attr("d", bars).attr("fill", OKABE_ITO.skyBlue);

    if (a > 0) {
      plot
        .append("path")
        .attr("class", "shifted-outline")
        .attr("d", stepOutline(bins.counts, w, -a, x, y))
        .attr("fill", "none")
        .attr("stroke", COLOURS.offer)
        .attr("stroke-width", 1.5)
        .attr("stroke-dasharray", "4 3");
      const marker = plot.append("g").attr("class", "offer-shift").attr("transform", `translate(${x(a)},0)`);
      marker.append("title").text(`Offer attractiveness ${formatThreshold(a)}: soldiers with a threshold at or below it are willing once the offer is open, before anyone else defects`);
      marker.append("line").attr("y1", 0).attr("y2", height).attr("stroke", COLOURS.offer).attr("stroke-width", 2);
      marker
        .append("text")
        .attr("x", 4)
        .attr("y", 2)
        .attr("dy", "0.8em")
        .attr("font-size", 11)
        .attr("fill", COLOURS.text)
        .attr("stroke", COLOURS.background)
        .attr("stroke-width", 3)
        .attr("paint-order", "stroke")
        .text(`offer −${formatThreshold(a)}`);
      // Zero is where a threshold needs no one else: mark it when the axis extends below it.
      plot.append("line").attr("class", "zero-rule").attr("x1", x(0)).attr("x2", x(0)).attr("y1", 0).attr("y2", height).attr("stroke", COLOURS.diagonal).attr("stroke-width", 1);
    }

    const n = bins.total;
    hoverOverlay(frame)
      .on("pointermove pointerdown", (event: PointerEvent) => {
        const [px, py] = pointer(event);
        const v = x.invert(px);
        const k = Math.floor(v / w);
        if (k < 0 || k >= bins.counts.length) {
          tooltip.show([`Threshold ${formatThreshold(v)}`, `Below 0 only after the offer: ${formatCount(countAtMost(thresholds, params.size, a))} soldiers have t ≤ ${formatThreshold(a)}`], frame.left + px, frame.top + py);
          return;
        }
        const c = bins.counts[k];
        const range = `${formatThreshold(k * w)}–${formatThreshold((k + 1) * w)}`;
        tooltip.show(
          [`Threshold ${range}`, `${formatCount(c)} soldiers (${formatShare(n > 0 ? c / n : 0)} of ${formatCount(n)})`, `With the offer open: ${formatThreshold(k * w - a)}–${formatThreshold((k + 1) * w - a)}`],
          frame.left + px,
          frame.top + py,
        );
      })
      .on("pointerleave", () => tooltip.hide());
  },
};
