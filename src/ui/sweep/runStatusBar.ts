/**
 * The bar under a batch view's form (the sweep, which levers matter): Run and Cancel, a progress
 * bar with a line of cells (or points) done and time left (sweepProgress.ts), and the view's
 * messages below it. Ids are the view's prefix with -run, -cancel, -status and -messages.
 */
import { appendElement as el } from "../appendElement";
import { messageArea, type MessageArea } from "../messageArea";
import { sweepProgress, type SweepProgress } from "./sweepProgress";

export interface RunStatusBarOptions {
  /** "sweep" gives #sweep-run, #sweep-cancel, #sweep-status and #sweep-messages. */
  idPrefix: string;
  /** The run button's text ("Run sweep"). */
  runLabel: string;
  /** The progress bar's accessible name ("Sweep progress"). */
  progressLabel: string;
  /** What the runs are grouped in ("cell", "point"). */
  noun: string;
  run(): void;
  cancel(): void;
}

export interface RunStatusBar {
  progress: SweepProgress;
  messages: MessageArea;
  /** Run is offered when nothing runs, Cancel while something does. */
  setRunning(running: boolean): void;
}

export function runStatusBar(root: HTMLElement, options: RunStatusBarOptions): RunStatusBar {
  const { idPrefix } = options;
  const status = el(root, "div", { class: "run-status sweep-status" });
  const run = el(status, "button", { type: "button", id: `${idPrefix}-run`, class: "primary" }, options.runLabel);
  const cancel = el(status, "button", { type: "button", id: `${idPrefix}-cancel` }, "Cancel");
  const bar = el(status, "progress", { "aria-label": options.progressLabel, max: "1" });
  const text = el(status, "span", { class: "status-text", role: "status", id: `${idPrefix}-status` }, "");
  const messages = messageArea(el(root, "div", { id: `${idPrefix}-messages`, "aria-live": "polite" }));
  run.addEventListener("click", () => options.run());
  cancel.addEventListener("click", () => options.cancel());
  return {
    progress: sweepProgress(bar, text, options.noun),
    messages,
    setRunning(running) {
      run.disabled = running;
      cancel.disabled = !running;
    },
  };
}
