/**
 * The "Compare variants" view: pin the lab's current settings (or a shipped or loaded scenario) as
 * named, colour-coded variants, run an ensemble of every variant on a pool of workers with common
 * random numbers, and read the answer as bands, distributions, intervals and a table, drawn while
 * the runs come in. Exports the runs as the command line's CSVs and the comparison as a file the
 * command line runs; the comparison also travels in the address.
 */
import { uploadRefusal } from "../uploadLimit";
import { InputError, loadScenario, parameterAt, parseJson, type ScenarioFile } from "../../scenario/index";
import { MAX_ENSEMBLE_RUNS, MAX_VARIANTS, isComparisonObject, type Comparison } from "../../ensemble/comparisonFile";
import type { Override } from "../labState";
import { SHIPPED } from "../shippedScenarios";
import { messageArea, issueLines } from "../messageArea";
import { download, downloadText } from "../download";
import { EMPTY_COMPARISON, addVariant, moveVariant, numbersKey, removeVariant, reorderOfRuns, renameVariant, setBaseline, setVariantHidden,
  setVariantColour, uniqueName } from "./comparisonState";
import { variantName } from "./variantName";
import { ensembleTasks } from "./ensembleTasks";
import { EnsembleResults, MAX_SERIES_ROWS, seriesRowCount } from "./ensembleResults";
import { ensembleView } from "./ensembleView";
import type { WorkerPool } from "./workerPool";
import { variantList } from "./variantList";
import { renderStatisticsTable } from "./statisticsTable";
import { ensembleProgress } from "./ensembleProgress";
import { ensembleChartsPanel } from "./ensembleChartsPanel";
import { comparisonFileText, readComparisonText } from "./comparisonFileText";
import type { ComparisonLink } from "../savedLab";
import { MAX_ENCODED_COMPARISON, comparisonParam, decodeComparison, encodeComparison, withComparisonParam } from "./comparisonPermalink";
import { appendElement as el } from "../appendElement";
import { redrawThrottle } from "../redrawThrottle";

/** What pinning takes from the lab: its current (valid) scenario, its label and what was changed. */
export interface LabSettings {
  scenario: ScenarioFile;
  label: string;
  overrides: ReadonlyMap<string, Override>;
}

export interface CompareViewOptions {
  current(): LabSettings;
  /** Whether the view is on screen (charts are drawn only then). */
  visible(): boolean;
  /** The number of variants changed (for the tab's label). */
  onCount(count: number): void;
  /** The address was rewritten for the comparison: its link, its file text if too large for one, or null for none. */
  onLink?(link: ComparisonLink): void;
  /** A comparison to start with instead of the address's (restored from local storage, already validated). */
  initial?: Comparison | null;
  /** The page's pool of workers, shared with the sweep view. */
  pool: WorkerPool;
}

const POOL_USER = "comparison";

export interface CompareView {
  /** Pins the lab's current settings as a new variant. */
  pin(): void;
  /** The view came on screen: draw what is pending. */
  shown(): void;
  /** Adds `scenario` as a variant named `name` (made unique), e.g. a sweep's cell. */
  add(scenario: ScenarioFile, name: string): void;
}

/** The largest seed, from the parameter registry. */
const MAX_SEED = parameterAt("seed")!.max;


