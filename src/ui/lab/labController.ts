/**
 * What the lab does: makes a new lab state the store's if its scenario is valid (otherwise shows
 * why next to the fields and keeps the old one), rebuilds the controls when the scenario changes,
 * and runs the valid state in the worker (a run in flight is cancelled, never queued), drawing the
 * result when it arrives; the last good result stays on screen. The lab's state is the store's
 * `lab`; this keeps only what is derived from it (the validated scenario) and what is on screen.
 */
import { InputError, getParameter, type ScenarioFile } from "../../scenario/index";
import { scenarioTargets } from "../../scenario/scenarioTargets";
import type { RunOutput } from "../../../workers/protocol";
import type { AppStore } from "../state/appState";
import { baseScenario, effectiveScenario, withOverride, type LabState, type Override } from "../state/labState";
import type { SimulationRunner } from "../workers/simulationRunner";
import { issueLines, type MessageArea } from "../messageArea";
import { announce, mark } from "../testHooks";
import { controlsPanel, type ControlsPanel } from "./controlsPanel";
import { renderScenarioInfo } from "./scenarioInfo";
import { renderSummary } from "./summaryPanel";
import { showRunVerdict } from "../words/runWords";
import { cancelKnifeEdge, checkKnifeEdge } from "../words/knifeEdgeProbe";
import type { ChartsPanel } from "./chartsPanel";
import type { RunStatus } from "./runStatus";

/** What is on screen: the state and scenario of the last finished run and its output. */
export interface ShownRun {
  state: LabState;
  scenario: ScenarioFile;
  output: RunOutput;
}

export interface LabElements {
  controls: HTMLElement;
  scenarioInfo: HTMLElement;
  summary: HTMLElement;
}

export interface LabControllerOptions {
  store: AppStore;
  runner: SimulationRunner;
  messages: MessageArea;
  status: RunStatus;
  charts: ChartsPanel;
  elements: LabElements;
  /** A new scenario was adopted: the picker and the panels that depend on it follow. */
  onScenario(state: LabState): void;
  /** A valid state was adopted: the panels that read the scenario follow (paths: the controls'). */
  onAdopted(scenario: ScenarioFile, paths: string[]): void;
}

export interface LabController {
  /** Makes `next` the state if its scenario is valid, and runs it; otherwise shows why and keeps the old one. */
  adopt(next: LabState): boolean;
  /** Sets one parameter (as a control does) and adopts the result. */
  set(path: string, value: Override): boolean;
  /** Runs the current state again. */
  run(): Promise<void>;
  /** The current (valid) state and its scenario. */
  current(): { state: LabState; scenario: ScenarioFile };
  /** The run on screen, if any. */
  readonly shown: ShownRun | null;
}

export function labController(options: LabControllerOptions): LabController {
  const { store, runner, messages, status, charts, elements } = options;
  let panel: ControlsPanel | null = null;
  let panelSource: LabState["source"] | null = null;
  /** The scenario of the store's lab state, validated when it was adopted. */
  let valid: { state: LabState; scenario: ScenarioFile } | null = null;
  let shown: ShownRun | null = null;

  const current = () => {
    if (!valid || valid.state !== store.get().lab) throw new Error("the lab's state was set without adopt()");
    return valid;
  };
  const notRun = () => {
    if (!runner.busy) status.finished("Not run: fix the marked value. The result shown is for the last valid settings.");
  };
  const set = (path: string, value: Override) => {
    const { state } = current();
    return adopt(withOverride(state, path, value, getParameter(baseScenario(state.source), path)));
  };

  function adopt(next: LabState): boolean {
    if (next.source !== panelSource) {
      panel = controlsPanel(elements.controls, baseScenario(next.source), {
        change: (path, value) => void set(path, value),
        invalid(path, message) {
          panel!.showIssues([{ path, message }]);
          notRun();
        },
      });
      panelSource = next.source;
      options.onScenario(next);
      renderScenarioInfo(elements.scenarioInfo, baseScenario(next.source));
    }
    let scenario: ScenarioFile;
    try {
      scenario = effectiveScenario(next);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const unmatched = panel!.showIssues(error.issues);
      if (unmatched.length) messages.show("error", "These settings are not valid, so nothing was run:", issueLines(unmatched));
      notRun();
      return false;
    }
    valid = { state: next, scenario };
    panel!.clearIssues();
    panel!.show(scenario);
    options.onAdopted(scenario, panel!.paths());
    store.set({ lab: next });
    void run();
    return true;
  }

  async function run(): Promise<void> {
    const { state, scenario } = current();
    cancelKnifeEdge();
    status.started();
    const outcome = await runner.run(scenario);
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
        shown = { state, scenario, output };
        renderSummary(elements.summary, output);
        showRunVerdict(elements.summary, output, scenario);
        checkKnifeEdge(document.getElementById("run-verdict")!, scenario, output);
        charts.render({ ...output, targets: scenarioTargets(scenario), startDate: scenario.calendar?.start });
        const army = output.params.size.toLocaleString("en-US");
        status.finished(`${army} soldiers, ${output.params.days} days, seed ${output.summary.seed}: ran in ${Math.round(output.elapsedMs)} ms.`);
        const renderedAt = performance.now();
        mark("renderedAt", renderedAt);
        mark("runId", output.runId);
        announce("lab:rendered", { runId: output.runId, renderedAt });
      }
    }
  }

  return {
    adopt,
    set,
    run,
    current,
    get shown() {
      return shown;
    },
  };
}
