/**
 * The "Sweep" view: a grid over one or two of the lab's parameters, each cell an ensemble of the
 * current scenario with seeds S, S+1, ... (as `defection sweep`), run on a pool of workers with
 * progress and cancel (finished cells are kept), drawn as the cells come in: a line chart with the
 * cascade probability's band for one parameter, a phase diagram for two, whose cells open as
 * variants in the comparison view. Exports the grid as the command line's CSV and the chart as
 * SVG and PNG.
 */
import { parameterAt, scenarioFromObject, type ScenarioFile } from "../../scenario/index";
import type { SweepSpec } from "../../sweep/sweepSpec";
import { messageArea } from "../messageArea";
import { download, downloadText } from "../download";
import { chartToPng, chartToSvg } from "../charts/exportChart";
import { renderSweepHeatmap } from "../charts/sweep/sweepHeatmap";
import { renderSweepLineChart } from "../charts/sweep/sweepLineChart";
import type { WorkerPool } from "../compare/workerPool";
import { sweepForm, type AxisScale } from "./sweepForm";
import { SweepResults, type SweepCell } from "./sweepResults";
import { cellScenario, sweepTasks } from "../../batch/sweepTasks";
import { sweepProgress } from "./sweepProgress";
import { cellVariantName } from "./cellVariantName";
import { tippingPanel } from "./tippingPanel";
import { appendElement as el } from "../appendElement";
import { redrawThrottle } from "../redrawThrottle";

export interface SweepViewOptions {
  /** The lab's current (valid) scenario and its label. */
  current(): { scenario: ScenarioFile; label: string };
  /** Whether the view is on screen (the chart is drawn only then). */
  visible(): boolean;
  /** Adds a cell's scenario as a variant of the comparison (and shows it). */
  addVariant(scenario: ScenarioFile, name: string): void;
  /** Sets `path` to the tipping point `value` in the lab and shows that run, with `notice`. */
  showTippingPoint(path: string, value: number, notice: string): void;
  /** The page's pool of workers, shared with the comparison view. */
  pool: WorkerPool;
}

const POOL_USER = "sweep";

export interface SweepView {
  /** The view came on screen: refresh the form for the lab's scenario and draw what is pending. */
  shown(): void;
}


