/**
 * An ABC calibration's result on the page, in words and charts: each parameter's posterior median
 * and 95% credible interval against its prior (and whether the targets pin it down), the
 * trade-offs between parameters, each target against its posterior predictive band; the marginal
 * densities, the pairwise plots and the predictive band on the cascade curve with the targets; the
 * posterior and band as the command line's CSV files; and "Use the medians", rounded to what each
 * interval supports.
 */
import { parameterAt, type ScenarioFile } from "../../scenario/index";
import type { AbcOutcome } from "../../batch/abcJob";
import { posteriorCsv, predictiveBandCsv } from "../../output/posteriorCsv";
import { posteriorDraws } from "../../calibration/posteriorDraws";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";
import type { PosteriorDraws } from "../../ensemble/comparisonFile";
import { appendElement as el } from "../appendElement";
import { chartFigure, drawChart } from "../chartFigure";
import { downloadText } from "../download";
import { describeMarginal, renderMarginal } from "../charts/posterior/marginalChart";
import { describePair, renderPair } from "../charts/posterior/pairChart";
import { describeBand, renderBand } from "../charts/posterior/predictiveBandChart";
import { parameterName, roundToInterval, targetCalendarOf, targetWords } from "./calibrationWords";
import type { PageAbcJob } from "./calibrateForm";

const fmt = (x: number) => String(Number(x.toPrecision(3)));

export interface PosteriorActions {
  /** Sets values on the controls. */
  apply(values: [path: string, value: number][]): void;
  /** File names start with this. */
  fileStem(): string;
  /** Runs the comparison over these posterior draws. */
  usePosterior(posterior: PosteriorDraws): void;
}

/** Draws handed to the comparison: as many as its default runs, so each run has its own. */
const COMPARISON_DRAWS = BATCH_DEFAULTS.compare.runs;

/**
 * Writes the result into `box` (the panel) and its charts into `chartsRoot` (beside the run, where
 * they have room); returns a function that redraws the charts (for a new width).
 */
