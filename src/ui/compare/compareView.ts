/**
 * The "Compare variants" view: pin the lab's current settings (or a shipped or loaded scenario) as
 * named, colour-coded variants, run an ensemble of every variant on a pool of workers with common
 * random numbers, and read the answer as bands, distributions, intervals and a table, drawn while
 * the runs come in. Exports the runs as the command line's CSVs and the comparison as a file the
 * command line runs. This file wires the parts: the DOM (compareForm.ts), what it does
 * (compareController.ts), how it is filled in (compareRender.ts) and its files
 * (compareFiles.ts); the comparison lives in the
 * page's store, which src/ui/state/persistState.ts puts in the address.
 */
import type { ScenarioFile } from "../../scenario/index";
import type { Comparison, PosteriorDraws } from "../../ensemble/comparisonFile";
import type { Override } from "../state/labState";
import type { AppStore } from "../state/appState";
import type { ComparisonLinkStatus } from "../state/persistState";
import { SHIPPED } from "../shippedScenarios";
import { messageArea } from "../messageArea";
import { exportFileStem } from "../exportFileStem";
import { addVariant, moveVariant, removeVariant, renameVariant, setBaseline, setVariantHidden, setVariantColour } from "./comparisonState";
import { variantName } from "./variantName";
import { ensembleView } from "./ensembleView";
import type { WorkerPool } from "../workers/workerPool";
import { variantList } from "./variantList";
import { renderStatisticsTable } from "./statisticsTable";
import { showComparisonVerdicts } from "../words/comparisonWords";
import { ensembleProgress } from "./ensembleProgress";
import { ensembleChartsPanel } from "./ensembleChartsPanel";
import { wireCompareFiles } from "./compareFiles";
import { redrawThrottle } from "../redrawThrottle";
import { compareForm } from "./compareForm";
import { compareController } from "./compareController";
import { renderCompareForm, renderLinkStatus } from "./compareRender";
import { announce, exposeHooks, mark } from "../testHooks";

/** What pinning takes from the lab: its current (valid) scenario, its label and what was changed. */
export interface LabSettings {
  scenario: ScenarioFile;
  label: string;
  overrides: ReadonlyMap<string, Override>;
}

export interface CompareViewOptions {
  /** The page's state; the view reads and sets its `comparison`. */
  store: AppStore;
  current(): LabSettings;
  /** Whether the view is on screen (charts are drawn only then). */
  visible(): boolean;
  /** The number of variants changed (for the tab's label). */
  onCount(count: number): void;
  /** The page's pool of workers, shared with the sweep view. */
  pool: WorkerPool;
}

export interface CompareView {
  /** Pins the lab's current settings as a new variant. */
  pin(): void;
  /** The view came on screen: draw what is pending. */
  shown(): void;
  /** Adds `scenario` as a variant named `name` (made unique), e.g. a sweep's cell. */
  add(scenario: ScenarioFile, name: string): void;
  /**
   * Replaces the comparison with `comparison` (from the address or this browser) and offers to run
   * it: opening a link never starts a long run by itself.
   */
  offer(comparison: Comparison, how: string): void;
  /** The address held a comparison that is not valid: says why. */
  rejected(problems: string[]): void;
  /** Says what the address holds of the comparison. */
  showLink(status: ComparisonLinkStatus): void;
  /**
   * Runs the comparison over posterior draws (the calibration's "Use the posterior"): the current
   * variants, or the lab's settings when there are none, each run taking a draw; offered, not run.
   */
  usePosterior(posterior: PosteriorDraws): void;
}

