/**
 * Progress of the run in flight: a progress bar (shown only for runs that take a while, so that
 * quick slider runs do not flicker) and a Cancel button.
 */
import type { RunProgress } from "../../../workers/protocol";

/** Runs shorter than this show no progress bar. */
const SHOW_AFTER_MS = 150;

export interface RunStatus {
  started(): void;
  progress(p: RunProgress): void;
  finished(text: string): void;
}

export function runStatus(root: HTMLElement): RunStatus {
  const bar = root.querySelector<HTMLProgressElement>("progress")!;
  const text = root.querySelector<HTMLElement>(".status-text")!;
  const cancel = root.querySelector<HTMLButtonElement>(".cancel-run")!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const setBusy = (busy: boolean) => {
    root.classList.toggle("busy", busy);
    bar.hidden = !busy;
    cancel.disabled = !busy;
  };
  setBusy(false);
  return {
    started() {
      clearTimeout(timer);
      text.textContent = "Running…";
      bar.removeAttribute("value"); // indeterminate until the first report
      timer = setTimeout(() => setBusy(true), SHOW_AFTER_MS);
    },
    progress(p) {
      if (p.phase === "building") {
        bar.removeAttribute("value");
        text.textContent = "Building the army…";
      } else {
        bar.max = p.days;
        bar.value = p.day;
        text.textContent = `Simulating day ${p.day} of ${p.days}…`;
      }
    },
    finished(message) {
      clearTimeout(timer);
      setBusy(false);
      text.textContent = message;
    },
  };
}
