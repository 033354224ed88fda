import { foundationParams, simulate } from "./src/model";
import { abcSmc } from "./src/calibration/abcSmc";
import { inProcessRunner } from "./src/calibration/particleRunner";
import { posteriorSummary } from "./src/calibration/posteriorSummary";
import { makeTarget, targetValue } from "./src/scenario/target";
import type { Prior } from "./src/calibration/prior";

const build = (v: readonly number[]) => foundationParams({
  size: 400, days: 60,
  thresholds: { kind: "normal", mean: 0.45, sd: 0.15 },
  offer: { attractiveness: v[0], windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 14 },
  awareness: { initial: 0.1, leafletReach: v[1], wordOfMouth: 0 },
  opportunity: 0.1,
});
const truth = [0.15, 0.03];
const priors: Prior[] = [{ path: "offer.attractiveness", distribution: "uniform", low: 0, high: 0.4 }, { path: "awareness.leafletReach", distribution: "log-uniform", low: 0.003, high: 0.3 }];
let covered = [0, 0];
const reps = Number(process.argv[2] ?? 5);
const t0 = Date.now();
for (let rep = 0; rep < reps; rep++) {
  const series = simulate(build(truth), 5000 + rep).series;
  const targets = [10, 20, 30, 45, 60].map((day) => { const t = makeTarget({ quantity: "defected", day, unit: "count", low: 0, high: 0, text: "" }); const v = targetValue(series, t); return makeTarget({ quantity: "defected", day, unit: "count", low: v, high: v, sd: Math.max(3, 0.1 * v), text: `defected@day=${day}:${v}` }); });
  const state = await abcSmc({ priors, targets, particles: 100, runs: 4, seed: 1 + rep * 1000 }, inProcessRunner(build));
  const pop = state.populations.at(-1)!;
  const s = posteriorSummary(pop, priors);
  s.marginals.forEach((m, d) => { if (m.low <= truth[d] && truth[d] <= m.high) covered[d]++; });
  console.log(rep, targets.map(t=>t.low).join(","), state.stopped, state.populations.map(p => `${p.tolerance?.toFixed(2)}:${p.acceptance.toFixed(2)}:${p.ess.toFixed(0)}`).join(" "), s.marginals.map(m => `${m.path} ${m.median.toPrecision(3)} [${m.low.toPrecision(3)}, ${m.high.toPrecision(3)}] n=${m.narrowing.toFixed(2)}`).join(" | "), s.correlations[0][1].toFixed(2));
}
console.log("covered", covered, "of", reps, (Date.now() - t0) / 1000, "s");
