/**
 * Kuran's bandwagon diagram (Kuran 1991; Granovetter 1978): F(x), the share of soldiers willing to
 * defect when a share x has, against the 45-degree line. Where F is above the line the defections
 * grow; where it meets the line they stop. The run's own path is drawn over it as a cobweb, so the
 * reader sees how far the mechanisms the diagram leaves out hold the run below the curve.
 */
import { curveStepAfter, line, pointer, scaleLinear } from "d3";
import { runChartSpec, shownDay, type Chart, type ChartData } from "./chartData";
import { drawXAxis, drawYAxis } from "./axes";
import { bandwagonModel, cobwebPath, type EquilibriumMark } from "./bandwagonModel";
import { formatCount, formatShare, formatShareTick, formatThreshold } from "./format";
import { containerWidth, createFrame, hoverOverlay } from "./frame";
import { COLOURS } from "./palette";

export function bandwagonSubtitle(data: ChartData): string {
  return (
    `F(x): share of the initial army (${formatCount(Math.min(data.params.size, data.thresholds.length))}) whose base threshold minus the offer's attractiveness (${formatThreshold(data.params.offer.attractiveness)}) is at most x. ` +
    `Assumes the offer is open and everyone is aware, watches the army-wide share and can defect at once; urgency, setbacks, deterrence, reprisals and mobilisation are left out. The grey steps are the run itself, with all of them.`
  );
}

function describeMark(m: EquilibriumMark): string {
  const where = m.members > 1 ? `${formatShare(m.share)}–${formatShare(m.last)} (${m.members} equilibria)` : formatShare(m.share);
  return `${m.stable ? "Stable" : "Unstable"} equilibrium at ${where}`;
}

/** "no tipping point", "a tipping point at 20.0%", "tipping points at 20.0%, 40.0% and 60.0%". */
export function sharesPhrase(shares: readonly string[], one: string, many: string): string {
  if (shares.length === 0) return `no ${one}`;
  if (shares.length === 1) return `a ${one} at ${shares[0]}`;
  return `${many} at ${shares.slice(0, -1).join(", ")} and ${shares.at(-1)}`;
}

export function describeBandwagon(data: ChartData): string {
  const model = bandwagonModel(data);
  const stable = model.equilibria.filter((m) => m.stable).map((m) => formatShare(m.share));
  const unstable = model.equilibria.filter((m) => !m.stable).map((m) => formatShare(m.share));
  return (
    `Bandwagon curve of the thresholds the offer leaves: ${sharesPhrase(stable, "stable equilibrium", "stable equilibria")}; ${sharesPhrase(unstable, "tipping point", "tipping points")}. ` +
    `From the day-0 share the global dynamic would settle at ${formatShare(model.settles)}; the run ended at ${formatShare(model.finalShare)}.`
  );
}

const MAX_SIDE = 440;
/** Steps of the run's path shorter than this many device pixels are drawn with the next (cobwebPath). */
const COBWEB_STEP = 0.25;
const ASIDE_MIN = 280;

