/**
 * The simulation worker: the model core, unchanged, behind comlink. A run advances the Simulation a
 * slice of days at a time (about a frame's worth of work), reports progress and yields to the event
 * loop between slices, so that a newer run or a cancel sent by the page is seen and the stale run
 * stops instead of making the new one wait behind it.
 */
import * as Comlink from "comlink";
import { Simulation, type ModelParams } from "../src/model/index";
import { scenarioFromObject, toModelParams } from "../src/scenario/index";
import { RunInputsCache } from "../src/model/kernels/state/runInputsCache";
import type { RunInputs } from "../src/model/kernels/state/runInputs";
import { advanceSlice } from "./slices";
import { runCalibration } from "../src/batch/calibrationJob";
import { runTippingSearch } from "../src/batch/tippingJob";
import { CANCELLED, type BatchOutput, type RunOutput, type RunProgress, type SimulationApi } from "./protocol";

/** Work per slice before yielding, in milliseconds. */
const SLICE_MS = 30;
/** The largest army whose soldiers a worker keeps between single runs (some 30 MB at most). */
const KEPT_SOLDIERS = 1_000_000;

/** The newest run id seen; a run whose id is below it has been superseded. */
let latest = 0;
/** Runs with an id at or below this were cancelled. */
let cancelledUpTo = 0;
let failNext = false;
/** The ensemble prepared last: its id and each variant's model inputs. */
let ensemble: { id: number; params: ModelParams[] } | null = null;
/**
 * Each run's soldiers and graph, drawn once for all the variants that share its seed (common random
 * numbers); spells of forgetting kept only while later variants read them (none for a pair).
 */
const ensembleInputs = new RunInputsCache();
/**
 * The single run's soldiers and graph, kept for the next run: a slider that moves a parameter the
 * soldiers are not drawn from (the offer, opportunity, behaviour...) reruns on them, and the
 * kernels' per-population orders, without drawing again; the first run on them already keeps the
 * spells of forgetting that slider moves read (kernels/structures/forgettingDays.ts).
 */
const runInputs = new RunInputsCache(KEPT_SOLDIERS, true);

/** The inputs whose runs' code the idle warm-up has run once more (one warm-up per set of soldiers). */
let warmedInputs: RunInputs | null = null;
/** The inputs whose idle work is all done: the warm-up, and every opportunity day drawn ahead. */
let settledInputs: RunInputs | null = null;
/** The idle work in progress (settled() waits for it). */
let idleWork: Promise<void> | null = null;
/** Idle warm-ups run to the end; idle work stopped by a newer run or a cancel; opportunity days all drawn ahead (read by tests). */
export const warmUps = { done: 0, stopped: 0, drawnAhead: 0 };
/** Work per slice of idle work: short, so that a run asked for meanwhile waits little. */
const WARM_UP_SLICE_MS = 8;
/** Opportunity words drawn between two looks at the clock (some 0.1 ms). */
const WORDS_PER_LOOK = 256;

/**
 * Lets queued messages (a cancel, a newer run) be handled, then resumes. A MessageChannel task
 * rather than setTimeout(0): nested timeouts are clamped to 4 ms, which a run of many slices
 * would pay each time.
 */
const channel = new MessageChannel();
const resumes: Array<() => void> = [];
channel.port1.onmessage = () => resumes.shift()?.();
const yieldToEvents = () =>
  new Promise<void>((resolve) => {
    resumes.push(resolve);
    channel.port2.postMessage(null);
  });

function cancelled(): Error {
  const error = new Error("run cancelled");
  error.name = CANCELLED;
  return error;
}

/**
 * A task that runs once the worker has nothing else to do: at background priority where the
 * browser has a scheduler (a page's message, such as a newer run or a cancel, then always comes
 * first, and no 4 ms clamp of nested timeouts), else a timer task (Node's tests: a port's messages
 * may queue behind a MessageChannel's there).
 */
