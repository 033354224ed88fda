/**
 * `npm run bench:networks [-- --size N]`: how long each network generator takes to build its CSR
 * graph (edge list, shuffles and the graph itself) at 10^6 soldiers by default, median of 3 builds,
 * with the mean degree reached and the largest degree. Writes bench/results-networks.json.
 */
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { buildNetwork, type NetworkSpec } from "../src/model";
import { benchFolder } from "./benchFolder";

const sizeFlag = process.argv.indexOf("--size");
const size = sizeFlag >= 0 ? Number(process.argv[sizeFlag + 1]) : 1_000_000;
const RUNS = 3;

const specs: NetworkSpec[] = [
  { kind: "erdos-renyi", meanDegree: 4 },
  { kind: "small-world", degree: 4, rewire: 0.1 },
  { kind: "regular-ring", degree: 4, rewire: 0.1 },
  { kind: "scale-free", meanDegree: 4, exponent: 2.5, maxDegree: 1000 },
  { kind: "scale-free", meanDegree: 6, exponent: 2.5, maxDegree: 1000 },
  { kind: "preferential-attachment", tiesPerSoldier: 2 },
  { kind: "preferential-attachment", tiesPerSoldier: 3 },
  { kind: "clustered", meanDegree: 4, clustering: 1 / 3 },
  { kind: "clustered", meanDegree: 6, clustering: 0.2 },
];

const rows = specs.map((spec) => {
  const times: number[] = [];
  let meanDegree = 0;
  let largest = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const graph = buildNetwork(spec, size, 100, 1 + r);
    times.push(performance.now() - t0);
    meanDegree = graph.neighbours.length / size;
    largest = 0;
    for (let i = 0; i < size; i++) largest = Math.max(largest, graph.offsets[i + 1] - graph.offsets[i]);
  }
  times.sort((a, b) => a - b);
  const row = { spec, size, medianMs: Math.round(times[RUNS >> 1]), minMs: Math.round(times[0]), maxMs: Math.round(times[RUNS - 1]), meanDegree: Number(meanDegree.toFixed(3)), largestDegree: largest };
  console.log(`${JSON.stringify(spec).padEnd(82)} ${String(row.medianMs).padStart(6)} ms  (${row.minMs}-${row.maxMs})  mean degree ${row.meanDegree}, largest ${largest}`);
  return row;
});

writeFileSync(join(benchFolder, "results-networks.json"), JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, runs: RUNS, rows }, null, 2) + "\n");
