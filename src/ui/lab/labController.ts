/**
 * What the lab does: makes a new lab state the store's if its scenario is valid (otherwise shows
 * why next to the fields and keeps the old one), rebuilds the controls when the scenario changes,
 * marks the changed values, and runs the valid state in the worker (liveRuns.ts: a committed change
 * cancels the run in flight, a moving slider lets it finish and waits), drawing each result when it
 * arrives; the last good result stays on screen. The charts can be played day by day
 * (cascadePlayer.ts), with the earlier runs drawn faintly and the axes optionally locked
 * (runHistory.ts). The lab's state is the store's `lab` and `day`; this keeps only what is derived
 * from it (the validated scenario) and what is on screen.
 */
import { InputError, getParameter, type ScenarioFile } from "../../scenario/index";
import { scenarioTargets } from "../../scenario/scenarioTargets";
import type { RunOutput } from "../../../workers/protocol";
import type { AppStore } from "../state/appState";
import { baseScenario, effectiveScenario, withOverride, withoutOverride, type LabState, type Override } from "../state/labState";
import type { SimulationRunner } from "../workers/simulationRunner";
import type { RunOutcome } from "../workers/simulationRunner";
import type { ChartData } from "../charts/index";
import { issueLines, type MessageArea } from "../messageArea";
import { announce, mark, measured } from "../testHooks";
import { controlsPanel, type ControlsPanel } from "./controlsPanel";
import { renderScenarioInfo } from "./scenarioInfo";
import { renderSummary } from "./summaryPanel";
import { dateReadouts, showRunVerdict } from "../words/runWords";
import { cancelKnifeEdge, checkKnifeEdge } from "../words/knifeEdgeProbe";
import type { ChartsPanel } from "./chartsPanel";
import type { RunStatus } from "./runStatus";
import { liveRuns } from "./liveRuns";
import { cascadePlayer } from "./cascadePlayer";
import { runHistory } from "./runHistory";
import { viewOptions } from "./viewOptions";

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
  /** The scenario's name above the results. */
  title: HTMLElement;
  player: HTMLElement;
  viewOptions: HTMLElement;
  /** "Reset to the scenario's values". */
  reset: HTMLButtonElement;
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
  /** Makes `next` the state if its scenario is valid, and runs it; otherwise shows why and keeps the old one. `live`: a slider is moving. */
  adopt(next: LabState, live?: boolean): boolean;
  /** Sets one parameter (as a control does) and adopts the result. */
  set(path: string, value: Override, live?: boolean): boolean;
  /** Runs the current state again. */
  run(): void;
  /** The current (valid) state and its scenario. */
  current(): { state: LabState; scenario: ScenarioFile };
  /** The run on screen, if any. */
  readonly shown: ShownRun | null;
}

/** The charts that change with the player's day (the threshold histogram does not). */
const DAY_CHARTS = ["cascade", "daily", "aware", "bandwagon", "army"];

