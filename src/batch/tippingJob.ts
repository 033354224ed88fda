/**
 * A tipping-point search as the command line and the page's worker both run it: the parameter
 * must be one of the registry's numeric parameters, and each value tried is set on the scenario
 * (JSON), which is validated again.
 */
import { findTippingPoint, type TippingPoint } from "../sweep/tippingPoint";
import { parameterAt } from "../scenario/parameters";
import { setParameter } from "../scenario/setParameter";
import { scenarioFromObject } from "../scenario/loadScenario";
import { toModelParams } from "../scenario/toModelParams";
import { InputError } from "../scenario/issues";
import type { ReadText } from "../scenario/resolveFiles";

export interface TippingJob {
  /** The scenario file's JSON, not yet validated. */
  scenario: unknown;
  path: string;
  range: [number, number];
  level: number;
  runs: number;
  seed: number;
}

export interface TippingContext {
  readText?: ReadText | null;
  /** Wraps each validation, e.g. to name the scenario's file in its errors. */
  validate?: <T>(load: () => T) => T;
}

/** The numeric parameter at `path`, or an InputError naming --param (the page shows it as "Parameter"). */
export function tippingParameter(path: string) {
  const parameter = parameterAt(path);
  if (!parameter) throw new InputError([{ path: "--param", message: `"${path}" is not a numeric parameter` }], "invalid tipping point search");
  return parameter;
}

export function runTippingSearch(job: TippingJob, context: TippingContext = {}): TippingPoint {
  const { path, range, level, runs, seed } = job;
  const parameter = tippingParameter(path);
  const validate = context.validate ?? ((load) => load());
  const build = (value: number) => validate(() => toModelParams(scenarioFromObject(setParameter(job.scenario as object, path, value), context.readText ?? null)));
  return findTippingPoint({ build, path, range, integer: parameter.integer === true, level, runs, seed });
}