const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
const whenIdle: () => Promise<void> = scheduler?.postTask
  ? () => scheduler.postTask!(() => {}, { priority: "background" })
  : () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * What the worker does for the soldiers of its last run while it has nothing else to do, stopped
 * at its next slice by any newer run or a cancel and taken up again after the next run. It never
 * reports anything, and what it adds to the kept soldiers (opportunity days, spells of forgetting)
 * is what later runs would have drawn, so they give the same numbers.
 * 1. The same run once more, its result thrown away: a worker's second run of a scenario is its
 *    slowest slider move, its code not yet warm (chieu-hoi's first move after loading stepped
 *    118 ms in Node against 79 after one repeat, russia-asylum-2022-open-ended's 104 against 76).
 * 2. Every opportunity day of the soldiers drawn ahead (structures/chanceDays.ts): a move to a
 *    value where more soldiers are parked, or parked longer, reads them instead of drawing
 *    (Node, CPU: chieu-hoi one step up 100-125 ms after one run, 42-43 after the repeat and this).
 */
async function workWhileIdle(params: ModelParams, seed: number, runId: number, inputs: RunInputs): Promise<void> {
  const idle = () => latest === runId && runId > cancelledUpTo;
  await whenIdle(); // let the run's result go out first
  if (!idle()) return void warmUps.stopped++;
  if (warmedInputs !== inputs) {
    const simulation = new Simulation(params, seed, inputs);
    let sliceDays = 1;
    while (!simulation.done) {
      await whenIdle();
      if (!idle()) return void warmUps.stopped++;
      sliceDays = advanceSlice(simulation, sliceDays, WARM_UP_SLICE_MS);
    }
    simulation.result(); // lets the run's hold on kept days go (structures/chanceDays.ts)
    warmUps.done++;
    warmedInputs = inputs;
  }
  for (let drawn = false; !drawn; ) {
    await whenIdle();
    if (!idle()) return void warmUps.stopped++;
    const until = performance.now() + WARM_UP_SLICE_MS;
    do drawn = inputs.chanceDays?.drawAhead(WORDS_PER_LOOK) ?? true;
    while (!drawn && performance.now() < until);
  }
  if (inputs.chanceDays) warmUps.drawnAhead++;
  settledInputs = inputs;
}

export const api: SimulationApi = {
  async run(scenario, runId, onProgress, idleWorkWanted = true) {
    latest = Math.max(latest, runId);
    const stale = () => runId < latest || runId <= cancelledUpTo;
    const started = performance.now();
    if (failNext) {
      failNext = false;
      throw new Error("simulation worker failed on purpose (test hook)");
    }
    const file = scenarioFromObject(scenario);
    const params = toModelParams(file);
    const progress = (p: Omit<RunProgress, "runId">) => onProgress({ runId, ...p });
    progress({ day: 0, days: params.days, phase: "building" });
    // Let a cancel or a newer run that is already queued win before the (unsliceable) build.
    await yieldToEvents();
    if (stale()) throw cancelled();
    const inputs = runInputs.inputsFor(params, file.parameters.seed);
    const simulation = new Simulation(params, file.parameters.seed, inputs);
    const built = performance.now();
    let sliceDays = 1;
    while (!simulation.done) {
      sliceDays = advanceSlice(simulation, sliceDays, SLICE_MS);
      progress({ day: simulation.day, days: params.days, phase: "simulating" });
      await yieldToEvents();
      if (stale()) throw cancelled();
    }
    const stepped = performance.now();
    const result = simulation.result();
    // The thresholds are the kept soldiers' own: a copy is transferred, so that they stay for the next run.
    const thresholds = result.thresholds.slice();
    const finished = performance.now();
    const phases = { setupMs: built - started, stepMs: stepped - built, resultMs: finished - stepped };
    const output: RunOutput = { runId, params, ...result, thresholds, elapsedMs: finished - started, phases };
    // Only for kept soldiers (those given out with kept days): a larger army is drawn anew each run.
    if (idleWorkWanted && inputs !== settledInputs && inputs.chanceDays) idleWork = workWhileIdle(params, file.parameters.seed, runId, inputs);
    return Comlink.transfer(output, transferables(output));
  },
  prepareEnsemble(ensembleId, scenarios) {
    ensemble = { id: ensembleId, params: scenarios.map((scenario) => toModelParams(scenarioFromObject(scenario))) };
    ensembleInputs.clear();
  },
  async runBatch(ensembleId, tasks) {
    if (ensemble?.id !== ensembleId) throw new Error(`ensemble ${ensembleId} was not prepared in this worker`);
    const started = performance.now();
    const runs = tasks.map(({ variant, seed }) => {
      const params = ensemble!.params[variant];
      if (!params) throw new Error(`invalid variant: ${variant}`);
      const { series, summary } = new Simulation(params, seed, ensembleInputs.inputsFor(params, seed)).result();
      return { series, summary };
    });
    const output: BatchOutput = { runs, elapsedMs: performance.now() - started };
    return Comlink.transfer(output, [...new Set(runs.flatMap((r) => Object.values(r.series).map((a) => a.buffer as ArrayBuffer)))]);
  },
  async calibrate(scenario, fit, targets, runs, seed, ranges, onEnsemble) {
    // As `defection calibrate` runs it (src/batch/calibrationJob.ts).
    return runCalibration({ scenario, fit, targets, runs, seed, ranges }, { onEnsemble: (count) => void onEnsemble(count) });
  },
  async tippingPoint(scenario, path, range, level, runs, seed) {
    // As `defection tipping` runs it (src/batch/tippingJob.ts).
    return runTippingSearch({ scenario, path, range, level, runs, seed });
  },
  async settled() {
    await idleWork;
  },
  cancel(runId) {
    cancelledUpTo = Math.max(cancelledUpTo, runId);
  },
  fail(kind) {
    if (kind === "throw") failNext = true;
    else setTimeout(() => {
      throw new Error("simulation worker died (test hook)");
    }, 0);
  },
};

/** Every distinct buffer behind the run's typed arrays (a buffer may be listed only once). */
function transferables(output: RunOutput): ArrayBuffer[] {
  const arrays = [...Object.values(output.series), output.fate, output.thresholds];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

// Exposed to the page when loaded as a worker; tests import `api` and expose it on a MessageChannel.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== "undefined") Comlink.expose(api);
