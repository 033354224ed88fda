// A bench case run by Simulation inside a Web Worker: the full model (every mechanism on) or the
// global model. Soldiers and network are drawn once and timed apart (setupMs), as in Node's rows.
import { Simulation } from "../../src/model";
import { buildRunInputs } from "../../src/model/kernels/state/runInputs";
import { fullCase, globalCase } from "../cases";

self.onmessage = (event: MessageEvent<{ model: "full" | "global"; size: number; runs: number }>) => {
  const { model, size, runs } = event.data;
  const params = model === "global" ? globalCase(size) : fullCase(size, "network");
  const t0 = performance.now();
  const inputs = buildRunInputs(params, 1);
  const setupMs = performance.now() - t0;
  const times: number[] = [];
  let defected: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    const start = performance.now();
    const result = new Simulation(params, 1, inputs).result();
    const took = performance.now() - start;
    if (r > 0) times.push(took); // the first run warms up the JIT
    defected = Array.from(result.series.defected);
  }
  self.postMessage({ setupMs, times, defected });
};
