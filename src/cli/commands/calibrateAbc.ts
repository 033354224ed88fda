/**
 * `defection calibrate --method abc`: ABC-SMC over every parameter with a prior (calibration/abcSmc.ts)
 * on the pool of worker threads, a line per generation on stderr, a checkpoint after each
 * generation (`--resume` continues from it, to the same numbers), then the posterior's medians and
 * 95% credible intervals, which parameters the targets leave unidentified, and the posterior
 * predictive band at each target; `--posterior` and `--band` write them as CSV.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { ABC_DEFAULTS, type AbcState } from "../../calibration/abcSmc";
import { runAbcJob, uniformPriors } from "../../batch/abcJob";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";
import type { Prior } from "../../calibration/prior";
import type { ParticleRunner } from "../../calibration/particleRunner";
import { InputError, parameterAt, parsePriorText, toModelParams, toPrior, type ScenarioFile } from "../../scenario";
import { posteriorCsv, predictiveBandCsv } from "../../output/posteriorCsv";
import { booleanFlag, listFlag, stringFlag } from "../args";
import { workersFlag } from "../commonFlags";
import { UsageError } from "../usageError";
import { wholeNumber } from "../wholeNumber";
import { writeChunk, type Io } from "../io";
import { estimateRunBytes, planWorkers } from "../memoryPlan";
import { openAtomicFile } from "../writeFileAtomic";
import { packageVersion } from "../packageRoot";
import { poolRunner } from "./calibratePool";
import { targetLabel } from "../../calibration/targetWords";
import { fmt, parseRange, type CalibrationInputs } from "./calibrate";
import { writeOutput } from "../outputFiles";

export async function abcCalibration({ args, source, targets, skipped, seed, build, outputs, report, calendar }: CalibrationInputs, start: ScenarioFile, io: Io) {
  const priors = readPriors(args, start);
  const paths = priors.map((p) => p.path);
  const count = (flag: string, fallback: number, min: number, max: number) => {
    const text = stringFlag(args, flag);
    return text === undefined ? fallback : wholeNumber(`--${flag}`, text, min, max, "calibrate");
  };
  const limits = BATCH_DEFAULTS.abc;
  const particles = count("particles", limits.particles, 10, limits.maxParticles);
  const runs = count("runs", limits.runs, 1, limits.maxRuns);
  const maxGenerations = count("generations", ABC_DEFAULTS.maxGenerations, 1, limits.maxGenerations);
  const draws = count("draws", limits.draws, 10, limits.maxDraws);
  const plan = planWorkers(workersFlag(args, "calibrate"), estimateRunBytes(toModelParams(start)), particles * runs);
  if (plan.note) await writeChunk(io.stderr, plan.note);
  const workers = plan.workers;
  const toleranceText = stringFlag(args, "tolerance");
  const minTolerance = toleranceText === undefined ? ABC_DEFAULTS.minTolerance : Number(toleranceText);
  if (!(minTolerance > 0)) throw new UsageError(`--tolerance must be a number above 0 (in standard deviations of the targets), got ${JSON.stringify(toleranceText)}`, "calibrate");
  const options = { priors, targets, particles, runs, seed, maxGenerations, minTolerance };

  const posteriorPath = outputs["--posterior"]?.target === "-" ? undefined : stringFlag(args, "posterior");
  const outPath = outputs["--out"]?.target === "-" ? undefined : stringFlag(args, "out");
  const checkpoint = stringFlag(args, "checkpoint") ?? (posteriorPath ?? outPath)?.concat(".checkpoint.json");
  const hash = createHash("sha256")
    .update(JSON.stringify({ scenario: source.object, targets: targets.map((t) => t.text), options, version: packageVersion() }))
    .digest("hex")
    .slice(0, 16);
  let resume: AbcState | undefined;
  if (booleanFlag(args, "resume")) {
    if (checkpoint === undefined) throw new UsageError("--resume needs a checkpoint: give --checkpoint FILE (or --posterior or --out, whose name it takes)", "calibrate");
    if (existsSync(checkpoint)) resume = readCheckpoint(checkpoint, hash);
  }

  const pool = poolRunner((values) => build(paths, values), workers);
  try {
    return await calibrateOnPool(pool.run);
  } finally {
    await pool.close();
  }

  async function calibrateOnPool(runner: ParticleRunner) {
    let reported = resume?.populations.at(-1)?.generation ?? -1;
    const { state, final, marginals, correlations, band } = await runAbcJob({ ...options, draws }, runner, {
      onPopulation: async (current) => {
        const last = current.populations.at(-1);
        if (last && last.generation > reported && (reported = last.generation) >= 0)
          await writeChunk(io.stderr, `generation ${last.generation}: tolerance ${last.tolerance === null ? "none (the priors)" : fmt(last.tolerance)}, kept ${fmt(100 * last.acceptance)}% of ${last.proposals} proposals, effective sample ${fmt(last.ess)}\n`);
        if (checkpoint !== undefined) await writeCheckpoint(checkpoint, JSON.stringify({ hash, state: current }) + "\n");
      },
    }, resume);
    const summary = { marginals, correlations };

    if (booleanFlag(args, "json")) await writeChunk(report, JSON.stringify({ method: "abc", stopped: state.stopped, generations: state.populations.map(({ particles: _, ...rest }) => rest), ...summary, predicted: band.targets }, null, 2) + "\n");
    else {
      const lines = [`ABC-SMC: ${particles} particles x ${runs} runs, ${state.populations.length} generations (stopped: ${state.stopped}), seed ${seed}:`];
      for (const m of summary.marginals)
        lines.push(`  ${m.path}: median ${fmt(m.median)}   95% credible interval ${fmt(m.low)} to ${fmt(m.high)}   (prior 95%: ${fmt(m.priorLow)} to ${fmt(m.priorHigh)}${m.identified ? "" : "; NOT pinned down by the targets"})`);
      summary.correlations.forEach((row, a) =>
        row.forEach((r, b) => {
          if (b > a && Math.abs(r) >= 0.5) lines.push(`  ${paths[a]} and ${paths[b]} trade off: posterior correlation ${fmt(r)} (the targets fix them together more than apart)`);
        }),
      );
      lines.push(`targets against the posterior predictive 95% band (${draws} draws):`);
      for (const p of band.targets) lines.push(`  ${targetLabel(p.target, calendar)}: predicted ${fmt(p.median)} (${fmt(p.low)} to ${fmt(p.high)})${p.target.high < p.low || p.target.low > p.high ? "   OUTSIDE the band" : ""}${p.target.sdGiven ? "" : "   (uncertainty not stated: default used)"}`);
      for (const t of skipped) lines.push(`  ${targetLabel(t, calendar)}: not fitted (${t.quantity} is not a model output yet)`);
      await writeChunk(report, lines.join("\n") + "\n");
    }
    if (outputs["--posterior"]) await writeOutput(outputs["--posterior"], posteriorCsv(final, paths), io.stdout);
    if (outputs["--band"]) await writeOutput(outputs["--band"], predictiveBandCsv(band), io.stdout);

    const unidentified = summary.marginals.filter((m) => !m.identified).map((m) => m.path);
    const note =
      `Calibrated by defection calibrate --method abc (ABC-SMC, ${particles} particles x ${runs} runs, ${state.populations.length} generations, final tolerance ${final.tolerance === null ? "none" : fmt(final.tolerance)}, seed ${seed}); values set to posterior medians: ` +
      summary.marginals.map((m, d) => `${m.path} ${fmt(m.median)} (95% credible interval ${fmt(m.low)} to ${fmt(m.high)}; prior ${describePrior(priors[d])})`).join(", ") +
      `. Targets: ${targets.map((t) => targetLabel(t, calendar)).join(", ")}.` +
      (unidentified.length ? ` Not pinned down by the targets: ${unidentified.join(", ")}.` : "") +
      " Every other parameter as assumed.";
    return { paths, values: summary.marginals.map((m) => m.median), note };
  }
}

/** Priors from --prior, else uniform over --fit's --range (or allowed range), else the scenario's. */
function readPriors(args: CalibrationInputs["args"], start: ScenarioFile): Prior[] {
  const texts = listFlag(args, "prior");
  if (texts.length) {
    return texts.map((text) => {
      try {
        return toPrior(parsePriorText(text));
      } catch (error) {
        throw new InputError([{ path: "--prior", message: (error as Error).message }], "invalid calibration");
      }
    });
  }
  const fit = stringFlag(args, "fit");
  // What the command line says wins over what the file says: --fit replaces the scenario's priors.
  if (fit === undefined && start.priors.length) return start.priors.map(toPrior);
  if (fit === undefined) throw new UsageError('give --prior PATH=uniform:LOW:HIGH (repeatable), or --fit with --range, or state "priors" in the scenario', "calibrate");
  const ranges = Object.fromEntries(listFlag(args, "range").map(parseRange));
  const paths = fit.split(",").map((path) => path.trim());
  const unknown = paths.find((path) => !parameterAt(path));
  if (unknown !== undefined) throw new InputError([{ path: "--fit", message: `"${unknown}" is not a numeric parameter (see the parameter table in the README)` }], "invalid calibration");
  return uniformPriors(paths, ranges);
}

function readCheckpoint(path: string, hash: string): AbcState {
  let saved: { hash?: unknown; state?: AbcState };
  try {
    saved = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError([{ path: "--checkpoint", message: `cannot read ${path} (${(error as Error).message})` }], "cannot resume");
  }
  if (saved.hash !== hash) throw new InputError([{ path: "--checkpoint", message: `${path} comes from another calibration (other scenario, targets, priors, settings or version)` }], "cannot resume");
  return saved.state!;
}

function describePrior(prior: Prior): string {
  return prior.distribution === "normal" ? `normal(${prior.mean}, ${prior.sd}) in ${prior.low} to ${prior.high}` : `${prior.distribution} ${prior.low} to ${prior.high}`;
}

/** The checkpoint is our own file (read back by --resume), replaced whole after each generation. */
async function writeCheckpoint(path: string, text: string): Promise<void> {
  let file;
  try {
    file = await openAtomicFile(path);
  } catch (error) {
    throw new InputError([{ path: "--checkpoint", message: `cannot write ${path} (${(error as Error).message})` }], "cannot write output");
  }
  await file.write(text);
  await file.commit();
}
