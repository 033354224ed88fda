// The full model (every mechanism on, the bench's fullCase) run by Simulation inside a Web Worker.
import { Simulation } from "../../src/model";
import { fullCase } from "../cases";

self.onmessage = (event: MessageEvent<{ size: number; runs: number }>) => {
  const { size, runs } = event.data;
  const params = fullCase(size, "network");
  const times: number[] = [];
  let defected: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    const t0 = performance.now();
    const result = new Simulation(params, 1).result();
    const took = performance.now() - t0;
    if (r > 0) times.push(took); // the first run warms up the JIT
    defected = Array.from(result.series.defected);
  }
  self.postMessage({ times, defected });
};