export function labController(options: LabControllerOptions): LabController {
  const { store, runner, messages, status, charts, elements } = options;
  let panel: ControlsPanel | null = null;
  let panelSource: LabState["source"] | null = null;
  /** The scenario of the store's lab state, validated when it was adopted. */
  let valid: { state: LabState; scenario: ScenarioFile } | null = null;
  let shown: ShownRun | null = null;
  let shownData: ChartData | null = null;
  const history = runHistory();

  const current = () => {
    if (!valid || valid.state !== store.get().lab) throw new Error("the lab's state was set without adopt()");
    return valid;
  };
  const notRun = () => {
    if (!runner.busy) status.finished("Not run: fix the marked value. The result shown is for the last valid settings.");
  };
  const set = (path: string, value: Override, live = false) => {
    const { state } = current();
    return adopt(withOverride(state, path, value, getParameter(baseScenario(state.source), path)), live);
  };

  /** Draws the run on screen up to `day` (null: all of it); `only`: just the charts that change with the day. */
  const draw = (day: number | null, only?: readonly string[]) => {
    if (!shownData) return;
    charts.render({ ...shownData, ...history.extras(view.ghosts), ...(day === null ? {} : { day }) }, only);
  };
  /** The summary's readouts up to `day` (null: the whole run), with the dates of a dated scenario. */
  const summarizeTo = (day: number | null) => {
    if (!shown) return;
    renderSummary(elements.summary, shown.output, day);
    dateReadouts(elements.summary, shown.scenario);
  };
  const player = cascadePlayer(elements.player, {
    draw: (day) => {
      draw(day, DAY_CHARTS);
      summarizeTo(day);
    },
    commit: (day) => store.set({ day }),
  });
  const view = viewOptions(elements.viewOptions, (_, changed) => {
    if (changed === "locked") history.lock(view.locked);
    // The player's day, not the store's: during a playback the store still has the day it started from.
    draw(player.day, changed === "ghosts" ? ["cascade"] : ["cascade", "daily"]);
  });

  const runs = liveRuns<{ state: LabState; scenario: ScenarioFile }>(
    runner,
    () => {
      cancelKnifeEdge();
      status.started();
    },
    finished,
  );

  function adopt(next: LabState, live = false): boolean {
    return measured("lab:adopt", () => adoptNow(next, live));
  }

  function adoptNow(next: LabState, live: boolean): boolean {
    if (next.source !== panelSource) {
      panel = controlsPanel(elements.controls, baseScenario(next.source), {
        change: (path, value, isLive) => void set(path, value, isLive),
        invalid(path, message) {
          panel!.showIssues([{ path, message }]);
          notRun();
        },
        reset: (path) => void adopt(withoutOverride(current().state, path)),
        settle: () => runs.settle(),
      });
      panelSource = next.source;
      options.onScenario(next);
      const base = baseScenario(next.source);
      renderScenarioInfo(elements.scenarioInfo, base);
      elements.title.textContent = base.name;
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
    panel!.show(scenario, new Set(next.overrides.keys()));
    elements.reset.disabled = next.overrides.size === 0;
    options.onAdopted(scenario, panel!.paths());
    // A new state shows its whole run; the state the page started with keeps the address's day.
    const keepDay = next === store.get().lab;
    player.stop();
    store.set({ lab: next, day: keepDay ? store.get().day : null });
    runs.request({ scenario, tag: valid, live });
    return true;
  }

  function finished({ state, scenario }: { state: LabState; scenario: ScenarioFile }, outcome: RunOutcome): void {
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
        const receivedAt = performance.now();
        const { output } = outcome;
        const data: ChartData = { ...output, targets: scenarioTargets(scenario), startDate: scenario.calendar?.start };
        history.next(data, shown?.state.source === state.source, outcome.settings);
        shown = { state, scenario, output };
        shownData = data;
        const day = store.get().day;
        measured("lab:summary", () => renderSummary(elements.summary, output, day));
        measured("lab:verdict", () => showRunVerdict(elements.summary, output, scenario));
        // The worker's start-up work after the run (workers/simulationWorker.ts): the knife-edge probe
        // waits for it, and the latency script waits for its mark.
        const settled = runner.settled();
        void settled.then(() => {
          if (shown?.output === output) mark("settledRunId", output.runId);
        });
        measured("lab:knife-edge", () => checkKnifeEdge(document.getElementById("run-verdict")!, scenario, output, settled));
        measured("lab:player", () => player.load(output.params.days, day));
        measured("lab:charts", () => draw(day));
        const army = output.params.size.toLocaleString("en-US");
        const ran = `ran in ${Math.round(output.elapsedMs)} ms${outcome.reused ? " (shown again: these settings ran before)" : ""}`;
        status.finished(`${army} soldiers, ${output.params.days} days, seed ${output.summary.seed}: ${ran}.`);
        const renderedAt = performance.now();
        mark("renderedAt", renderedAt);
        mark("runId", output.runId);
        announce("lab:rendered", { runId: output.runId, renderedAt, receivedAt, elapsedMs: output.elapsedMs, phases: output.phases, reused: outcome.reused === true });
      }
    }
  }

  elements.reset.addEventListener("click", () => {
    messages.clear();
    adopt({ source: current().state.source, overrides: new Map() });
  });

  return {
    adopt,
    set,
    run: () => {
      const now = current();
      runs.request({ scenario: now.scenario, tag: now, live: false });
    },
    current,
    get shown() {
      return shown;
    },
  };
}
