/**
 * Which run the lab starts, and when, so that a dragged slider keeps the picture moving. A
 * committed change (a number box, a select, a button) cancels the run in flight and starts at once,
 * as before. A live change (a slider moving) never cancels: if a run is in flight it waits as the
 * one pending run, replacing any older pending one (a stale value is dropped, never run), and starts
 * when the run in flight finishes. So while a slider moves, the charts show the latest finished
 * result at the rate runs finish instead of nothing until the slider stops, and the value the
 * slider stops at is always the last one run. When the slider is let go, the pending value starts at
 * once (`settle`): the run in flight is of an older value, so it is cancelled rather than waited for.
 */
import type { RunOutcome } from "../workers/simulationRunner";

export interface RunRequest<T> {
  /** What to run (a validated scenario). */
  scenario: unknown;
  /** What the caller needs back with the outcome (the lab's state and scenario). */
  tag: T;
  /** A slider moving: wait for the run in flight rather than cancel it. */
  live: boolean;
}

export interface LiveRuns<T> {
  request(request: RunRequest<T>): void;
  /** The slider was let go: the pending value, if any, starts now, cancelling the run in flight. */
  settle(): void;
  /** Whether a run is waiting for the one in flight (the charts show an older value meanwhile). */
  readonly pending: boolean;
}

export interface Runner {
  run(scenario: unknown): Promise<RunOutcome>;
}

/**
 * `onStart` is called when a run starts, `onOutcome` when one ends other than superseded (a newer
 * committed run cancelled it: that one reports instead).
 */
export function liveRuns<T>(runner: Runner, onStart: (tag: T) => void, onOutcome: (tag: T, outcome: RunOutcome) => void): LiveRuns<T> {
  let inFlight = 0;
  let pending: RunRequest<T> | null = null;

  async function start(request: RunRequest<T>): Promise<void> {
    inFlight++;
    onStart(request.tag);
    let outcome: RunOutcome;
    try {
      outcome = await runner.run(request.scenario);
    } finally {
      inFlight--;
    }
    if (outcome.kind === "superseded") return;
    // Cancel stops the work: a value waiting behind the cancelled run waits for the next change or "Run again".
    if (outcome.kind === "cancelled") pending = null;
    onOutcome(request.tag, outcome);
    if (pending && inFlight === 0) {
      const next = pending;
      pending = null;
      void start(next);
    }
  }

  return {
    request(request) {
      if (request.live && inFlight > 0) {
        pending = request;
        return;
      }
      pending = null;
      void start(request);
    },
    settle() {
      if (!pending) return;
      const next = pending;
      pending = null;
      void start(next);
    },
    get pending() {
      return pending !== null;
    },
  };
}
