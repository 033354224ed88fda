/**
 * A calibration as the command line and the page's worker both run it: the fitted values set on
 * the scenario (JSON), which is then validated again (so an impossible value is refused like a
 * bad value in a file), targets parsed from their texts, search ranges kept for fitted paths only.
 */
import type { ModelParams } from "../model/params";
import { calibrate, type CalibrationResult } from "../calibration/calibrate";
import { parseTarget } from "../scenario/target";
import { setParameter } from "../scenario/setParameter";
import { scenarioFromObject } from "../scenario/loadScenario";
import { toModelParams } from "../scenario/toModelParams";
import type { ReadText } from "../scenario/resolveFiles";

export interface CalibrationJob {
  /** The scenario file's JSON (with --set applied), not yet validated. */
  scenario: unknown;
  /** Paths under `parameters` (one or two). */
  fit: string[];
  /** Target texts, e.g. "defected@day=31:0.1". */
  targets: string[];
  runs: number;
  seed: number;
  /** Search ranges by path; the registry's range for a fitted path without one. */
  ranges: Readonly<Record<string, [number, number]>>;
}

export interface CalibrationContext {
  /** Reads files the scenario refers to (the command line); the page has none. */
  readText?: ReadText | null;
  /** Wraps each validation, e.g. to name the scenario's file in its errors. */
  validate?: <T>(load: () => T) => T;
  onEnsemble?: (count: number) => void;
}

/** The scenario with `values` set at the fitted paths (a new object; the job's is untouched). */
export function withFittedValues(scenario: unknown, fit: readonly string[], values: readonly number[]): unknown {
  return fit.reduce<unknown>((object, path, i) => setParameter(object as object, path, values[i]), scenario);
}

export function runCalibration(job: CalibrationJob, context: CalibrationContext = {}): CalibrationResult {
  const { fit, runs, seed } = job;
  const validate = context.validate ?? ((load) => load());
  const build = (values: number[]): ModelParams => validate(() => toModelParams(scenarioFromObject(withFittedValues(job.scenario, fit, values), context.readText ?? null)));
  const targets = job.targets.map((text) => parseTarget(text));
  const ranges = Object.fromEntries(fit.filter((path) => Object.hasOwn(job.ranges, path)).map((path) => [path, job.ranges[path]]));
  return calibrate({ build, fit, targets, runs, seed, ranges, onEnsemble: context.onEnsemble });
}
