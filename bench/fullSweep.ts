/**
 * The full-sweep baselines of the benchmark: plain typed-array loops that check every soldier
 * every day, as a straightforward implementation of Granovetter (1978) and Watts (2002) would.
 * They return the defected count per day, which the benchmark compares with the kernels' numbers.
 */
import type { Graph } from "../src/model";

/** Granovetter's synchronous global rule: f = defected / N, then every loyal soldier with f >= t_i defects. */
export function globalSweep(thresholds: Float64Array, initial: Int32Array, days: number): Int32Array {
  const n = thresholds.length;
  const defected = new Uint8Array(n);
  const fresh = new Int32Array(n);
  const series = new Int32Array(days + 1);
  let count = 0;
  for (const i of initial) if (!defected[i]) (defected[i] = 1), count++;
  series[0] = count;
  for (let d = 1; d <= days; d++) {
    const f = count / n;
    let c = 0;
    for (let i = 0; i < n; i++) if (defected[i] === 0 && f >= thresholds[i]) fresh[c++] = i;
    for (let k = 0; k < c; k++) defected[fresh[k]] = 1;
    count += c;
    series[d] = count;
  }
  return series;
}

/** Watts's network rule: a loyal soldier of degree k > 0 defects when defected neighbours / k >= t_i. */
export function wattsSweep(graph: Graph, thresholds: Float64Array, initial: Int32Array, days: number): Int32Array {
  const n = thresholds.length;
  const { offsets, neighbours } = graph;
  const defected = new Uint8Array(n);
  const counts = new Int32Array(n);
  const fresh = new Int32Array(n);
  const series = new Int32Array(days + 1);
  let count = 0;
  const defect = (i: number) => {
    defected[i] = 1;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) counts[neighbours[e]]++;
  };
  for (const i of initial) if (!defected[i]) defect(i), count++;
  series[0] = count;
  for (let d = 1; d <= days; d++) {
    let c = 0;
    for (let i = 0; i < n; i++) {
      if (defected[i] !== 0) continue;
      const k = offsets[i + 1] - offsets[i];
      if (k > 0 && counts[i] / k >= thresholds[i]) fresh[c++] = i;
    }
    for (let k = 0; k < c; k++) defect(fresh[k]);
    count += c;
    series[d] = count;
  }
  return series;
}

/**
 * The part of a Watts run that every exact implementation does, the full sweep included: each
 * defector's neighbours counted once, the day's defectors in soldier order. Given the run's fates,
 * it returns a closure doing only that work, to be timed: no kernel can be faster than it, so
 * full sweep / edge work bounds any kernel's gain.
 */
export function wattsEdgeWork(graph: Graph, fate: Int32Array, days: number): () => number {
  const byDay: number[][] = Array.from({ length: days + 1 }, () => []);
  for (let i = 0; i < fate.length; i++) if (fate[i] >= 0 && fate[i] <= days) byDay[fate[i]].push(i);
  const lists = byDay.map((list) => Int32Array.from(list));
  const { offsets, neighbours } = graph;
  const counts = new Int32Array(graph.size);
  return () => {
    counts.fill(0);
    let ties = 0;
    for (const list of lists) {
      for (let k = 0; k < list.length; k++) {
        const i = list[k];
        const end = offsets[i + 1];
        ties += end - offsets[i];
        for (let e = offsets[i]; e < end; e++) counts[neighbours[e]]++;
      }
    }
    return ties;
  };
}
