/**
 * The model outputs a sensitivity analysis can explain, each a number per run; a sample point's
 * value is its mean over the point's runs. A day that is never reached counts as days + 1 (the
 * run is censored at the horizon), so "never" ranks after "on the last day" and every point has a
 * number. Manpower denied (defected + caught + evaded, in soldiers) is asked for by name: the
 * default outputs stay the first four, so a spec's points and hash do not change with it.
 */
import type { RunSummary } from "../model/result";

export const SENSITIVITY_OUTPUTS = ["finalShare", "cascadeProbability", "dayPast10", "dayPast50", "manpowerDenied"] as const;

/** What a spec without "outputs" explains. */
export const DEFAULT_SENSITIVITY_OUTPUTS: readonly SensitivityOutput[] = ["finalShare", "cascadeProbability", "dayPast10", "dayPast50"];

export type SensitivityOutput = (typeof SENSITIVITY_OUTPUTS)[number];

export const OUTPUT_OF_RUN: Readonly<Record<SensitivityOutput, (run: RunSummary) => number>> = {
  finalShare: (run) => run.finalShare,
  cascadeProbability: (run) => (run.cascade ? 1 : 0),
  dayPast10: (run) => run.dayPast10 ?? run.days + 1,
  dayPast50: (run) => run.dayPast50 ?? run.days + 1,
  manpowerDenied: (run) => run.finalManpowerDenied,
};

/** Mean and within-point variance (n - 1 denominator; 0 for one run) of each output over a point's runs. */
export function pointOutputs(runs: readonly RunSummary[], outputs: readonly SensitivityOutput[]): { mean: number; variance: number }[] {
  return outputs.map((output) => {
    const values = runs.map(OUTPUT_OF_RUN[output]);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.length > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1) : 0;
    return { mean, variance };
  });
}