export const bandwagonChart: Chart = {
  id: "bandwagon",
  title: "Bandwagon diagram",
  describe: describeBandwagon,
  render(container, data) {
    const model = bandwagonModel(data);
    const left = 56;
    const outer = containerWidth(container);
    const side = Math.max(120, Math.min(MAX_SIDE, outer - left - 16));
    // On a wide screen the explanation goes beside the square plot rather than above it.
    const aside = outer - (left + side + 32) >= ASIDE_MIN ? left + side + 32 : undefined;
    const frame = createFrame(container, runChartSpec(bandwagonChart, data), {
      margin: { left, right: Math.max(16, outer - left - side) },
      height: side,
      aside,
      subtitle: bandwagonSubtitle(data),
      legend: [
        { label: "F(x), willing", colour: COLOURS.curve, mark: "line" },
        { label: "45° line", colour: COLOURS.diagonal, mark: "dashed" },
        { label: "stable", colour: COLOURS.text, mark: "dot" },
        { label: "tipping point", colour: COLOURS.text, mark: "ring" },
        { label: "run, day by day", colour: "#888888", mark: "thin" },
        { label: "end of run", colour: COLOURS.caught, mark: "dot" },
      ],
    });
    const { plot, width, height, tooltip } = frame;
    const x = scaleLinear().domain([0, 1]).range([0, width]);
    const y = scaleLinear().domain([0, 1]).range([height, 0]);
    drawYAxis(plot, y, width, "willing to defect, F(x)", formatShareTick, [0, 0.2, 0.4, 0.6, 0.8, 1]);
    drawXAxis(plot, x, height, "defected share x", formatShareTick, [0, 0.2, 0.4, 0.6, 0.8, 1]);

    plot.append("line").attr("class", "diagonal").attr("x1", x(0)).attr("y1", y(0)).attr("x2", x(1)).attr("y2", y(1)).attr("stroke", COLOURS.diagonal).attr("stroke-dasharray", "5 4");
    const bw = model.bandwagon;
    const samples = bw.curve(Math.min(1001, Math.max(101, Math.round(width * 2))));
    plot
      .append("path")
      .attr("class", "series-line bandwagon-curve")
      .attr("data-points", samples.length)
      .attr("d", line<{ x: number; y: number }>().x((p) => x(p.x)).y((p) => y(p.y)).curve(curveStepAfter)(samples))
      .attr("fill", "none")
      .attr("stroke", COLOURS.curve)
      .attr("stroke-width", 2.5);
    // The run's path up to the player's day (all of it without one).
    const day = shownDay(data);
    const days = model.shares.length - 1;
    plot.append("path").attr("class", "cobweb").attr("data-day", day < days ? day : null).attr("d", cobwebPath(model.shares.subarray(0, day + 1), x, y, COBWEB_STEP / Math.max(1, globalThis.devicePixelRatio || 1))).attr("fill", "none").attr("stroke", "#888888").attr("stroke-width", 1.25);

    const focus = plot.append("circle").attr("r", 4).attr("fill", COLOURS.curve).attr("pointer-events", "none").style("display", "none");
    hoverOverlay(frame)
      .on("pointermove pointerdown", (event: PointerEvent) => {
        const [px, py] = pointer(event);
        const v = Math.max(0, Math.min(1, x.invert(px)));
        const f = bw.share(v);
        focus.style("display", null).attr("cx", x(v)).attr("cy", y(f));
        tooltip.show([`Defected share x = ${formatShare(v)}`, `Willing F(x) = ${formatShare(f)}`, f > v ? "Above the line: defections grow" : f < v ? "Below the line: defections stop" : "On the line: an equilibrium"], frame.left + px, frame.top + py);
      })
      .on("pointerleave", () => {
        focus.style("display", "none");
        tooltip.hide();
      });

    const marks = plot.append("g").attr("class", "equilibria");
    for (const m of model.equilibria) {
      marks
        .append("circle")
        .attr("class", m.stable ? "equilibrium stable" : "equilibrium unstable")
        .attr("cx", x(m.share))
        .attr("cy", y(m.share))
        .attr("r", 6)
        .attr("fill", m.stable ? COLOURS.text : COLOURS.background)
        .attr("stroke", COLOURS.text)
        .attr("stroke-width", 2)
        .on("pointerenter pointerdown", (event: PointerEvent) => {
          const [px, py] = pointer(event, plot.node());
          tooltip.show([describeMark(m), m.share === model.settles ? "The global dynamic from day 0 stops here" : "F meets the 45° line"], frame.left + px, frame.top + py);
        })
        .on("pointerleave", () => tooltip.hide())
        .append("title")
        .text(describeMark(m));
    }
    const end = day < days ? model.shares[day] : model.finalShare;
    plot
      .append("circle")
      .attr("class", "run-state")
      .attr("cx", x(end))
      .attr("cy", y(end))
      .attr("r", 6.5)
      .attr("fill", COLOURS.caught)
      .attr("stroke", COLOURS.background)
      .attr("stroke-width", 1.5)
      .on("pointerenter pointerdown", (event: PointerEvent) => {
        const [px, py] = pointer(event, plot.node());
        tooltip.show([day < days ? `Day ${day}` : `End of run, day ${days}`, `Defected share ${formatShare(end)}`, `F there: ${formatShare(bw.share(end))}`], frame.left + px, frame.top + py);
      })
      .on("pointerleave", () => tooltip.hide())
      .append("title")
      .text(day < days ? `Day ${day}: ${formatShare(end)} defected` : `End of run (day ${days}): ${formatShare(end)} defected`);
  },
};
