/**
 * The page's ensemble in Node worker threads (issue 19): the comparison of the compare tab, 1,000
 * runs x 10,000 soldiers x 365 days of each of two variants (the asylum offer with its 60-day
 * deadline and open-ended, common random numbers), run as the page runs it: the tasks of
 * ui/workers/ensembleTasks.ts (run-major), batches sized and cut as ui/workers/workerPool.ts does
 * (about 150 ms each, never between the variants of one seed), the page's worker code in each
 * thread (workers/simulationWorker.ts) and the runs gathered into ui/compare/ensembleResults.ts.
 * Wall time from the first batch handed out to the last run in; `perRun` splits one thread's CPU
 * time of a run into drawing, kernel set-up and stepping.
 */
import { cpus } from "node:os";
import { basename } from "node:path";
import { Worker } from "node:worker_threads";
import { scenarioFromObject, toModelParams } from "../src/scenario/index";
import { ensembleTasks } from "../src/ui/workers/ensembleTasks";
import { batchEnd, nextBatchSize } from "../src/ui/workers/workerPool";
import { EnsembleResults } from "../src/ui/compare/ensembleResults";
import { Simulation } from "../src/model";
import { KERNELS } from "../src/model/simulation";
import { buildRunInputs } from "../src/model/kernels/state/runInputs";
import type { BatchOutput } from "../workers/protocol";
import { ensembleTiming, ensembleVariants, type EnsembleTiming } from "./ensembleVariants";


export interface PageEnsembleRow extends EnsembleTiming {
  kernels: string[];
  /** One thread, CPU milliseconds of one run of each variant: inputs drawn, kernel built, stepped. */
  perRun: { variant: string; drawMs: number; buildMs: number; stepMs: number }[];
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU time of each phase of a run, median over `samples` seeds, in this thread. */
function perRun(samples: number): PageEnsembleRow["perRun"] {
  return ensembleVariants().map(({ id, scenario }) => {
    const params = toModelParams(scenarioFromObject(scenario));
    const phases: number[][] = [[], [], []];
    for (let s = 0; s <= samples; s++) {
      const t0 = cpuMs();
      const inputs = buildRunInputs(params, 1000 + s);
      const t1 = cpuMs();
      const simulation = new Simulation(params, 1000 + s, inputs);
      const t2 = cpuMs();
      simulation.result();
      const t3 = cpuMs();
      if (s > 0) [t1 - t0, t2 - t1, t3 - t2].forEach((ms, k) => phases[k].push(ms));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
    return { variant: id, drawMs: median(phases[0]), buildMs: median(phases[1]), stepMs: median(phases[2]) };
  });
}

export async function pageEnsemble(runs: number, workers = cpus().length): Promise<PageEnsembleRow> {
  const variants = ensembleVariants();
  const comparison = { runs, masterSeed: 1, commonRandomNumbers: true, variants: variants.map(({ id, scenario }) => ({ name: id, hidden: false, scenario: scenarioFromObject(scenario) })) };
  const scenarios = comparison.variants.map((v) => v.scenario);
  const tasks = ensembleTasks(comparison);
  const results = new EnsembleResults(variants.length, runs, false);
  const threads = Array.from({ length: workers }, () => new Worker(new URL("./pageEnsembleWorker.mjs", import.meta.url)));
  const ask = <T>(thread: Worker, message: unknown) =>
    new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      thread.once("error", fail);
      thread.once("message", (reply: T) => {
        thread.off("error", fail);
        resolve(reply);
      });
      thread.postMessage(message);
    });
  try {
    await Promise.all(threads.map((thread) => ask(thread, { type: "prepare", id: 1, scenarios })));
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      threads.map(async (thread) => {
        let size = 1;
        while (next < tasks.length) {
          const batch = tasks.slice(next, batchEnd(tasks, next, size));
          next += batch.length;
          const output = await ask<BatchOutput>(thread, { type: "batch", id: 1, tasks: batch });
          batch.forEach((task, k) => results.add(task.variant, task.run, output.runs[k]));
          size = nextBatchSize(size, output.elapsedMs);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    if (results.completeRuns !== runs) throw new Error(`the page's ensemble delivered ${results.completeRuns} complete runs of ${runs}`);
    const kernels = comparison.variants.map((v) => KERNELS.find((k) => k.applies(toModelParams(v.scenario)))!.name);
    const row = { ...ensembleTiming(runs, variants.length, workers, seconds), kernels, perRun: perRun(5) };
    console.log(
      `the page's ensemble in ${workers} Node worker threads, 2 variants x ${runs} runs x 10,000 soldiers x 365 days: ${seconds.toFixed(1)} s (${row.msPerRun.toFixed(1)} ms a run; kernels ${kernels.join(", ")})`,
    );
    for (const p of row.perRun) console.log(`  ${p.variant}, one run in one thread (CPU): drawing ${p.drawMs.toFixed(2)} ms, kernel set-up ${p.buildMs.toFixed(2)} ms, stepping ${p.stepMs.toFixed(1)} ms`);
    return row;
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

// `node --import tsx bench/pageEnsemble.ts [runs] [workers]` (or, built, `node
// build/bench/pageEnsemble.mjs`): this row alone. Known by the script's name: bundled, this code
// may sit in a chunk that bench/run.ts loads too.
if (/^pageEnsemble\.(ts|mjs)$/.test(basename(process.argv[1] ?? ""))) {
  await pageEnsemble(Number(process.argv[2] ?? 1000), process.argv[3] ? Number(process.argv[3]) : undefined);
}
