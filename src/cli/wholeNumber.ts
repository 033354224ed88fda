import { UsageError } from "./usageError";

/** A flag value that must be a whole number in [min, max], written in plain decimal digits. */
export function wholeNumber(flag: string, text: string, min: number, max: number, command: string): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max))
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`, command);
  return value;
}