export function renderPosterior(box: HTMLElement, chartsRoot: HTMLElement, outcome: AbcOutcome, job: PageAbcJob, scenario: ScenarioFile, actions: PosteriorActions): () => void {
  box.replaceChildren();
  const { final, marginals, correlations, band, state } = outcome;
  const names = job.paths.map((path) => parameterName(path, scenario));
  el(box, "p", { class: "cal-abc-summary" }, `ABC-SMC: ${job.particles} particles × ${job.runs} runs, ${state.populations.length} generations, final tolerance ${final.tolerance === null ? "none (the priors)" : fmt(final.tolerance)} (stopped: ${state.stopped}), seed ${job.seed}.`);

  const rounded = marginals.map((m) => roundToInterval(m.median, m.low, m.high, parameterAt(m.path)?.integer ?? false));
  const list = el(box, "ul", { class: "cal-values cal-posterior" });
  marginals.forEach((m, d) => {
    const item = el(list, "li", { "data-path": m.path, "data-median": String(m.median), "data-low": String(m.low), "data-high": String(m.high), "data-identified": String(m.identified) });
    el(item, "strong", {}, `${names[d]}: ${rounded[d]}`);
    item.append(` (95% credible interval ${fmt(m.low)} to ${fmt(m.high)}; prior 95% ${fmt(m.priorLow)} to ${fmt(m.priorHigh)})`);
    if (!m.identified) el(item, "span", { class: "cal-unidentified" }, " not pinned down by the targets");
  });
  const tradeOffs: string[] = [];
  correlations.forEach((row, a) => row.forEach((r, b) => b > a && Math.abs(r) >= 0.5 && tradeOffs.push(`${names[a]} and ${names[b]} trade off (correlation ${fmt(r)}): the targets fix them together more than apart.`)));
  for (const line of tradeOffs) el(box, "p", { class: "cal-trade-off" }, line);

  const predicted = el(box, "ul", { class: "cal-predicted" });
  for (const p of band.targets) {
    const outside = p.target.high < p.low || p.target.low > p.high;
    const item = el(predicted, "li", { class: outside ? "outside" : "" }, `${targetWords(p.target, targetCalendarOf(scenario))}: predicted ${fmt(p.median)} (95% of posterior runs ${fmt(p.low)} to ${fmt(p.high)})`);
    if (outside) el(item, "strong", {}, " outside the band");
    if (!p.target.sdGiven) item.append(" (uncertainty not stated: default used)");
  }

  const buttons = el(box, "div", { class: "cal-actions" });
  const use = el(buttons, "button", { type: "button", id: "cal-use", "data-values": JSON.stringify(rounded) }, "Use the medians");
  use.addEventListener("click", () => actions.apply(job.paths.map((path, d) => [path, rounded[d]])));
  const usePosterior = el(buttons, "button", { type: "button", id: "cal-use-posterior", title: "Compare variants over posterior draws: each run takes its own draw of the fitted parameters" }, "Use the posterior");
  usePosterior.addEventListener("click", () =>
    actions.usePosterior({
      paths: [...job.paths],
      draws: posteriorDraws(final, COMPARISON_DRAWS, job.seed),
      note: `Draws from an ABC posterior (${job.particles} particles x ${job.runs} runs, ${state.populations.length} generations, seed ${job.seed}) fitted to ${job.targets.map((t) => targetWords(t, targetCalendarOf(scenario))).join("; ")}.`,
    }),
  );
  const csv = el(buttons, "button", { type: "button", id: "cal-posterior-csv" }, "Posterior CSV");
  csv.addEventListener("click", () => downloadText(posteriorCsv(final, job.paths), `${actions.fileStem()}-posterior.csv`, "text/csv"));
  const bandCsv = el(buttons, "button", { type: "button", id: "cal-band-csv" }, "Band CSV");
  bandCsv.addEventListener("click", () => downloadText(predictiveBandCsv(band), `${actions.fileStem()}-band.csv`, "text/csv"));

  el(box, "p", { class: "hint" }, "The posterior's charts are beside the run, above its own charts.");
  chartsRoot.replaceChildren();
  chartsRoot.hidden = false;
  const head = el(chartsRoot, "div", { class: "calibration-charts-head" });
  el(head, "h2", {}, "Calibration: the posterior");
  const close = el(head, "button", { type: "button", id: "cal-charts-close" }, "Hide");
  close.addEventListener("click", () => {
    chartsRoot.hidden = true;
    chartsRoot.replaceChildren();
  });
  const charts = el(chartsRoot, "div", { class: "cal-charts" });
  const draws: (() => void)[] = [];
  const figure = (id: string, title: string, render: (container: HTMLElement) => void, describe: () => string) => {
    const view = chartFigure(charts, { id, title }, actions.fileStem);
    const draw = () => drawChart(view, id, () => render(view.container), describe);
    draws.push(draw);
    draw();
  };
  figure("posterior-band", "Posterior predictive band and the targets", (c) => renderBand(c, band, "posterior-band", "Posterior predictive band"), () => describeBand(band));
  const weights = final.particles.map((p) => p.weight);
  marginals.forEach((m, d) => {
    const data = { label: names[d], prior: job.priors[d], values: final.particles.map((p) => p.values[d]), weights, summary: m };
    figure(`posterior-${d}`, `Posterior: ${names[d]}`, (c) => renderMarginal(c, data, `posterior-${d}`), () => describeMarginal(data));
  });
  for (let a = 0; a < job.paths.length; a++)
    for (let b = a + 1; b < job.paths.length; b++) {
      const data = {
        labels: [names[a], names[b]] as [string, string],
        priors: [job.priors[a], job.priors[b]] as [typeof job.priors[0], typeof job.priors[0]],
        points: final.particles.map((p) => ({ a: p.values[a], b: p.values[b], weight: p.weight })),
        correlation: correlations[a][b],
      };
      figure(`posterior-pair-${a}-${b}`, `Pair: ${names[a]} and ${names[b]}`, (c) => renderPair(c, data, `posterior-pair-${a}-${b}`), () => describePair(data));
    }
  return () => draws.forEach((draw) => draw());
}
