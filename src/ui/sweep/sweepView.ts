/**
 * The "Sweep" view: a grid over one or two of the lab's parameters, each cell an ensemble of the
 * current scenario with seeds S, S+1, ... (as `defection sweep`), run on a pool of workers with
 * progress and cancel (finished cells are kept), drawn as the cells come in: a line chart with the
 * cascade probability's band for one parameter, a phase diagram for two, whose cells open as
 * variants in the comparison view. Exports the grid as the command line's CSV and the chart as
 * SVG and PNG. This file wires the parts: the form (sweepForm.ts), what it does
 * (sweepController.ts), the chart (sweepFigure.ts) and the tipping-point panel below it.
 */
import { scenarioFromObject, type ScenarioFile } from "../../scenario/index";
import type { AppStore } from "../state/appState";
import { download, downloadText } from "../download";
import { exportFileStem } from "../exportFileStem";
import { bindChartDownloads } from "../charts/exportChart";
import type { WorkerPool } from "../workers/workerPool";
import { cellScenario } from "../../batch/sweepTasks";
import type { SweepCell } from "../charts/sweep/sweepCell";
import { sweepForm } from "./sweepForm";
import { runStatusBar } from "./runStatusBar";
import { sweepFigure } from "./sweepFigure";
import { sweepController } from "./sweepController";
import { cellVariantName } from "./cellVariantName";
import { showSweepVerdict } from "../words/sweepWords";
import { tippingPanel } from "./tippingPanel";
import { appendElement as el } from "../appendElement";
import { redrawThrottle } from "../redrawThrottle";
import { announce, exposeHooks, mark } from "../testHooks";

export interface SweepViewOptions {
  /** The page's state: the view keeps the sweep's and the tipping point's settings in it. */
  store: AppStore;
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

export interface SweepView {
  /** The view came on screen: refresh the form for the lab's scenario and draw what is pending. */
  shown(): void;
  /** Sets up a one-parameter sweep of `path` over from..to (5 steps) and runs it (the pool allowing). */
  open(path: string, from: number, to: number, log: boolean): void;
}

export function sweepView(root: HTMLElement, options: SweepViewOptions): SweepView {
  root.replaceChildren();
  const intro = el(root, "div", { class: "compare-intro sweep-intro" });
  el(intro, "h2", {}, "Sweep");
  el(intro, "p", {}, "Run the current settings over a grid of one or two parameters. Every cell is an ensemble; run r of every cell uses seed S + r, so neighbouring cells differ only by their parameters. Click a cell (a point, or a square of the phase diagram) to compare it as a variant.");
  const form = sweepForm(root, options.store);
  const bar = runStatusBar(root, { idPrefix: "sweep", runLabel: "Run sweep", progressLabel: "Sweep progress", noun: "cell", run: () => void controller.run(), cancel: () => controller.cancel() });
  const { progress, messages } = bar;
  const figure = sweepFigure(root);
  const tipping = tippingPanel(root, options.store, { current: () => options.current().scenario, showAt: (path, value, notice) => options.showTippingPoint(path, value, notice) });

  const redraw = redrawThrottle(() => draw());
  const controller = sweepController({
    pool: options.pool,
    form,
    messages,
    progress,
    current: options.current,
    render,
    requestDraw: () => redraw.request(),
    flushDraw: () => redraw.flush(),
    clearDraw: () => {
      figure.clear();
      document.getElementById("sweep-verdict")?.setAttribute("hidden", "");
    },
  });
  const fileStem = () => exportFileStem(controller.sweep?.spec, "sweep");

  function render(): void {
    bar.setRunning(controller.running());
    const done = controller.sweep ? controller.sweep.results.cellsDone : 0;
    figure.csvButton.disabled = figure.svgButton.disabled = figure.pngButton.disabled = done === 0;
  }

  /** Draws what is done so far (through `redraw`, which throttles it while running). */
  function draw(): void {
    render();
    const sweep = controller.sweep;
    if (!sweep || !options.visible()) return;
    const cells = sweep.results.cells();
    figure.draw(sweep, cells, pick);
    showSweepVerdict(figure.body.parentElement!, sweep.spec.axes.map((axis) => axis.path), cells, sweep.spec.cells);
    mark("sweepCells", cells.length);
    announce("sweep:drawn", { cells: cells.length });
  }

  function pick(cell: SweepCell): void {
    const sweep = controller.sweep;
    if (!sweep) return;
    try {
      const scenario = scenarioFromObject(cellScenario(sweep.spec, cell.index));
      options.addVariant(scenario, cellVariantName(sweep.spec.axes, cell.values));
    } catch (error) {
      messages.show("error", "This cell could not be added as a variant:", [(error as Error).message]);
    }
  }

  figure.csvButton.addEventListener("click", () => controller.sweep && downloadText(controller.sweep.results.gridCsv(), `${fileStem()}-grid.csv`, "text/csv"));
  bindChartDownloads(figure, fileStem, () => controller.sweep !== null, messages, download);
  mark("sweepState", "idle");
  render();

  exposeHooks("defectionSweep", {
    input: () => controller.sweep?.input ?? null,
    setPoolSize: (size: number) => options.pool.setSize(size),
  });

  function shown(): void {
    const { scenario } = options.current();
    if (scenario) {
      // undefined only before the lab's first scenario is adopted
      form.show(scenario);
      tipping.show(scenario);
    }
    if (controller.sweep) redraw.request(true);
  }

  return {
    shown,
    open(path, from, to, log) {
      options.store.set({ sweep: { "path-0": path, "scale-0": log ? "log" : "linear", "from-0": String(from), "to-0": String(to), "steps-0": "5", "path-1": "" } });
      shown();
      void controller.run();
    },
  };
}
