/**
 * A comparison's verdicts under its statistics table: per shown variant, what it changed from the
 * baseline in words and what that did (comparisonVerdict.ts), and a warning for every variant
 * whose final shares pile up around the cascade cut-off (cutoffCluster.ts).
 */
import type { Comparison } from "../../ensemble/comparisonFile";
import type { EnsembleView } from "../charts/ensemble/ensembleViewTypes";
import { changeFromText } from "./changeText";
import { comparisonVerdict } from "./comparisonVerdict";
import { cutoffClusterWarning } from "./cutoffCluster";
import { scenarioChanges } from "./scenarioChanges";
import { verdictSlot } from "./verdictSlot";

/** More changes than this are told by the variants' names instead. */
const MAX_CHANGES = 3;

export function showComparisonVerdicts(table: HTMLElement, view: EnsembleView, comparison: Comparison): void {
  const list = verdictSlot(table, "compare-verdicts", "after", "ul", "verdicts");
  list.replaceChildren();
  const baseline = view.variants[view.baseline];
  const baseScenario = comparison.variants[view.baseline]?.scenario;
  if (!baseline || !baseScenario || view.runs === 0) return;
  const item = (text: string, kind: "verdict" | "warning") => {
    const li = list.appendChild(document.createElement("li"));
    li.className = kind;
    li.textContent = text;
  };
  for (const variant of view.variants) {
    if (variant.hidden || variant.index === view.baseline) continue;
    const changes = scenarioChanges(baseScenario, comparison.variants[variant.index].scenario).filter((c) => c.path !== "seed");
    const change =
      changes.length > 0 && changes.length <= MAX_CHANGES ? changes.map((c) => changeFromText(c.path, c.from, c.to)).join("; ") : `“${variant.name}” instead of “${baseline.name}”`;
    item(comparisonVerdict({ change, variant: variant.statistics, baseline: baseline.statistics, paired: view.commonRandomNumbers }), "verdict");
  }
  for (const variant of view.variants) {
    if (variant.hidden) continue;
    const warning = cutoffClusterWarning(variant.finalShares, variant.cascadeCutoff);
    if (warning) item(`${variant.name}: ${warning}`, "warning");
  }
}
