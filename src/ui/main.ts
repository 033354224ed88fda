/**
 * The browser lab: a scenario, its parameters as controls, and the run drawn as charts. The state
 * (scenario, changed parameters, seed) lives in the URL, with a copy in local storage so that a reload
 * of the bare address loses nothing (src/ui/savedLab.ts); every valid change re-runs the model in
 * the worker (cancelling the run in flight) and redraws; invalid input is shown next to its field
 * and never run, and the last good result stays on screen.
 */
import "./style.css";
import "./charts/charts.css";
import { InputError, getParameter, loadScenario, type ScenarioFile } from "../scenario/index";
import { seriesCsv, summaryCsv } from "../output/runCsv";
import type { RunOutput } from "../../workers/protocol";
import { SimulationRunner } from "./simulationRunner";
import { baseScenario, effectiveScenario, scenarioLabel, withOverride, type LabState, type Override } from "./labState";
import { DEFAULT_STATE, decodeState, encodeState, type DecodedState } from "./urlState";
import { WorkerPool } from "./compare/workerPool";
import { browserStorage, restoreLab, saveLab, savedLab, type ComparisonLink } from "./savedLab";
import { notKeptNotice, uploadRefusal } from "./uploadLimit";
import type { Comparison } from "../ensemble/comparisonFile";
import { comparisonFileText } from "./compare/comparisonFileText";
import { controlsPanel, type ControlsPanel } from "./controlsPanel";
import { renderScenarioInfo, scenarioPicker } from "./scenarioInfo";
import { renderSummary } from "./summaryPanel";
import { chartsPanel } from "./chartsPanel";
import { messageArea, issueLines } from "./messageArea";
import { runStatus } from "./runStatus";
import { calibratePanel } from "./calibratePanel";
import { downloadText } from "./download";
import { scenarioTargets } from "../scenario/scenarioTargets";
import { compareView, type CompareView } from "./compare/compareView";
import { viewTabs } from "./compare/viewTabs";
import { sweepView, type SweepView } from "./sweep/sweepView";
import { comparisonParam, withComparisonParam } from "./compare/comparisonPermalink";

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const messages = messageArea($("#messages"));
const status = runStatus($("#run-status"));
const runner = new SimulationRunner(
  (progress) => status.progress(progress),
  (error) => {
    messages.show("error", "The simulation worker stopped; a new one has been started and your settings are kept.", [error.message]);
    void runCurrent();
  },
);

/** What is on screen: the state and scenario of the last finished run and its output. */
let shown: { state: LabState; scenario: ScenarioFile; output: RunOutput } | null = null;
let state: LabState;
let scenario: ScenarioFile;
let panel: ControlsPanel;
let panelSource: LabState["source"] | null = null;

/** What the address holds, also kept in local storage so that a reload loses nothing. */
const storage = browserStorage();
let labSearch = "";
let comparisonLink: ComparisonLink = null;
const persist = () => saveLab(storage, savedLab(labSearch, comparisonLink));

const charts = chartsPanel($("#charts"), () => (shown ? `${scenarioLabel(shown.state.source)}-seed${shown.output.summary.seed}` : "chart"));
const showSource = scenarioPicker($<HTMLSelectElement>("#scenario-picker"), (id) => {
  messages.clear();
  adopt({ source: { kind: "shipped", id }, overrides: new Map() });
});

const calibration = calibratePanel($<HTMLDetailsElement>("#calibrate"), {
  apply(values) {
    let next = state;
    for (const [path, value] of values) next = withOverride(next, path, value, getParameter(baseScenario(next.source), path));
    messages.clear();
    adopt(next);
  },
});

/** Makes `next` the state if its scenario is valid, and runs it; otherwise shows why and keeps the old one. */
function adopt(next: LabState): boolean {
  if (next.source !== panelSource) {
    panel = controlsPanel($("#controls"), baseScenario(next.source), { change, invalid });
    panelSource = next.source;
    calibration.cancel();
    showSource(next.source);
    renderScenarioInfo($("#scenario-info"), baseScenario(next.source));
  }
  let candidate: ScenarioFile;
  try {
    candidate = effectiveScenario(next);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const unmatched = panel.showIssues(error.issues);
    if (unmatched.length) messages.show("error", "These settings are not valid, so nothing was run:", issueLines(unmatched));
    notRun();
    return false;
  }
  state = next;
  scenario = candidate;
  panel.clearIssues();
  panel.show(scenario);
  calibration.show(scenario, panel.paths());
  const { search, warning } = encodeState(state);
  history.replaceState(null, "", `${location.pathname}${withComparisonParam(search, comparisonParam(location.search))}`);
  labSearch = encodeState(state, Infinity).search;
  const kept = persist();
  const notKept = kept || state.source.kind !== "file" ? null : notKeptNotice(state.source.name);
  if (warning || notKept) messages.show("notice", [warning, notKept].filter(Boolean).join(" "));
  void runCurrent();
  return true;
}

function change(path: string, value: Override): void {
  adopt(withOverride(state, path, value, getParameter(baseScenario(state.source), path)));
}

function invalid(path: string, message: string): void {
  panel.showIssues([{ path, message }]);
  notRun();
}

function notRun(): void {
  if (!runner.busy) status.finished("Not run: fix the marked value. The result shown is for the last valid settings.");
}

