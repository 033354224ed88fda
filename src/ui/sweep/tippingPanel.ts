/**
 * "Tipping point" in the Sweep view: the value of one of the controls' numeric parameters at which
 * the cascade probability of the lab's scenario crosses a level, found as `defection tipping` finds
 * it (bisection on ensembles of runs with seeds S, S+1, ...), in a worker of its own with Cancel.
 * The form is tippingForm.ts, the result tippingResult.ts; this runs the search and reports it.
 */
import type { ScenarioFile } from "../../scenario/index";
import type { AppStore } from "../state/appState";
import { TippingRunner } from "../workers/tippingRunner";
import { appendElement as el } from "../appendElement";
import { mark } from "../testHooks";
import { tippingForm } from "./tippingForm";
import { renderTippingResult, tippingErrorLines } from "./tippingResult";

export interface TippingPanel {
  /** Refills the form for the lab's scenario. */
  show(scenario: ScenarioFile): void;
  /** Stops a search in flight. */
  cancel(): void;
}

export interface TippingPanelOptions {
  /** The lab's current (valid) scenario. */
  current(): ScenarioFile;
  /** Sets the found value on the lab's control and shows that run, with `notice`. */
  showAt(path: string, value: number, notice: string): void;
}

export function tippingPanel(root: HTMLElement, store: AppStore, options: TippingPanelOptions): TippingPanel {
  const form = tippingForm(root, store);
  const status = el(form.fieldset, "div", { class: "run-status sweep-status" });
  const start = el(status, "button", { type: "button", id: "tip-start", class: "primary" }, "Find");
  const cancel = el(status, "button", { type: "button", id: "tip-cancel" }, "Cancel");
  const bar = el(status, "progress", { id: "tip-progress", "aria-label": "Tipping-point search in progress" });
  const statusText = el(status, "span", { class: "status-text", id: "tip-status", role: "status" });
  const error = el(form.fieldset, "ul", { class: "field-error", id: "tip-error", "aria-live": "polite" });
  const resultBox = el(form.fieldset, "div", { class: "tip-result", id: "tip-result" });

  const runner = new TippingRunner();
  const setBusy = (busy: boolean) => {
    start.disabled = busy;
    cancel.disabled = !busy;
    bar.hidden = !busy;
  };
  const showError = (lines: string[]) => {
    error.replaceChildren(...lines.map((line) => Object.assign(document.createElement("li"), { textContent: line })));
    error.hidden = lines.length === 0;
  };
  setBusy(false);
  mark("tippingState", "idle");
  showError([]);

  async function find(): Promise<void> {
    if (runner.busy) return;
    const job = form.read(options.current());
    resultBox.replaceChildren();
    if (Array.isArray(job)) {
      showError(job);
      statusText.textContent = "Not searched: fix the settings above.";
      mark("tippingState", "failed");
      return;
    }
    showError([]);
    statusText.textContent = `Searching with ensembles of ${job.runs} runs…`;
    setBusy(true);
    mark("tippingState", "running");
    const started = performance.now();
    const outcome = await runner.run(job);
    setBusy(false);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    switch (outcome.kind) {
      case "done":
        statusText.textContent = `Found over ${outcome.result.ensembles} ensembles of ${job.runs} runs (seeds ${job.seed} to ${job.seed + job.runs - 1}) in ${seconds} s.`;
        renderTippingResult(resultBox, job, outcome.result, form.labelOf(job.path), options.showAt);
        break;
      case "cancelled":
        statusText.textContent = `Search cancelled after ${seconds} s.`;
        break;
      case "failed":
        statusText.textContent = "No tipping point found with these settings:";
        showError(tippingErrorLines(outcome.error));
        break;
    }
    mark("tippingState", outcome.kind);
  }

  start.addEventListener("click", () => void find());
  cancel.addEventListener("click", () => runner.cancel());

  return {
    show: (scenario) => form.show(scenario),
    cancel: () => runner.cancel(),
  };
}