export function compareView(root: HTMLElement, options: CompareViewOptions): CompareView {
  root.replaceChildren();
  const intro = el(root, "div", { class: "compare-intro" });
  el(intro, "h2", {}, "Compare variants");
  el(intro, "p", {}, "Pin the current settings as a variant, change the sliders, pin another (up to 8). Each variant is run many times from one master seed; with common random numbers run k of every variant draws the same random numbers, so differences come from the settings alone.");

  const adders = el(root, "div", { class: "compare-add" });
  const pinButton = el(adders, "button", { type: "button", id: "compare-pin" }, "Pin current settings");
  const shippedLabel = el(adders, "label", { for: "compare-shipped", class: "visually-hidden" }, "Shipped scenario to add as a variant");
  void shippedLabel;
  const shipped = el(adders, "select", { id: "compare-shipped" });
  for (const [id, scenario] of SHIPPED) shipped.appendChild(new Option(scenario.name, id));
  const addShipped = el(adders, "button", { type: "button", id: "compare-add-shipped" }, "Add scenario");
  el(adders, "label", { class: "button", for: "compare-file" }, "Load comparison or scenario…");
  const fileInput = el(adders, "input", { id: "compare-file", class: "visually-hidden", type: "file", accept: ".json,application/json" });

  const messages = messageArea(el(root, "div", { id: "compare-messages", "aria-live": "polite" }));
  const list = variantList(el(root, "ol", { class: "variant-list", id: "variant-list", "aria-label": "Variants" }), {
    rename: (index, name) => {
      try {
        update(renameVariant(comparison, index, name));
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    },
    setHidden: (index, hidden) => update(setVariantHidden(comparison, index, hidden)),
    setColour: (index, colour) => update(setVariantColour(comparison, index, colour)),
    setBaseline: (index) => update(setBaseline(comparison, index)),
    move: (index, delta) => {
      update(moveVariant(comparison, index, delta));
      list.focus(Math.max(0, Math.min(comparison.variants.length - 1, index + delta)), delta < 0 ? "up" : "down");
    },
    remove: (index) => {
      update(removeVariant(comparison, index));
      if (comparison.variants.length) list.focus(Math.min(index, comparison.variants.length - 1), "remove");
      else pinButton.focus();
    },
  });
  const empty = el(root, "p", { class: "empty-hint" }, "No variants yet. Set the sliders on the left and press “Pin current settings”, or add a shipped scenario.");

  const settings = el(root, "fieldset", { class: "ensemble-settings" });
  el(settings, "legend", {}, "Ensemble");
  const field = (id: string, label: string, attrs: Record<string, string>) => {
    const wrap = el(settings, "div", { class: "setting" });
    el(wrap, "label", { for: id }, label);
    const input = el(wrap, "input", { id, ...attrs });
    const error = el(wrap, "p", { class: "field-error", id: `${id}-error` });
    error.hidden = true;
    return { input, error };
  };
  const nameField = field("compare-name", "Comparison name", { type: "text", maxlength: "200" });
  const runsField = field("compare-runs", "Runs per variant", { type: "number", min: "1", max: String(MAX_ENSEMBLE_RUNS), step: "1" });
  const seedField = field("compare-seed", "Master seed", { type: "number", min: "0", max: String(MAX_SEED), step: "1" });
  const check = (id: string, label: string) => {
    const wrap = el(settings, "label", { class: "check setting-check", for: id });
    const input = el(wrap, "input", { id, type: "checkbox" });
    wrap.append(` ${label}`);
    return input;
  };
  const crn = check("compare-crn", "Common random numbers");
  const showRuns = check("compare-show-runs", "Show 5 single runs faintly");

  const status = el(root, "div", { class: "run-status compare-status" });
  const runButton = el(status, "button", { type: "button", id: "compare-run", class: "primary" }, "Run ensemble");
  const cancelButton = el(status, "button", { type: "button", id: "compare-cancel" }, "Cancel");
  const continueButton = el(status, "button", { type: "button", id: "compare-continue", title: "Run the runs this ensemble still lacks, keeping those done" }, "Continue");
  continueButton.hidden = true;
  const bar = el(status, "progress", { "aria-label": "Ensemble progress", max: "1" });
  const statusText = el(status, "span", { class: "status-text", role: "status" }, "");
  const progress = ensembleProgress(bar, statusText);

  const table = el(root, "section", { id: "compare-table", "aria-label": "Statistics per variant" });
  const exports = el(root, "div", { class: "exports", role: "group", "aria-label": "Download the comparison" });
  el(exports, "span", {}, "Download:");
  const seriesButton = el(exports, "button", { type: "button", id: "compare-download-series" }, "Series CSV (every run)");
  const summaryButton = el(exports, "button", { type: "button", id: "compare-download-summary" }, "Summary CSV");
  const jsonButton = el(exports, "button", { type: "button", id: "compare-download-json" }, "Comparison (JSON)");
  const permalink = el(root, "p", { class: "permalink-status", id: "compare-permalink" });
  const charts = ensembleChartsPanel(el(root, "div", { id: "compare-charts", class: "charts" }), () => fileStem());

  const pool = options.pool;
  /** Whether the shared pool runs this view's ensemble (the sweep may be running on it instead). */
  const ours = () => pool.runningFor === POOL_USER;
  let comparison: Comparison = EMPTY_COMPARISON;
  /** The ensemble on screen (or running): its results and the numbers key it was run for. */
  let ensemble: { results: EnsembleResults; key: string; names: string[] } | null = null;
  const redraw = redrawThrottle(() => draw());
  let drawCount = 0;
  let linkTimer: ReturnType<typeof setTimeout> | undefined;

  const fileStem = () => `${comparison.name.replace(/[^\w.-]+/g, "_").slice(0, 80) || "comparison"}-seed${comparison.masterSeed}`;
  const setState = (state: "idle" | "running" | "done" | "cancelled" | "failed") => (document.body.dataset.compareState = state);
  setState("idle");

  function update(next: Comparison): void {
    const previous = comparison;
    comparison = next;
    const order = ensemble && !ours() && numbersKey(previous) === ensemble.key ? reorderOfRuns(previous, next) : null;
    if (ensemble && order && numbersKey(next) !== ensemble.key) {
      // Only the order changed, under common random numbers: the runs stay, reordered.
      ensemble = { ...ensemble, results: ensemble.results.reordered(order), key: numbersKey(next) };
    } else if (ensemble && numbersKey(next) !== ensemble.key) {
      if (ours()) pool.cancel();
      ensemble = null;
      charts.clear();
      table.replaceChildren();
      if (next.variants.length) progress.finished("The variants or ensemble settings changed: press “Run ensemble” for new results.");
      else progress.finished("");
    }
    render();
    if (ensemble) redraw.request(true);
    if (previous.variants.length !== next.variants.length) options.onCount(next.variants.length);
    scheduleLink();
  }

  function render(): void {
    list.render(comparison);
    empty.hidden = comparison.variants.length > 0;
    if (document.activeElement !== nameField.input) nameField.input.value = comparison.name;
    if (document.activeElement !== runsField.input) runsField.input.value = String(comparison.runs);
    if (document.activeElement !== seedField.input) seedField.input.value = String(comparison.masterSeed);
    crn.checked = comparison.commonRandomNumbers;
    const running = ours();
    runButton.disabled = running || comparison.variants.length === 0;
    cancelButton.disabled = !running;
    continueButton.hidden = running || !unfinished();
    pinButton.disabled = addShipped.disabled = comparison.variants.length >= MAX_VARIANTS;
    const done = ensemble ? ensemble.results.completeRuns : 0;
    summaryButton.disabled = done === 0;
    seriesButton.disabled = done === 0 || !ensemble?.results.series;
    seriesButton.title = ensemble && !ensemble.results.series ? `Too many rows to build in the page (over ${MAX_SERIES_ROWS.toLocaleString("en-US")}): download the comparison and run “defection compare comparison.json --out series.csv”.` : "";
    jsonButton.disabled = comparison.variants.length === 0;
  }

  /** Draws what is done so far (through `redraw`, which throttles it while running). */
  function draw(): void {
    if (!ensemble) return;
    const k = ensemble.results.completeRuns;
    if (k > 0) {
      const view = ensembleView(ensemble.results, comparison);
      renderStatisticsTable(table, view);
      if (options.visible()) charts.render(view, { showRuns: showRuns.checked });
    }
    render();
    document.body.dataset.compareRuns = String(k);
    document.body.dataset.compareDrawn = String(++drawCount);
    document.dispatchEvent(new CustomEvent("compare:drawn", { detail: { runs: k } }));
  }

  /** Whether the ensemble shown stopped short (cancelled or failed) and can be continued. */
  function unfinished(): boolean {
    return ensemble !== null && ensemble.results.received < ensemble.results.total;
  }

  /**
   * Runs the ensemble of the variants; with `resume`, only the runs the one shown lacks (after a
   * cancel or a failure), into the same results: every run's numbers depend only on its variant and
   * index, so the continued ensemble is the one an uninterrupted run gives.
   */
  async function runEnsemble(resume = false): Promise<void> {
    if (ours() || comparison.variants.length === 0) return;
    messages.clear();
    if (pool.busy) {
      messages.show("notice", "The workers are running the sweep: cancel it in the Sweep tab, or run the ensemble when it is done.");
      return;
    }
    const run = comparison;
    const continuing = resume && ensemble !== null && unfinished();
    const results = continuing ? ensemble!.results : new EnsembleResults(run.variants.length, run.runs, seriesRowCount(run) <= MAX_SERIES_ROWS);
    if (!continuing) {
      ensemble = { results, key: numbersKey(run), names: run.variants.map((v) => v.name) };
      charts.clear();
      table.replaceChildren();
    }
    const tasks = ensembleTasks(run).filter((task) => !results.has(task.variant, task.run));
    const workers = Math.min(pool.poolSize, tasks.length);
    progress.started(results.total, workers, results.received);
    setState("running");
    const started = performance.now();
    const outcome = pool.run(
      run.variants.map((v) => v.scenario),
      tasks,
      (batch, runs) => {
        if (ensemble?.results !== results) return;
        batch.forEach((task, k) => results.add(task.variant, task.run, runs[k]));
        progress.update(results.received);
        redraw.request();
      },
      POOL_USER,
    );
    render();
    const result = await outcome;
    if (ensemble?.results !== results) return; // superseded by a change
    const elapsed = performance.now() - started;
    const seconds = (elapsed / 1000).toFixed(1);
    document.body.dataset.compareElapsedMs = String(Math.round(elapsed));
    document.body.dataset.compareWorkers = String(workers);
    const k = results.completeRuns;
    // Draw the final state before announcing it, so that what the state says is what is on screen.
    redraw.flush();
    switch (result.kind) {
      case "done":
        progress.finished(`${results.total.toLocaleString("en-US")} runs (${run.runs.toLocaleString("en-US")} per variant) in ${seconds} s on ${pool.workersUsed} worker${pool.workersUsed === 1 ? "" : "s"}.${pool.memoryNotice}`);
        setState("done");
        break;
      case "cancelled":
        progress.finished(`Cancelled after ${seconds} s: showing runs 0–${Math.max(0, k - 1)} of every variant (${k.toLocaleString("en-US")} of ${run.runs.toLocaleString("en-US")} per variant); exports hold the same.`);
        setState("cancelled");
        break;
      case "failed":
        progress.finished(`The ensemble failed after ${k.toLocaleString("en-US")} complete runs per variant.`);
        messages.show("error", "The ensemble stopped with an error; what was done is kept.", [result.error.message]);
        setState("failed");
        break;
    }
  }

  function add(scenario: ScenarioFile, name: string): void {
    try {
      const first = comparison.variants.length === 0;
      const next = addVariant(comparison, { name: uniqueName(comparison, name), hidden: false, scenario });
      update(first ? { ...next, masterSeed: scenario.parameters.seed } : next);
      messages.clear();
    } catch (error) {
      messages.show("error", (error as Error).message);
    }
  }

  function adopt(loaded: Comparison, how: string): void {
    messages.show("notice", `${how}: ${loaded.variants.length} variant${loaded.variants.length === 1 ? "" : "s"}, ${loaded.runs} runs each.`);
    if (ours()) pool.cancel();
    ensemble = null;
    update(loaded);
    options.onCount(loaded.variants.length);
    void runEnsemble();
  }

  async function updateLink(): Promise<void> {
    if (comparison.variants.length === 0) {
      history.replaceState(null, "", `${location.pathname}${withComparisonParam(location.search, null)}`);
      permalink.textContent = "";
      options.onLink?.(null);
      return;
    }
    const encoded = await encodeComparison(comparison);
    if (encoded.length <= MAX_ENCODED_COMPARISON) {
      history.replaceState(null, "", `${location.pathname}${withComparisonParam(location.search, encoded)}`);
      permalink.textContent = "The address of this page now holds the comparison: copy it to share it.";
      permalink.classList.remove("too-large");
      options.onLink?.({ encoded });
    } else {
      history.replaceState(null, "", `${location.pathname}${withComparisonParam(location.search, null)}`);
      permalink.textContent = `This comparison is too large for a link (${encoded.length.toLocaleString("en-US")} characters encoded, limit ${MAX_ENCODED_COMPARISON.toLocaleString("en-US")}), so the address does not hold it: share the file from “Comparison (JSON)” instead.`;
      permalink.classList.add("too-large");
      options.onLink?.({ text: comparisonFileText(comparison) });
    }
    document.body.dataset.comparisonLink = String(encoded.length);
  }

  function scheduleLink(): void {
    clearTimeout(linkTimer);
    linkTimer = setTimeout(() => void updateLink().catch((error) => console.error(error)), 150);
  }

  pinButton.addEventListener("click", () => view.pin());
  addShipped.addEventListener("click", () => add(SHIPPED.get(shipped.value)!, shipped.value));
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    const tooLarge = uploadRefusal(file.name, file.size);
    if (tooLarge) return messages.show("error", tooLarge);
    const label = file.name.replace(/\.json$/i, "").slice(0, 100) || "loaded";
    try {
      const text = await file.text();
      if (isComparisonObject(parseJson(text, "file"))) adopt(readComparisonText(text), `Loaded ${file.name}`);
      else add(loadScenario(text), label);
    } catch (error) {
      messages.show("error", `${file.name} was not loaded (nothing was changed):`, error instanceof InputError ? issueLines(error.issues) : [(error as Error).message]);
    }
  });

  const numberSetting = (f: { input: HTMLInputElement; error: HTMLElement }, min: number, max: number, apply: (value: number) => Comparison) => {
    f.input.addEventListener("change", () => {
      const value = Number(f.input.value);
      const ok = f.input.value.trim() !== "" && Number.isInteger(value) && value >= min && value <= max;
      f.error.hidden = ok;
      f.input.setAttribute("aria-invalid", String(!ok));
      if (!ok) {
        f.error.textContent = `${f.input.value || "(empty)"} is not allowed: expected a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}`;
        f.input.setAttribute("aria-describedby", f.error.id);
        return;
      }
      update(apply(value));
    });
  };
  numberSetting(runsField, 1, MAX_ENSEMBLE_RUNS, (runs) => ({ ...comparison, runs }));
  numberSetting(seedField, 0, MAX_SEED, (masterSeed) => ({ ...comparison, masterSeed }));
  nameField.input.addEventListener("change", () => update({ ...comparison, name: nameField.input.value.trim().slice(0, 200) || "comparison" }));
  crn.addEventListener("change", () => update({ ...comparison, commonRandomNumbers: crn.checked }));
  showRuns.addEventListener("change", () => redraw.request(true));
  runButton.addEventListener("click", () => void runEnsemble());
  cancelButton.addEventListener("click", () => {
    if (ours()) pool.cancel();
  });
  continueButton.addEventListener("click", () => void runEnsemble(true));

  const names = () => comparison.variants.map((v) => v.name);
  seriesButton.addEventListener("click", () => {
    if (!ensemble) return;
    try {
      download(new Blob(ensemble.results.seriesCsvParts(names()), { type: "text/csv" }), `${fileStem()}-series.csv`);
    } catch (error) {
      messages.show("error", (error as Error).message);
    }
  });
  summaryButton.addEventListener("click", () => ensemble && downloadText(ensemble.results.summaryCsv(names()), `${fileStem()}-summary.csv`, "text/csv"));
  jsonButton.addEventListener("click", () => downloadText(comparisonFileText(comparison), `${fileStem()}.json`, "application/json"));

  const view: CompareView = {
    pin() {
      const { scenario, label, overrides } = options.current();
      add(scenario, variantName(label, overrides));
    },
    shown() {
      if (ensemble) redraw.request(true);
    },
    add,
  };

  render();
  const encoded = comparisonParam(location.search);
  if (options.initial) adopt(options.initial, "Comparison restored from this browser");
  else if (encoded !== null)
    decodeComparison(encoded).then(
      (loaded) => adopt(loaded, "Comparison from the address"),
      (error) => {
        history.replaceState(null, "", `${location.pathname}${withComparisonParam(location.search, null)}`);
        options.onLink?.(null);
        messages.show("error", "The address holds a comparison that is not valid, so it was not loaded:", error instanceof InputError ? issueLines(error.issues) : [(error as Error).message]);
      },
    );

  /** Hooks for the browser tests and the timing script. */
  Object.assign(window, {
    defectionCompare: {
      setPoolSize: (size: number) => pool.setSize(size),
      failWorkers: () => pool.failWorkers(),
      poolSize: () => pool.poolSize,
    },
  });
  return view;
}
