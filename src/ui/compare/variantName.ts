/**
 * The name a pinned variant gets: what was changed from its scenario, in words ("Offer closes:
 * day 100; Offer attractiveness: 0.2"), or the scenario's label (file base name, as in the CSV's
 * scenario column) when nothing was. The list shows the scenario under the name. The user can
 * rename it; the name is the variant column of the CSV exports.
 */
import type { Override } from "../state/labState";
import { changeText } from "../words/changeText";
import { MAX_NAME } from "./comparisonState";

export function variantName(label: string, overrides: ReadonlyMap<string, Override>): string {
  const changes = [...overrides].filter(([path]) => path !== "seed").map(([path, value]) => changeText(path, value));
  const name = changes.length ? changes.join("; ") : label;
  return name.length > MAX_NAME - 5 ? `${name.slice(0, MAX_NAME - 6)}…` : name;
}
