/**
 * The "Which levers matter" view: a global sensitivity analysis of the lab's current scenario, as
 * `defection sensitivity` runs it (Morris screening or Sobol indices over the ticked levers and
 * their ranges, each sample point an ensemble with seeds S, S + 1, ...), on the page's shared pool
 * of workers with progress, time left and cancel (finished points are kept, and whole trajectories
 * or base rows give indices). Draws the levers ranked with their intervals and a sentence naming
 * those that matter; a click on a lever opens its one-parameter sweep. Exports the indices and the
 * points as the command line's CSVs (byte for byte once every point is done), the spec, and the
 * chart as SVG and PNG. This file wires the parts: the form (sensitivityForm.ts), what it does
 * (sensitivityController.ts) and the figure (sensitivityFigure.ts).
 */
import type { ScenarioFile } from "../../scenario/index";
import { parameterAt } from "../../scenario/index";
import type { AppStore } from "../state/appState";
import { download, downloadText } from "../download";
import { exportFileStem } from "../exportFileStem";
import { bindChartDownloads } from "../charts/exportChart";
import type { WorkerPool } from "../workers/workerPool";
import { appendElement as el } from "../appendElement";
import { redrawThrottle } from "../redrawThrottle";
import { redrawOnWidthChange } from "../chartFigure";
import { announce, exposeHooks, mark } from "../testHooks";
import { runStatusBar } from "../sweep/runStatusBar";
import { sensitivityForm } from "./sensitivityForm";
import { sensitivityController } from "./sensitivityController";
import { sensitivityFigure } from "./sensitivityFigure";

export interface SensitivityViewOptions {
  store: AppStore;
  /** The lab's current (valid) scenario and its label. */
  current(): { scenario: ScenarioFile; label: string };
  /** Whether the view is on screen (the chart is drawn only then). */
  visible(): boolean;
  /** Opens the one-parameter sweep of `path` over the lever's range in the sweep view. */
  openSweep(path: string, from: number, to: number, log: boolean): void;
  /** The page's pool of workers, shared with the comparison and the sweep. */
  pool: WorkerPool;
}

export interface SensitivityView {
  /** The view came on screen: refresh the form for the lab's scenario and draw what is pending. */
  shown(): void;
}

export function sensitivityView(root: HTMLElement, options: SensitivityViewOptions): SensitivityView {
  root.replaceChildren();
  const intro = el(root, "div", { class: "compare-intro sweep-intro" });
  el(intro, "h2", {}, "Which levers matter");
  el(intro, "p", {}, "Vary many levers at once over their ranges and see which ones move the outcome. Morris screening ranks many levers cheaply; Sobol indices split the outcome's variance into each lever's own share and its share through interactions. Every sample point is an ensemble; run r of every point uses seed S + r. Click a lever to open its sweep.");
  const form = sensitivityForm(root, options.store);
  const bar = runStatusBar(root, { idPrefix: "levers", runLabel: "Run analysis", progressLabel: "Analysis progress", noun: "point", run: () => void controller.run(), cancel: () => controller.cancel() });
  const { progress, messages } = bar;
  const figure = sensitivityFigure(root, () => draw());

  const redraw = redrawThrottle(() => draw());
  // The bars fill the width: a phone turned, or a window resized, redraws them.
  redrawOnWidthChange(figure.body, () => controller.analysis && redraw.request(true));
  const controller = sensitivityController({
    pool: options.pool,
    form,
    messages,
    progress,
    current: options.current,
    render,
    requestDraw: () => redraw.request(),
    flushDraw: () => redraw.flush(),
    clearDraw: () => figure.clear(),
  });
  const fileStem = () => exportFileStem(controller.analysis?.spec, "levers");

  function render(): void {
    bar.setRunning(controller.running());
    const results = controller.analysis?.results;
    figure.pointsButton.disabled = figure.specButton.disabled = !results;
    const indices = results ? results.pointsDone > 0 && results.result().indicesText !== null : false;
    figure.indicesButton.disabled = figure.svgButton.disabled = figure.pngButton.disabled = !indices;
  }

  /** Draws what is done so far (through `redraw`, which throttles it while running). */
  function draw(): void {
    render();
    const analysis = controller.analysis;
    if (!analysis || !options.visible()) return;
    const { spec, results } = analysis;
    const result = results.result();
    const units = spec.method === "morris" ? "trajectories" : "base rows";
    const note = results.complete
      ? ""
      : result.analyses
        ? `From ${result.units} of ${result.totalUnits} ${units} (${analysis.outcome === "cancelled" ? "cancelled" : "so far"}):`
        : `${result.units} of ${result.totalUnits} ${units} complete: indices need at least 2.`;
    const labels = new Map(spec.inputs.map((i) => [i.path, leverLabel(i.path)]));
    figure.draw(spec, result.analyses, note, labels, pick);
    mark("leversPoints", results.pointsDone);
    announce("levers:drawn", { points: results.pointsDone });
  }

  function pick(path: string): void {
    const input = controller.analysis?.spec.inputs.find((i) => i.path === path);
    if (!input) return;
    if (controller.running()) {
      messages.show("notice", "The analysis is still running: cancel it, or open the lever's sweep when it is done.");
      return;
    }
    options.openSweep(path, input.low, input.high, input.scale === "log-uniform");
  }

  figure.indicesButton.addEventListener("click", () => {
    const text = controller.analysis?.results.result().indicesText;
    if (text) downloadText(text, `${fileStem()}.csv`, "text/csv");
  });
  figure.pointsButton.addEventListener("click", () => controller.analysis && downloadText(controller.analysis.results.pointsCsv(), `${fileStem()}-points.csv`, "text/csv"));
  figure.specButton.addEventListener("click", () => controller.analysis && downloadText(`${JSON.stringify(controller.analysis.input, null, 2)}\n`, `${fileStem()}.json`, "application/json"));
  bindChartDownloads(figure, fileStem, () => true, messages, download);
  mark("leversState", "idle");
  render();

  exposeHooks("defectionLevers", {
    input: () => controller.analysis?.input ?? null,
    setPoolSize: (size: number) => options.pool.setSize(size),
  });

  return {
    shown() {
      const { scenario } = options.current();
      if (scenario) form.show(scenario);
      if (controller.analysis) redraw.request(true);
    },
  };
}

/** A lever's label (with its path where the label alone is ambiguous, e.g. a window). */
function leverLabel(path: string): string {
  const parameter = parameterAt(path);
  if (!parameter) return path;
  return /\.\d+\./.test(path) ? `${parameter.label} (window ${+path.split(".")[2] + 1})` : parameter.label;
}
