/**
 * The shipped scenarios filed by their `group` (historical cases, classic models, what-if
 * questions), each group sorted by name: one order for the lab's picker, the comparison's
 * "Add scenario" and the library page. A scenario without a group goes under "Other".
 */
import type { ScenarioFile } from "../../scenario/index";
import { SCENARIO_GROUPS, type ScenarioGroup } from "../../scenario/calendar";

export const GROUP_LABELS: Record<ScenarioGroup | "other", string> = {
  historical: "Historical cases",
  classic: "Classic models",
  "what-if": "What-if questions",
  other: "Other",
};

export interface ScenarioGroupEntry {
  group: ScenarioGroup | "other";
  label: string;
  scenarios: [string, ScenarioFile][];
}

export function groupedScenarios(scenarios: ReadonlyMap<string, ScenarioFile>): ScenarioGroupEntry[] {
  const order = [...SCENARIO_GROUPS, "other"] as const;
  return order
    .map((group) => ({
      group,
      label: GROUP_LABELS[group],
      scenarios: [...scenarios].filter(([, s]) => (s.group ?? "other") === group).sort(([, a], [, b]) => a.name.localeCompare(b.name, "en")),
    }))
    .filter((entry) => entry.scenarios.length > 0);
}

/** Fills `select` with the scenarios as option groups (value: the scenario's id). */
export function fillScenarioOptions(select: HTMLSelectElement, scenarios: ReadonlyMap<string, ScenarioFile>): void {
  for (const { label, scenarios: entries } of groupedScenarios(scenarios)) {
    const group = document.createElement("optgroup");
    group.label = label;
    for (const [id, scenario] of entries) group.appendChild(new Option(scenario.name, id));
    select.appendChild(group);
  }
}