async function runCurrent(): Promise<void> {
  const runState = state;
  const runScenario = scenario;
  status.started();
  const outcome = await runner.run(runScenario);
  switch (outcome.kind) {
    case "superseded":
      return;
    case "cancelled":
      status.finished("Run cancelled; the previous result stays on screen.");
      return;
    case "failed":
      status.finished("Run failed; the previous result stays on screen.");
      messages.show("error", "The simulation failed; your settings are kept. Change a value or press Run again.", [outcome.error.message]);
      return;
    case "done": {
      const { output } = outcome;
      shown = { state: runState, scenario: runScenario, output };
      renderSummary($("#summary"), output);
      charts.render({ ...output, targets: scenarioTargets(runScenario) });
      const army = output.params.size.toLocaleString("en-US");
      status.finished(`${army} soldiers, ${output.params.days} days, seed ${output.summary.seed}: ran in ${Math.round(output.elapsedMs)} ms.`);
      const renderedAt = performance.now();
      document.body.dataset.renderedAt = String(renderedAt);
      document.body.dataset.runId = String(output.runId);
      document.dispatchEvent(new CustomEvent("lab:rendered", { detail: { runId: output.runId, renderedAt } }));
    }
  }
}

$("#controls").addEventListener("submit", (event) => event.preventDefault());
$("#cancel-run").addEventListener("click", () => runner.cancel());
$("#run-again").addEventListener("click", () => void runCurrent());

const stem = () => (shown ? `${scenarioLabel(shown.state.source)}-seed${shown.output.summary.seed}` : "run");
const labelled = () => [{ scenario: scenarioLabel(shown!.state.source), run: 0, result: shown!.output }];
$("#download-series").addEventListener("click", () => shown && downloadText(seriesCsv(labelled()), `${stem()}-series.csv`, "text/csv"));
$("#download-summary").addEventListener("click", () => shown && downloadText(summaryCsv(labelled()), `${stem()}-summary.csv`, "text/csv"));
$("#download-scenario").addEventListener("click", () => downloadText(`${JSON.stringify(scenario, null, 2)}\n`, `${scenarioLabel(state.source)}.json`, "application/json"));

const fileInput = $<HTMLInputElement>("#scenario-file");
fileInput.addEventListener("change", async () => {
  const file = fileInput.files?.[0];
  fileInput.value = "";
  if (!file) return;
  const tooLarge = uploadRefusal(file.name, file.size);
  if (tooLarge) return messages.show("error", tooLarge);
  const name = file.name.replace(/\.json$/i, "").replace(/[^\w.-]+/g, "_").slice(0, 100) || "loaded-scenario";
  try {
    const loaded = loadScenario(await file.text());
    messages.clear();
    adopt({ source: { kind: "file", name, scenario: loaded }, overrides: new Map() });
  } catch (error) {
    const lines = error instanceof InputError ? issueLines(error.issues) : [(error as Error).message];
    messages.show("error", `${file.name} was not loaded (nothing was changed):`, lines);
  }
});

const tabs = viewTabs($("#results .view-tabs"), (id) => {
  if (id === "tab-compare") compare?.shown();
  if (id === "tab-sweep") sweep?.shown();
});
let compare: CompareView | undefined;
let sweep: SweepView | undefined;
/** One pool of workers for the comparison and the sweep: two would put two workers on each core. */
const pool = new WorkerPool();
$("#pin-variant").addEventListener("click", () => {
  if (!compare) return;
  compare.pin();
  tabs.select("tab-compare");
});

/** Starts from the address, or with an empty address from what this browser saved (validated alike). */
async function start(): Promise<void> {
  let decoded: DecodedState = { state: DEFAULT_STATE, problems: [] };
  let initial: Comparison | null = null;
  if (location.search === "") {
    const restored = await restoreLab(storage);
    if (restored.kind === "discarded") messages.show("error", "The settings saved in this browser could not be read, so they were discarded and the default scenario is shown:", restored.problems);
    else if (restored.kind === "restored") {
      decoded = restored.decoded;
      initial = restored.comparison;
      if (initial) comparisonLink = { text: comparisonFileText(initial) };
    }
  } else {
    decoded = decodeState(location.search);
    if (decoded.problems.length) messages.show("error", "The address asked for settings that are not allowed, so the default scenario is shown instead:", decoded.problems);
    const encoded = comparisonParam(location.search);
    if (encoded !== null) comparisonLink = { encoded };
  }
  compare = compareView($("#compare-view"), {
    current: () => ({ scenario, label: scenarioLabel(state.source), overrides: state.overrides }),
    visible: () => tabs.selected === "tab-compare",
    onCount: (count) => ($("#variant-count").textContent = count ? `(${count})` : ""),
    onLink: (link) => {
      comparisonLink = link;
      persist();
    },
    initial,
    pool,
  });
  sweep = sweepView($("#sweep-view"), {
    pool,
    current: () => ({ scenario, label: scenarioLabel(state.source) }),
    visible: () => tabs.selected === "tab-sweep",
    addVariant(cellScenario, name) {
      compare?.add(cellScenario, name);
      tabs.select("tab-compare");
    },
    showTippingPoint(path, value, notice) {
      messages.clear();
      if (!adopt(withOverride(state, path, value, getParameter(baseScenario(state.source), path)))) return;
      tabs.select("tab-run");
      messages.show("notice", notice);
    },
  });
  if (initial || comparisonLink) tabs.select("tab-compare");
  adopt(decoded.state);
}
void start();

/** Hooks for the browser tests (and curious users): make the worker fail. */
Object.assign(window, { defectionLab: { failWorker: (kind: "throw" | "die") => runner.fail(kind) } });
