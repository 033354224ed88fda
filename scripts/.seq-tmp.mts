import { readFileSync } from "node:fs";
import { Simulation } from "../src/model/index";
import { scenarioFromObject, toModelParams } from "../src/scenario/index";
import { RunInputsCache } from "../src/model/kernels/state/runInputsCache";
import { advanceSlice } from "../workers/slices";
const id = process.argv[2] ?? "chieu-hoi";
const seq = (process.argv[3] ?? "0,0,F,1,2,3").split(",");
const json = JSON.parse(readFileSync(`scenarios/${id}.json`, "utf8"));
const base = json.parameters.offer.attractiveness;
const cache = new RunInputsCache(1_000_000, true);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let lastInputs: any = null;
for (const s of seq) {
  if (s === "F") { const c0 = cpu(); while (!lastInputs.chanceDays.drawAhead(4096)); console.log(`fill cpu ${(cpu()-c0).toFixed(1)}`); continue; }
  json.parameters.offer.attractiveness = +(base + Number(s) * 0.01).toFixed(2);
  const file = scenarioFromObject(json);
  const params = toModelParams(file);
  const c0 = cpu();
  const inputs = cache.inputsFor(params, file.parameters.seed); lastInputs = inputs;
  const sim = new Simulation(params, file.parameters.seed, inputs);
  const c1 = cpu();
  let slice = 1;
  while (!sim.done) slice = advanceSlice(sim, slice, 30);
  const c2 = cpu();
  sim.result();
  console.log(`${id} a=${json.parameters.offer.attractiveness} setup ${(c1-c0).toFixed(1)} steps ${(c2-c1).toFixed(1)} (cpu ms)`);
}
