/**
 * The browser lab, put together: the page's state has one owner, the store of
 * src/ui/state/appState.ts, read at start from the address or this browser's saved copy
 * (validated alike) and written back by src/ui/state/persistState.ts alone; the lab
 * (lab/labController.ts) runs every valid change in a worker and draws it; the comparison, the
 * sweep with its tipping point, which levers matter, and calibration are views of their own on the same store, sharing
 * one pool of workers.
 */
import "./style.css";
import "./charts/charts.css";
import "./theme/dark.css";
import { InputError, getParameter, loadScenario } from "../scenario/index";
import { seriesCsv, summaryCsv } from "../output/runCsv";
import { SimulationRunner } from "./workers/simulationRunner";
import { WorkerPool } from "./workers/workerPool";
import { baseScenario, scenarioLabel, withOverride } from "./state/labState";
import { browserStorage, restoreLab } from "./state/savedState";
import { createAppState } from "./state/appState";
import { decodeAddress, type DecodedAddress } from "./state/appAddress";
import { persistState } from "./state/persistState";
import { DEFAULT_STATE } from "./state/labAddress";
import { labController, type LabController } from "./lab/labController";
import { scenarioPicker } from "./lab/scenarioInfo";
import { chartsPanel } from "./lab/chartsPanel";
import { runStatus } from "./lab/runStatus";
import { pageRunResults } from "./workers/runResults";
import { messageArea, issueLines } from "./messageArea";
import { exposeHooks } from "./testHooks";
import { calibratePanel } from "./calibrate/calibratePanel";
import { downloadText } from "./download";
import { uploadRefusal } from "./uploadLimit";
import { compareView } from "./compare/compareView";
import { viewTabs } from "./viewTabs";
import { sweepView } from "./sweep/sweepView";
import { storyPanel } from "./story/storyPanel";
import { sensitivityView } from "./sensitivity/sensitivityView";
import { keepOptionTextWhole } from "./forms/wholeOptionText";

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const messages = messageArea($("#messages"));
const status = runStatus($("#run-status"));
const storage = browserStorage();
let lab: LabController | undefined;
const runner = new SimulationRunner(
  (progress) => status.progress(progress),
  (error) => {
    messages.show("error", "The simulation worker stopped; a new one has been started and your settings are kept.", [error.message]);
    lab?.run();
  },
  pageRunResults,
);
/** One pool of workers for the comparison and the sweep: two would put two workers on each core. */
const pool = new WorkerPool();
const shownStem = () => (lab?.shown ? `${scenarioLabel(lab.shown.state.source)}-seed${lab.shown.output.summary.seed}` : null);
const charts = chartsPanel($("#charts"), () => shownStem() ?? "chart");

/** Reads the start state from the address, or with an empty address from what this browser saved. */
async function initialState(): Promise<Pick<DecodedAddress, "state" | "comparison"> & { how: string }> {
  if (location.search !== "") {
    const decoded = await decodeAddress(location.search);
    if (decoded.problems.length) messages.show("error", "The address asked for settings that are not allowed, so the default scenario is shown instead:", decoded.problems);
    return { ...decoded, how: "Comparison from the address" };
  }
  const restored = await restoreLab(storage);
  if (restored.kind === "discarded") messages.show("error", "The settings saved in this browser could not be read, so they were discarded and the default scenario is shown:", restored.problems);
  if (restored.kind !== "restored") return { state: { lab: DEFAULT_STATE }, comparison: null, how: "" };
  return { state: restored.state, comparison: restored.comparison ? { kind: "loaded", comparison: restored.comparison } : null, how: "Comparison restored from this browser" };
}

