/**
 * Coverage of ABC-SMC's 95% credible intervals: repeatedly make targets from one run of a small
 * army at known parameter values (tests/calibration/recoveryCase.ts), calibrate 2 or 3 parameters
 * at once, and count how often each true value falls inside its interval. Expect about 95% (ABC's
 * tolerance makes intervals a little wide, so more is fine; far less is a bug).
 *
 *   npx tsx scripts/abc-coverage.ts [PARAMETERS=2] [REPETITIONS=20] [PARTICLES=100] [RUNS=4]
 */
import { abcSmc } from "../src/calibration/abcSmc";
import { inProcessRunner } from "../src/calibration/particleRunner";
import { posteriorSummary } from "../src/calibration/posteriorSummary";
import { RECOVERY_PRIORS, RECOVERY_TRUTH, recoveryParams, recoveryTargets } from "../tests/calibration/recoveryCase";

const [dimensions = 2, repetitions = 20, particles = 100, runs = 4] = process.argv.slice(2).map(Number);
const priors = RECOVERY_PRIORS.slice(0, dimensions);
const truth = RECOVERY_TRUTH.slice(0, dimensions);
const covered = truth.map(() => 0);
const started = Date.now();
for (let rep = 0; rep < repetitions; rep++) {
  const targets = recoveryTargets(truth, 50_000 + rep);
  const state = await abcSmc({ priors, targets, particles, runs, seed: 1 + rep * 1000 }, inProcessRunner(recoveryParams));
  const { marginals } = posteriorSummary(state.populations.at(-1)!, priors);
  marginals.forEach((m, d) => (covered[d] += Number(m.low <= truth[d] && truth[d] <= m.high)));
  console.log(
    `rep ${rep}: ${state.populations.length} generations, ${state.stopped}; ` +
      marginals.map((m, d) => `${m.path} ${fmt(m.median)} [${fmt(m.low)}, ${fmt(m.high)}]${m.low <= truth[d] && truth[d] <= m.high ? "" : " MISSED"}`).join("; "),
  );
}
console.log(`\ncoverage of the 95% intervals over ${repetitions} repetitions (${((Date.now() - started) / 1000).toFixed(0)} s):`);
priors.forEach((p, d) => console.log(`  ${p.path} = ${truth[d]}: ${covered[d]}/${repetitions} (${((100 * covered[d]) / repetitions).toFixed(0)}%)`));

function fmt(x: number): string {
  return String(Number(x.toPrecision(3)));
}
