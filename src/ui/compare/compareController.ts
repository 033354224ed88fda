/**
 * What the compare view does: keeps the ensemble on screen in step with the comparison in the
 * store (a reorder under common random numbers keeps the runs; any other change of the numbers
 * drops them), runs the ensemble of every variant on the page's pool of workers, continues one
 * that stopped short, and adds variants. The comparison itself lives in the store (appState.ts).
 */
import type { ScenarioFile } from "../../scenario/index";
import type { Comparison } from "../../ensemble/comparisonFile";
import type { AppStore } from "../state/appState";
import type { MessageArea } from "../messageArea";
import type { WorkerPool } from "../workers/workerPool";
import { addVariant, numbersKey, reorderOfRuns, uniqueName } from "./comparisonState";
import { ensembleTasks } from "../workers/ensembleTasks";
import { drawOfRun, scenarioWithDraw } from "../../ensemble/posteriorRun";
import { EnsembleResults, MAX_SERIES_ROWS, seriesRowCount } from "./ensembleResults";
import type { EnsembleProgress } from "./ensembleProgress";
import { mark } from "../testHooks";

import { poolFreeFor } from "../workers/poolBusyNotice";

const POOL_USER = "comparison";

/** The ensemble on screen (or running): its results and the numbers key it was run for. */
export interface ShownEnsemble {
  results: EnsembleResults;
  key: string;
}

export interface CompareControllerOptions {
  store: AppStore;
  pool: WorkerPool;
  messages: MessageArea;
  progress: EnsembleProgress;
  /** Redraws the form (buttons, fields). */
  render(): void;
  /** Asks for a (throttled) redraw of the charts and table; `now` draws at once. */
  requestDraw(now?: boolean): void;
  /** Draws what is pending at once (before the final state is announced). */
  flushDraw(): void;
  /** Empties the charts and table (the ensemble was dropped). */
  clearDraw(): void;
  /** The number of variants changed. */
  onCount(count: number): void;
}

export interface CompareController {
  readonly ensemble: ShownEnsemble | null;
  /** This view's ensemble is running on the shared pool (the sweep may run on it instead). */
  running(): boolean;
  unfinished(): boolean;
  /** Runs the ensemble; with `resume`, only the runs the one shown lacks, into the same results. */
  run(resume?: boolean): Promise<void>;
  cancel(): void;
  add(scenario: ScenarioFile, name: string): void;
  /**
   * Replaces the comparison with a loaded one; `how` starts the notice. `start` "run" runs it at
   * once (the user chose the file); "offer" only offers to (a link or a reload never starts a long
   * run by itself).
   */
  load(comparison: Comparison, how: string, start: "run" | "offer"): void;
}