async function start(): Promise<void> {
  keepOptionTextWhole(document.body);
  const initial = await initialState();
  const store = createAppState(initial.state);
  const showSource = scenarioPicker($<HTMLSelectElement>("#scenario-picker"), (id) => {
    messages.clear();
    labView.adopt({ source: { kind: "shipped", id }, overrides: new Map() });
  });
  const calibration = calibratePanel($<HTMLDetailsElement>("#calibrate"), store, {
    pool,
    chartsRoot: $("#calibration-charts"),
    usePosterior(posterior) {
      compare.usePosterior(posterior);
      tabs.select("tab-compare");
    },
    fileStem: () => `${scenarioLabel(labView.current().state.source)}-calibration`,
    apply(values) {
      let next = labView.current().state;
      for (const [path, value] of values) next = withOverride(next, path, value, getParameter(baseScenario(next.source), path));
      messages.clear();
      labView.adopt(next);
    },
  });
  const labView = labController({
    store,
    runner,
    messages,
    status,
    charts,
    elements: {
      controls: $("#controls"),
      scenarioInfo: $("#scenario-info"),
      summary: $("#summary"),
      title: $("#run-title"),
      player: $("#player"),
      viewOptions: $("#view-options"),
      reset: $<HTMLButtonElement>("#reset-scenario"),
    },
    onScenario(state) {
      calibration.cancel();
      showSource(state.source);
    },
    onAdopted: (scenario, paths) => calibration.show(scenario, paths),
  });
  lab = labView;
  labView.adopt(initial.state.lab);
  storyPanel($("#scenario-info"), {
    store,
    apply: (overrides) => labView.adopt({ source: labView.current().state.source, overrides }),
    days: () => labView.current().scenario.parameters.army.days,
    charts: $("#charts"),
  });

  const tabs = viewTabs($("#results .view-tabs"), (id) => {
    if (id === "tab-compare") compare.shown();
    if (id === "tab-sweep") sweep.shown();
    if (id === "tab-levers") levers.shown();
  });
  const compare = compareView($("#compare-view"), {
    store,
    pool,
    current: () => {
      const { state, scenario } = labView.current();
      return { scenario, label: scenarioLabel(state.source), overrides: state.overrides };
    },
    visible: () => tabs.selected === "tab-compare",
    onCount: (count) => ($("#variant-count").textContent = count ? `(${count})` : ""),
  });
  const sweep = sweepView($("#sweep-view"), {
    store,
    pool,
    current: () => {
      const { state, scenario } = labView.current();
      return { scenario, label: scenarioLabel(state.source) };
    },
    visible: () => tabs.selected === "tab-sweep",
    addVariant(cellScenario, name) {
      compare.add(cellScenario, name);
      tabs.select("tab-compare");
    },
    showTippingPoint(path, value, notice) {
      messages.clear();
      if (!labView.set(path, value)) return;
      tabs.select("tab-run");
      messages.show("notice", notice);
    },
  });
  const levers = sensitivityView($("#levers-view"), {
    store,
    pool,
    current: () => {
      const { state, scenario } = labView.current();
      return { scenario, label: scenarioLabel(state.source) };
    },
    visible: () => tabs.selected === "tab-levers",
    openSweep(path, from, to, log) {
      tabs.select("tab-sweep");
      sweep.open(path, from, to, log);
    },
  });
  persistState(store, {
    storage,
    onComparisonLink: (link) => compare.showLink(link),
    onWarning: (warning) => messages.show("notice", warning),
  });
  if (initial.comparison?.kind === "loaded") compare.offer(initial.comparison.comparison, initial.how);
  else if (initial.comparison?.kind === "invalid") compare.rejected(initial.comparison.problems);
  if (initial.comparison) tabs.select("tab-compare");

  $("#pin-variant").addEventListener("click", () => {
    compare.pin();
    tabs.select("tab-compare");
  });
  $("#run-again").addEventListener("click", () => labView.run());
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
      labView.adopt({ source: { kind: "file", name, scenario: loaded }, overrides: new Map() });
    } catch (error) {
      const lines = error instanceof InputError ? issueLines(error.issues) : [(error as Error).message];
      messages.show("error", `${file.name} was not loaded (nothing was changed):`, lines);
    }
  });
  $("#download-scenario").addEventListener("click", () => {
    const { state, scenario } = labView.current();
    downloadText(`${JSON.stringify(scenario, null, 2)}\n`, `${scenarioLabel(state.source)}.json`, "application/json");
  });
}

$("#controls").addEventListener("submit", (event) => event.preventDefault());
$("#cancel-run").addEventListener("click", () => runner.cancel());
const labelled = () => [{ scenario: scenarioLabel(lab!.shown!.state.source), run: 0, result: lab!.shown!.output }];
$("#download-series").addEventListener("click", () => lab?.shown && downloadText(seriesCsv(labelled()), `${shownStem()}-series.csv`, "text/csv"));
$("#download-summary").addEventListener("click", () => lab?.shown && downloadText(summaryCsv(labelled()), `${shownStem()}-summary.csv`, "text/csv"));

void start();

exposeHooks("defectionLab", { failWorker: (kind: "throw" | "die") => runner.fail(kind) });
