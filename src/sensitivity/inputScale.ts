/**
 * Where a sensitivity input's unit coordinate u in [0, 1] lands in its range: evenly spaced for a
 * uniform input, evenly spaced by ratio for a log-uniform one (a range spanning orders of
 * magnitude, such as a daily leaflet reach from 0.0001 to 0.01). Whole-number parameters are
 * rounded, since the scenario accepts only whole numbers there.
 */
export type InputScale = "uniform" | "log-uniform";

export interface SensitivityInput {
  /** Parameter path as --set takes it ("offer.attractiveness", "offer.windows.0.close"). */
  readonly path: string;
  readonly low: number;
  readonly high: number;
  readonly scale: InputScale;
  /** Round to a whole number (the parameter takes only whole numbers). */
  readonly integer: boolean;
}

export function inputValue(input: SensitivityInput, u: number): number {
  const { low, high } = input;
  const raw = input.scale === "log-uniform" ? low * Math.pow(high / low, u) : low + (high - low) * u;
  // Round away floating dust (0.30000000000000004) so values print as a user would write them.
  const value = input.integer ? Math.round(raw) : Number(raw.toPrecision(12));
  return Math.min(high, Math.max(low, value));
}
