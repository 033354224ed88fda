/**
 * Runs the knife-edge check (knifeEdge.ts) in the background after the lab draws a run. It waits
 * until the lab's worker has finished its own work after the run (warming up, drawing opportunity
 * days ahead: the two would share the machine's cores), then QUIET_MS more (a user still dragging a
 * slider is not slowed down), and runs the probes one at a time on a worker of its own, made on
 * first use: the lab's worker must stay free for the user's next change, and the pool of the
 * comparison and the sweep runs one ensemble at a time. Any new run of the lab cancels the probes
 * in flight.
 */
import { scenarioFromObject, setParameter, type ScenarioFile } from "../../scenario/index";
import type { RunOutput } from "../../../workers/protocol";
import { SimulationRunner } from "../workers/simulationRunner";
import { pageRunResults } from "../workers/runResults";
import { mark } from "../testHooks";
import { appendElement } from "../appendElement";
import { knifeEdgeLevers, knifeEdgeNotice, flipped, type KnifeEdgeNotice, type Outcome } from "./knifeEdge";
import { verdictSlot } from "./verdictSlot";

const QUIET_MS = 600;

let runner: SimulationRunner | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

/** Stops a waiting or running check: the lab is about to show another run. */
export function cancelKnifeEdge(): void {
  generation++;
  clearTimeout(timer);
  runner?.cancel();
}

/**
 * Checks the run `output` of `scenario` after a quiet moment and shows the notice next to `anchor`
 * (the run's verdict): beside the verdict it qualifies, the headline only, the why behind a
 * disclosure, so the cascade chart stays near the top of a phone's first screen. `labSettled`
 * resolves when the lab's worker is idle again (SimulationRunner.settled).
 */
export function checkKnifeEdge(anchor: HTMLElement, scenario: ScenarioFile, output: RunOutput, labSettled: Promise<void>): void {
  cancelKnifeEdge();
  const slot = verdictSlot(anchor, "knife-edge", "after", "details", "knife-edge");
  slot.hidden = true;
  slot.replaceChildren();
  const id = generation;
  mark("knifeEdgeState", "waiting");
  // After the lab's worker is idle again (`labSettled`, SimulationRunner.settled): the two would share the cores.
  void labSettled.then(() => {
    if (id === generation) timer = setTimeout(() => void probe(id, slot, scenario, output), QUIET_MS);
  });
}

async function probe(id: number, slot: HTMLDetailsElement, scenario: ScenarioFile, output: RunOutput): Promise<void> {
  const current: Outcome = { finalShare: output.summary.finalShare, cascade: output.summary.cascade };
  // Its runs are kept with the lab's: a neighbour it ran is what the next arrow press shows.
  // No idle work after its runs: it would take a core from the lab's worker while the user moves a slider.
  runner ??= new SimulationRunner(
    () => {},
    () => {},
    pageRunResults,
    false,
  );
  mark("knifeEdgeState", "running");
  for (const lever of knifeEdgeLevers(scenario)) {
    const outcomes: (Outcome & { value: number })[] = [];
    for (const value of lever.neighbours) {
      const outcome = await runner.run(scenarioFromObject(setParameter(scenario, lever.path, value)));
      if (id !== generation) return;
      if (outcome.kind !== "done") {
        mark("knifeEdgeState", outcome.kind);
        return;
      }
      outcomes.push({ value, finalShare: outcome.output.summary.finalShare, cascade: outcome.output.summary.cascade });
      if (flipped(current, outcomes[outcomes.length - 1])) break;
    }
    const notice = knifeEdgeNotice(lever, current, outcomes, output.params.cascadeCutoff);
    if (notice) {
      showNotice(slot, notice);
      mark("knifeEdgeState", "flips");
      return;
    }
  }
  mark("knifeEdgeState", "steady");
}

/** The headline as the disclosure's summary, the detail under it (the reader's open or closed choice is kept between runs). */
function showNotice(slot: HTMLDetailsElement, notice: KnifeEdgeNotice): void {
  slot.replaceChildren();
  const summary = appendElement(slot, "summary", {}, `${notice.headline} `);
  appendElement(summary, "span", { class: "why" }, "Why it matters");
  appendElement(slot, "p", {}, notice.detail);
  slot.hidden = false;
}
