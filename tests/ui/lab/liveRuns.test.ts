/**
 * liveRuns: a moving slider never cancels the run in flight; the latest value waits as the one
 * pending run (older ones are dropped), a committed value cancels at once, and Cancel drops what waits.
 */
import { describe, expect, it } from "vitest";
import { liveRuns, type Runner } from "../../../src/ui/lab/liveRuns";
import type { RunOutcome } from "../../../src/ui/workers/simulationRunner";
import type { RunOutput } from "../../../workers/protocol";

/** A runner whose runs end when the test says: `finish(k)` ends the k-th run started; a new run supersedes the one in flight, as SimulationRunner does. */
function fakeRunner() {
  const started: { scenario: unknown; resolve: (outcome: RunOutcome) => void }[] = [];
  let current: ((outcome: RunOutcome) => void) | null = null;
  const runner: Runner = {
    run(scenario) {
      current?.({ kind: "superseded" });
      return new Promise<RunOutcome>((resolve) => {
        current = resolve;
        started.push({ scenario, resolve });
      });
    },
  };
  const done = (k: number) => started[k].resolve({ kind: "done", output: { runId: k } as unknown as RunOutput, settings: `run ${k}` });
  return { runner, started, done };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("liveRuns", () => {
  it("while a run is in flight, slider values wait; only the latest runs, after it finishes, and both are drawn", async () => {
    const { runner, started, done } = fakeRunner();
    const drawn: unknown[] = [];
    const runs = liveRuns<string>(runner, () => undefined, (tag, outcome) => outcome.kind === "done" && drawn.push(tag));
    runs.request({ scenario: "a", tag: "a", live: true });
    runs.request({ scenario: "b", tag: "b", live: true });
    runs.request({ scenario: "c", tag: "c", live: true });
    expect(started.map((s) => s.scenario)).toEqual(["a"]);
    expect(runs.pending).toBe(true);
    done(0);
    await tick();
    expect(drawn).toEqual(["a"]);
    expect(started.map((s) => s.scenario)).toEqual(["a", "c"]); // b was stale: dropped, never run
    done(1);
    await tick();
    expect(drawn).toEqual(["a", "c"]);
    expect(runs.pending).toBe(false);
  });

  it("a committed value cancels the run in flight and the pending slider value, and runs at once", async () => {
    const { runner, started, done } = fakeRunner();
    const outcomes: string[] = [];
    const runs = liveRuns<string>(runner, () => undefined, (tag, outcome) => outcomes.push(`${tag}:${outcome.kind}`));
    runs.request({ scenario: "a", tag: "a", live: true });
    runs.request({ scenario: "b", tag: "b", live: true });
    runs.request({ scenario: "typed", tag: "typed", live: false });
    expect(started.map((s) => s.scenario)).toEqual(["a", "typed"]);
    await tick();
    done(1);
    await tick();
    expect(outcomes).toEqual(["typed:done"]); // a was superseded (not reported), b never ran
    expect(started.length).toBe(2);
  });

  it("Cancel drops the value waiting behind the cancelled run", async () => {
    const { runner, started } = fakeRunner();
    const outcomes: string[] = [];
    const runs = liveRuns<string>(runner, () => undefined, (tag, outcome) => outcomes.push(`${tag}:${outcome.kind}`));
    runs.request({ scenario: "a", tag: "a", live: true });
    runs.request({ scenario: "b", tag: "b", live: true });
    started[0].resolve({ kind: "cancelled" });
    await tick();
    expect(outcomes).toEqual(["a:cancelled"]);
    expect(started.length).toBe(1);
    expect(runs.pending).toBe(false);
  });

  it("letting the slider go starts the pending value at once, cancelling the older run in flight", async () => {
    const { runner, started, done } = fakeRunner();
    const outcomes: string[] = [];
    const runs = liveRuns<string>(runner, () => undefined, (tag, outcome) => outcomes.push(`${tag}:${outcome.kind}`));
    runs.request({ scenario: "a", tag: "a", live: true });
    runs.request({ scenario: "b", tag: "b", live: true });
    runs.settle();
    expect(started.map((s) => s.scenario)).toEqual(["a", "b"]);
    await tick();
    done(1);
    await tick();
    expect(outcomes).toEqual(["b:done"]);
    runs.settle(); // nothing pending: nothing starts
    expect(started.length).toBe(2);
  });
});