export function compareView(root: HTMLElement, options: CompareViewOptions): CompareView {
  const { store, pool } = options;
  const comparison = () => store.get().comparison;
  const update = (next: Comparison) => store.set({ comparison: next });
  const form = compareForm(
    root,
    (runs) => update({ ...comparison(), runs }),
    (masterSeed) => update({ ...comparison(), masterSeed }),
  );
  const messages = messageArea(form.messagesRoot);
  const progress = ensembleProgress(form.bar, form.statusText);
  const charts = ensembleChartsPanel(form.chartsRoot, () => fileStem());
  const fileStem = () => exportFileStem(comparison(), "comparison");
  let drawCount = 0;

  const list = variantList(form.listRoot, {
    rename: (index, name) => {
      try {
        update(renameVariant(comparison(), index, name));
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    },
    setHidden: (index, hidden) => update(setVariantHidden(comparison(), index, hidden)),
    setColour: (index, colour) => update(setVariantColour(comparison(), index, colour)),
    setBaseline: (index) => update(setBaseline(comparison(), index)),
    move: (index, delta) => {
      update(moveVariant(comparison(), index, delta));
      list.focus(Math.max(0, Math.min(comparison().variants.length - 1, index + delta)), delta < 0 ? "up" : "down");
    },
    remove: (index) => {
      update(removeVariant(comparison(), index));
      if (comparison().variants.length) list.focus(Math.min(index, comparison().variants.length - 1), "remove");
      else form.pinButton.focus();
    },
  });

  function render(): void {
    list.render(comparison());
    const shown = controller.ensemble;
    renderCompareForm(form, comparison(), {
      running: controller.running(),
      unfinished: controller.unfinished(),
      done: shown ? shown.results.completeRuns : 0,
      hasSeries: Boolean(shown?.results.series),
      shown: shown !== null,
    });
  }

  /** Draws what is done so far (through `redraw`, which throttles it while running). */
  function draw(): void {
    const shown = controller.ensemble;
    if (!shown) return;
    const k = shown.results.completeRuns;
    if (k > 0) {
      const view = ensembleView(shown.results, comparison());
      renderStatisticsTable(form.table, view);
      showComparisonVerdicts(form.table, view, comparison());
      if (options.visible()) charts.render(view, { showRuns: form.showRuns.checked });
    }
    render();
    mark("compareRuns", k);
    mark("compareDrawn", ++drawCount);
    announce("compare:drawn", { runs: k });
  }
  const redraw = redrawThrottle(() => draw());

  const controller = compareController({
    store,
    pool,
    messages,
    progress,
    render,
    requestDraw: (now) => redraw.request(now),
    flushDraw: () => redraw.flush(),
    clearDraw: () => {
      charts.clear();
      form.table.replaceChildren();
      document.getElementById("compare-verdicts")?.replaceChildren();
    },
    onCount: options.onCount,
  });

  form.pinButton.addEventListener("click", () => view.pin());
  form.addShipped.addEventListener("click", () => controller.add(SHIPPED.get(form.shipped.value)!, form.shipped.value));
  wireCompareFiles({ form, controller, messages, comparison, fileStem });
  form.name.addEventListener("change", () => update({ ...comparison(), name: form.name.value.trim().slice(0, 200) || "comparison" }));
  form.crn.addEventListener("change", () => update({ ...comparison(), commonRandomNumbers: form.crn.checked }));
  form.showRuns.addEventListener("change", () => redraw.request(true));
  form.runButton.addEventListener("click", () => void controller.run());
  form.dropPosterior.addEventListener("click", () => {
    const { posterior: _, ...rest } = comparison();
    update(rest);
  });
  form.cancelButton.addEventListener("click", () => controller.cancel());
  form.continueButton.addEventListener("click", () => void controller.run(true));

  const view: CompareView = {
    pin() {
      const { scenario, label, overrides } = options.current();
      controller.add(scenario, variantName(label, overrides));
    },
    shown() {
      if (controller.ensemble) redraw.request(true);
    },
    add: (scenario, name) => controller.add(scenario, name),
    offer: (loaded, how) => controller.load(loaded, how, "offer"),
    rejected(problems) {
      messages.show("error", "The address holds a comparison that is not valid, so it was not loaded:", problems);
    },
    usePosterior(posterior) {
      let next = comparison();
      if (next.variants.length === 0) {
        const { scenario, label, overrides } = options.current();
        next = { ...addVariant(next, { name: variantName(label, overrides), hidden: false, scenario }), masterSeed: scenario.parameters.seed };
      }
      controller.load({ ...next, posterior }, "Comparison over the posterior", "offer");
    },
    showLink(status) {
      renderLinkStatus(form.permalink, status);
      mark("comparisonLink", status.kind === "none" ? 0 : status.length);
    },
  };

  mark("compareState", "idle");
  render();
  exposeHooks("defectionCompare", {
    setPoolSize: (size: number) => pool.setSize(size),
    failWorkers: () => pool.failWorkers(),
    poolSize: () => pool.poolSize,
  });
  return view;
}
