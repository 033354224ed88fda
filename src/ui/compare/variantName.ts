/**
 * The name a pinned variant gets: the scenario's label (file base name, as in the CSV's scenario
 * column), followed by what was changed from it, e.g. "asylum-offer-deadline (offer.attractiveness=0.2)".
 * The user can rename it; the name is the variant column of the CSV exports.
 */
import type { Override } from "../state/labState";
import { MAX_NAME } from "./comparisonState";

export function variantName(label: string, overrides: ReadonlyMap<string, Override>): string {
  const changes = [...overrides].filter(([path]) => path !== "seed").map(([path, value]) => `${path}=${value === null ? "none" : value}`);
  const name = changes.length ? `${label} (${changes.join("; ")})` : label;
  return name.length > MAX_NAME - 5 ? `${name.slice(0, MAX_NAME - 6)}…` : name;
}