export function sweepView(root: HTMLElement, options: SweepViewOptions): SweepView {
  root.replaceChildren();
  const intro = el(root, "div", { class: "compare-intro sweep-intro" });
  el(intro, "h2", {}, "Sweep");
  el(intro, "p", {}, "Run the current settings over a grid of one or two parameters. Every cell is an ensemble; run r of every cell uses seed S + r, so neighbouring cells differ only by their parameters. Click a cell (a point, or a square of the phase diagram) to compare it as a variant.");
  const form = sweepForm(root);
  const status = el(root, "div", { class: "run-status sweep-status" });
  const runButton = el(status, "button", { type: "button", id: "sweep-run", class: "primary" }, "Run sweep");
  const cancelButton = el(status, "button", { type: "button", id: "sweep-cancel" }, "Cancel");
  const bar = el(status, "progress", { "aria-label": "Sweep progress", max: "1" });
  const statusText = el(status, "span", { class: "status-text", role: "status", id: "sweep-status" }, "");
  const progress = sweepProgress(bar, statusText);
  const messages = messageArea(el(root, "div", { id: "sweep-messages", "aria-live": "polite" }));

  const figure = el(root, "section", { class: "chart sweep-chart", id: "sweep-chart", "aria-labelledby": "sweep-chart-title" });
  const title = el(figure, "h3", { id: "sweep-chart-title" }, "Sweep");
  const body = el(figure, "div", { class: "chart-body", id: "sweep-chart-body" });
  const alt = el(figure, "p", { class: "chart-alt", id: "sweep-chart-alt" });
  const exports = el(figure, "div", { class: "chart-exports" });
  const csvButton = el(exports, "button", { type: "button", id: "sweep-download-csv" }, "Grid CSV");
  const svgButton = el(exports, "button", { type: "button", id: "sweep-download-svg", "aria-label": "SVG: sweep chart" }, "SVG");
  const pngButton = el(exports, "button", { type: "button", id: "sweep-download-png", "aria-label": "PNG: sweep chart" }, "PNG");
  figure.hidden = true;
  const tipping = tippingPanel(root, { current: () => options.current().scenario, showAt: (path, value, notice) => options.showTippingPoint(path, value, notice) });

  const pool = options.pool;
  /** Whether the shared pool runs this view's sweep (the comparison may be running on it instead). */
  const ours = () => pool.runningFor === POOL_USER;
  let sweep: { spec: SweepSpec; input: object; scales: AxisScale[]; results: SweepResults; labels: string[] } | null = null;
  const redraw = redrawThrottle(() => draw());
  const setState = (state: "idle" | "running" | "done" | "cancelled" | "failed") => (document.body.dataset.sweepState = state);
  setState("idle");

  const fileStem = () => (sweep ? `${sweep.spec.name.replace(/[^\w.-]+/g, "_").slice(0, 80) || "sweep"}-seed${sweep.spec.masterSeed}` : "sweep");
  const axisLabel = (path: string) => {
    const parameter = parameterAt(path)!;
    return /\.\d+\./.test(path) ? `${parameter.label} (${path})` : parameter.label;
  };

  function render(): void {
    const running = ours();
    runButton.disabled = running;
    cancelButton.disabled = !running;
    const done = sweep ? sweep.results.cellsDone : 0;
    csvButton.disabled = svgButton.disabled = pngButton.disabled = done === 0;
  }

  /** Draws what is done so far (through `redraw`, which throttles it while running). */
  function draw(): void {
    render();
    if (!sweep || !options.visible()) return;
    const { spec, scales, results, labels } = sweep;
    const cells = results.cells();
    figure.hidden = false;
    title.textContent = spec.axes.length === 2 ? `Phase diagram: probability of a cascade (${spec.name})` : `Cascade probability and final share (${spec.name})`;
    if (spec.axes.length === 2)
      renderSweepHeatmap(body, { title: title.textContent, axes: spec.axes.map((a, k) => ({ values: a.values, label: labels[k] })), cells, runs: spec.runs, onPick: (cell) => pick(cell) });
    else renderSweepLineChart(body, { title: title.textContent, axis: { values: spec.axes[0].values, label: labels[0], log: scales[0] === "log" }, cells, runs: spec.runs, onPick: (cell) => pick(cell) });
    alt.textContent = summary(spec, cells, labels);
    document.body.dataset.sweepCells = String(cells.length);
    document.dispatchEvent(new CustomEvent("sweep:drawn", { detail: { cells: cells.length } }));
  }

  function pick(cell: SweepCell): void {
    if (!sweep) return;
    try {
      const scenario = scenarioFromObject(cellScenario(sweep.spec, cell.index));
      options.addVariant(scenario, cellVariantName(sweep.spec.axes, cell.values));
    } catch (error) {
      messages.show("error", "This cell could not be added as a variant:", [(error as Error).message]);
    }
  }

  async function runSweep(): Promise<void> {
    if (ours()) return;
    messages.clear();
    if (pool.busy) {
      messages.show("notice", "The workers are running the comparison's ensemble: cancel it in the Compare tab, or run the sweep when it is done.");
      return;
    }
    const { scenario, label } = options.current();
    form.show(scenario);
    const read = form.read(scenario, `${label} sweep`);
    if (!read) {
      progress.finished("Not run: fix the sweep's settings above.");
      return;
    }
    const { spec, input, scales } = read;
    const results = new SweepResults(spec);
    sweep = { spec, input, scales, results, labels: spec.axes.map((a) => axisLabel(a.path)) };
    body.replaceChildren();
    const tasks = sweepTasks(spec);
    const scenarios = Array.from({ length: spec.cells }, (_, c) => cellScenario(spec, c));
    const workers = Math.min(pool.poolSize, tasks.length);
    progress.started(spec.cells, spec.runs, workers);
    setState("running");
    const started = performance.now();
    let runsDone = 0;
    const outcome = pool.run(scenarios, tasks, (batch, runs) => {
      if (sweep?.results !== results) return;
      let completed = false;
      batch.forEach((task, k) => (completed = results.add(task.variant, task.run, runs[k].summary) || completed));
      runsDone += batch.length;
      progress.update(results.cellsDone, runsDone);
      if (completed) redraw.request();
    }, POOL_USER);
    render();
    const result = await outcome;
    if (sweep?.results !== results) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    redraw.flush();
    const done = results.cellsDone;
    switch (result.kind) {
      case "done":
        progress.finished(`${spec.cells.toLocaleString("en-US")} cells × ${spec.runs} runs in ${seconds} s on ${pool.workersUsed} worker${pool.workersUsed === 1 ? "" : "s"}.${pool.memoryNotice}`);
        setState("done");
        break;
      case "cancelled":
        progress.finished(`Cancelled after ${seconds} s: ${done} of ${spec.cells} cells done; the chart and the grid CSV hold those.`);
        setState("cancelled");
        break;
      case "failed":
        progress.finished(`The sweep failed after ${done} of ${spec.cells} cells.`);
        messages.show("error", "The sweep stopped with an error; the finished cells are kept.", [result.error.message]);
        setState("failed");
        break;
    }
  }

  runButton.addEventListener("click", () => void runSweep());
  cancelButton.addEventListener("click", () => {
    if (ours()) pool.cancel();
  });
  csvButton.addEventListener("click", () => sweep && downloadText(sweep.results.gridCsv(), `${fileStem()}-grid.csv`, "text/csv"));
  svgButton.addEventListener("click", () => sweep && download(new Blob([chartToSvg(body)], { type: "image/svg+xml" }), `${fileStem()}.svg`));
  pngButton.addEventListener("click", async () => {
    if (!sweep) return;
    try {
      download(await chartToPng(body), `${fileStem()}.png`);
    } catch (error) {
      messages.show("error", (error as Error).message);
    }
  });
  render();

  /** Hooks for the browser tests: the sweep file's object of the last sweep, and the pool size. */
  Object.assign(window, {
    defectionSweep: {
      input: () => sweep?.input ?? null,
      setPoolSize: (size: number) => pool.setSize(size),
    },
  });

  return {
    shown() {
      const { scenario } = options.current();
      if (scenario) {
        // undefined only before the lab's first scenario is adopted
        form.show(scenario);
        tipping.show(scenario);
      }
      if (sweep) redraw.request(true);
    },
  };
}

function summary(spec: SweepSpec, cells: readonly SweepCell[], labels: string[]): string {
  if (cells.length === 0) return "No cells finished yet.";
  const likely = cells.filter((c) => (c.stats.cascadeProbability ?? 0) >= 0.5).length;
  return `${cells.length} of ${spec.cells} cells done over ${labels.join(" and ")}, ${spec.runs} runs each; a cascade is at least as likely as not in ${likely} of them.`;
}