export function compareController(options: CompareControllerOptions): CompareController {
  const { store, pool, messages, progress } = options;
  const ours = () => pool.runningFor === POOL_USER;
  let ensemble: ShownEnsemble | null = null;
  const unfinished = () => ensemble !== null && ensemble.results.received < ensemble.results.total;

  store.subscribe((state, previousState) => {
    const next = state.comparison;
    const previous = previousState.comparison;
    if (next === previous) return;
    const order = ensemble && !ours() && numbersKey(previous) === ensemble.key ? reorderOfRuns(previous, next) : null;
    if (ensemble && order && numbersKey(next) !== ensemble.key) {
      // Only the order changed, under common random numbers: the runs stay, reordered.
      ensemble = { ...ensemble, results: ensemble.results.reordered(order), key: numbersKey(next) };
    } else if (ensemble && numbersKey(next) !== ensemble.key) {
      if (ours()) pool.cancel();
      ensemble = null;
      options.clearDraw();
      progress.finished(next.variants.length ? "The variants or ensemble settings changed: press “Run ensemble” for new results." : "");
    }
    options.render();
    if (ensemble) options.requestDraw(true);
    if (previous.variants.length !== next.variants.length) options.onCount(next.variants.length);
  });

  async function run(resume = false): Promise<void> {
    const comparison = store.get().comparison;
    if (ours() || comparison.variants.length === 0) return;
    if (!poolFreeFor(pool, messages, "the ensemble")) return;
    const continuing = resume && ensemble !== null && unfinished();
    const results = continuing ? ensemble!.results : new EnsembleResults(comparison.variants.length, comparison.runs, seriesRowCount(comparison) <= MAX_SERIES_ROWS);
    if (!continuing) {
      ensemble = { results, key: numbersKey(comparison) };
      options.clearDraw();
    }
    const tasks = ensembleTasks(comparison).filter((task) => !results.has(task.variant, task.run));
    const workers = Math.min(pool.poolSize, tasks.length);
    progress.started(results.total, workers, results.received);
    mark("compareState", "running");
    const started = performance.now();
    // Over a posterior, run r of variant v runs that variant's scenario with draw r mod N (posteriorRun.ts, as the command line).
    const draws = comparison.posterior?.draws.length ?? 0;
    const scenarios = draws ? comparison.variants.flatMap((_, v) => Array.from({ length: draws }, (_, d) => scenarioWithDraw(comparison, v, d))) : comparison.variants.map((v) => v.scenario);
    const poolTasks = draws ? tasks.map((task) => ({ ...task, variant: task.variant * draws + drawOfRun(comparison, task.run)! })) : tasks;
    const outcome = pool.run(
      scenarios,
      poolTasks,
      (batch, runs) => {
        if (ensemble?.results !== results) return;
        batch.forEach((task, k) => results.add(draws ? Math.floor(task.variant / draws) : task.variant, task.run, runs[k]));
        progress.update(results.received);
        options.requestDraw();
      },
      POOL_USER,
    );
    options.render();
    const result = await outcome;
    if (ensemble?.results !== results) return; // superseded by a change
    const elapsed = performance.now() - started;
    const seconds = (elapsed / 1000).toFixed(1);
    mark("compareElapsedMs", Math.round(elapsed));
    mark("compareWorkers", workers);
    const k = results.completeRuns;
    // Draw the final state before announcing it, so that what the state says is what is on screen.
    options.flushDraw();
    switch (result.kind) {
      case "done":
        progress.finished(`${results.total.toLocaleString("en-US")} runs (${comparison.runs.toLocaleString("en-US")} per variant) in ${seconds} s on ${pool.workersUsed} worker${pool.workersUsed === 1 ? "" : "s"}.${pool.memoryNotice}`);
        break;
      case "cancelled":
        progress.finished(`Cancelled after ${seconds} s: showing runs 0–${Math.max(0, k - 1)} of every variant (${k.toLocaleString("en-US")} of ${comparison.runs.toLocaleString("en-US")} per variant); exports hold the same.`);
        break;
      case "failed":
        progress.finished(`The ensemble failed after ${k.toLocaleString("en-US")} complete runs per variant.`);
        messages.show("error", "The ensemble stopped with an error; what was done is kept.", [result.error.message]);
        break;
    }
    mark("compareState", result.kind);
  }

  return {
    get ensemble() {
      return ensemble;
    },
    running: ours,
    unfinished,
    run,
    cancel() {
      if (ours()) pool.cancel();
    },
    add(scenario, name) {
      try {
        const comparison = store.get().comparison;
        const first = comparison.variants.length === 0;
        const next = addVariant(comparison, { name: uniqueName(comparison, name), hidden: false, scenario });
        store.set({ comparison: first ? { ...next, masterSeed: scenario.parameters.seed } : next });
        messages.clear();
      } catch (error) {
        messages.show("error", (error as Error).message);
      }
    },
    load(loaded, how, start) {
      const count = loaded.variants.length;
      const what = `${how}: ${count} variant${count === 1 ? "" : "s"}, ${loaded.runs} runs each`;
      if (start === "run") messages.show("notice", `${what}.`);
      else {
        const total = (count * loaded.runs).toLocaleString("en-US");
        messages.show("notice", `${what}, not run yet.`, [], { label: `Run the ensemble (${total} runs)`, run: () => void run() });
      }
      if (ours()) pool.cancel();
      ensemble = null;
      store.set({ comparison: loaded });
      options.render();
      options.onCount(count);
      if (start === "run") void run();
    },
  };
}
