/**
 * End-to-end rows of the bench (issue 19): what a user waits for, from the scenario and seed to the
 * last number. The kernel's side is `new Simulation(params, seed).result()` with nothing prebuilt
 * (soldiers and graph drawn, kernel built, stepped, summary and fates written); the reference's side
 * draws the same inputs (buildRunInputs) and runs its full sweep on them. Each is timed after one
 * untimed run; a fresh population every run, so no per-population cache helps either side.
 *
 * Memory: bytes held in typed arrays by one finished run (soldiers, graph, kernel state and fates;
 * the daily series, a few KB, left out), per soldier, and the graph's bytes per tie.
 */
import { Simulation, type ModelParams } from "../src/model";
import { buildRunInputs, type RunInputs } from "../src/model/kernels/state/runInputs";
import { typedBytes } from "./memory";

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Median CPU time of the process (user + system) over the runs: on a shared, loaded machine wall time also counts the waits for a core. */
  cpuMedian: number;
}

export function time<T>(runs: number, fn: () => T): [Timing, T] {
  const times: number[] = [];
  const cpu: number[] = [];
  let out!: T;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    out = fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return [{ median: times[times.length >> 1], min: times[0], max: times[times.length - 1], runs, cpuMedian: cpu[cpu.length >> 1] }, out];
}

export interface EndToEndRow {
  case: string;
  soldiers: number;
  days: number;
  seed: number;
  /** Scenario + seed to result, nothing prebuilt. */
  kernel: Timing;
  /** The same inputs drawn, then the full sweep. */
  reference: Timing & { kind: string };
  /** reference / kernel (wall-time medians). */
  speedup: number;
  /** reference / kernel (CPU-time medians). */
  cpuSpeedup: number;
  identical: boolean;
  /** Typed-array bytes of one finished run per soldier (capacity), series excluded; the graph's ties excluded too where there is a graph. */
  bytesPerSoldier: number;
  /** Network runs: the graph's neighbour list per tie (each tie held twice, once per end). */
  bytesPerTie?: number;
}

const sameSeries = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.prototype.every.call(a, (v: number, k: number) => v === b[k]);

export function endToEnd(
  name: string,
  params: ModelParams,
  seed: number,
  runs: number,
  reference: { kind: string; runs?: number; run: (inputs: RunInputs) => ArrayLike<number> },
): EndToEndRow {
  // One collection before the case, none between runs: a forced collection leaves the heap's
  // background threads sweeping (counted in the process's CPU time) and fresh pages to fault in
  // during the next run, which at 10^5 made the kernel's CPU time 3x.
  global.gc?.();
  const kernelRun = () => new Simulation(params, seed).result();
  const referenceRun = () => reference.run(buildRunInputs(params, seed));
  kernelRun();
  const [kernel, result] = time(runs, kernelRun);
  const refRuns = reference.runs ?? runs;
  if (refRuns === runs) referenceRun();
  const [ref, refDefected] = time(refRuns, referenceRun);

  global.gc?.();
  const sim = new Simulation(params, seed);
  const finished = sim.result();
  const series = typedBytes(finished.series);
  const ties = sim.graph ? sim.graph.neighbours.byteLength : 0;
  const row: EndToEndRow = {
    case: name,
    soldiers: params.size,
    days: params.days,
    seed,
    kernel,
    reference: { ...ref, kind: reference.kind },
    speedup: ref.median / kernel.median,
    cpuSpeedup: ref.cpuMedian / kernel.cpuMedian,
    identical: sameSeries(result.series.defected, refDefected),
    bytesPerSoldier: (typedBytes({ sim, finished }) - series - ties) / sim.population.capacity,
  };
  if (sim.graph) row.bytesPerTie = ties / (sim.graph.neighbours.length / 2);
  return row;
}
