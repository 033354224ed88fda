/**
 * A changed setting in words, named as its control is ("Offer closes: day 100", "Ineligible: 20%",
 * "Network: small-world") rather than by its path ("offer.windows.0.close=100"). Labels and units
 * come from the parameter registry; a path the registry does not know is shown as it is.
 */
import { format } from "d3";
import { parameterAt } from "../../scenario/parameters";

const significant = format(".4~g");
/** Whole numbers in full with separators ("20,000"), others to four significant digits ("0.3"). */
const number = (value: number) => (Number.isInteger(value) ? value.toLocaleString("en-US") : significant(value));
const percentOf = format(".3~%");

/** The value of a setting at `path` in words, without its label ("day 100", "20%", "never"). */
export function valueText(path: string, value: unknown): string {
  const parameter = parameterAt(path);
  if (value === null) return /close$/.test(path) ? "never" : /days$/.test(path) ? "for good" : "none";
  if (typeof value !== "number") return String(value);
  switch (parameter?.unit) {
    case "day":
      return `day ${value}`;
    case "days":
      return `${number(value)} ${value === 1 ? "day" : "days"}`;
    case "soldiers":
      return `${number(value)} ${value === 1 ? "soldier" : "soldiers"}`;
    case "share of army":
      return percentOf(value);
    default:
      return number(value);
  }
}

/** The name of the setting at `path`: the registry's label, with the window or event it belongs to. */
export function settingLabel(path: string): string {
  if (path === "observation.scope") return "Observation scope";
  if (path === "observation.local") return "Local signal in a mix";
  if (path === "thresholds.distribution") return "Threshold distribution";
  if (path === "network.type") return "Network";
  const parameter = parameterAt(path);
  if (!parameter) return path;
  const window = /^offer\.windows\.(\d+)\./.exec(path);
  if (window && window[1] !== "0") return `Window ${+window[1] + 1}: ${parameter.label.toLowerCase()}`;
  const event = /^events\.(\d+)\./.exec(path);
  if (event) return `Event ${+event[1] + 1}: ${parameter.label.toLowerCase()}`;
  return parameter.label;
}

/** "Offer closes: day 100". */
export function changeText(path: string, value: unknown): string {
  return `${settingLabel(path)}: ${valueText(path, value)}`;
}

/** "Offer closes: day 100 instead of day 70". */
export function changeFromText(path: string, from: unknown, to: unknown): string {
  return `${settingLabel(path)}: ${valueText(path, to)} instead of ${valueText(path, from)}`;
}
