/**
 * The column of controls: the main parameters, then every other numeric parameter under "More".
 * Rebuilt when the scenario changes (its windows and events decide which controls exist).
 */
import { getParameter, type InputIssue, type ScenarioFile } from "../../scenario/index";
import { controlField, type ControlField, type FieldEvents } from "./controlField";
import { controlsFor } from "./controlSpecs";
import type { Override } from "../state/labState";

export interface ControlsPanel {
  /** Shows the values of `scenario` (the one on screen, overrides applied), marking the `changed` paths. */
  show(scenario: ScenarioFile, changed?: ReadonlySet<string>): void;
  /** Puts each issue next to its field; returns the issues that name no control. */
  showIssues(issues: readonly InputIssue[]): InputIssue[];
  clearIssues(): void;
  /** The paths of every control (the only parameters the URL may set). */
  paths(): string[];
}

export function controlsPanel(root: HTMLElement, base: ScenarioFile, events: FieldEvents): ControlsPanel {
  root.replaceChildren();
  const { main, more } = controlsFor(base);
  const fields = new Map<string, ControlField>();
  const add = (parent: HTMLElement, specs: typeof main) => {
    for (const spec of specs) {
      const field = controlField(spec, base, events);
      fields.set(spec.path, field);
      parent.appendChild(field.element);
    }
  };
  add(root, main);
  const details = root.appendChild(document.createElement("details"));
  details.className = "more";
  details.appendChild(document.createElement("summary")).textContent = `More parameters (${more.length})`;
  add(details, more);

  return {
    show(scenario, changed = new Set()) {
      for (const [path, field] of fields) field.show(getParameter(scenario, path) as Override | undefined, idleReason(scenario, path), changed.has(path));
    },
    showIssues(issues) {
      const unmatched: InputIssue[] = [];
      const messages = new Map<ControlField, string[]>();
      for (const issue of issues) {
        const field = fields.get(controlPath(issue.path));
        if (!field) unmatched.push(issue);
        else messages.set(field, [...(messages.get(field) ?? []), issue.message]);
      }
      for (const field of fields.values()) {
        const list = messages.get(field);
        field.showError(list ? list.join("; ") : null);
        if (list && field.element.closest("details")) details.open = true;
      }
      return unmatched;
    },
    clearIssues() {
      for (const field of fields.values()) field.showError(null);
    },
    paths: () => [...fields.keys()],
  };
}

/** "parameters.offer.windows[0].close" -> "offer.windows.0.close". */
export function controlPath(issuePath: string): string {
  return issuePath.replace(/^parameters\./, "").replace(/\[(\d+)\]/g, ".$1");
}

/** Why a parameter the scenario has is ignored under its current observation scope, if it is. */
function idleReason(scenario: ScenarioFile, path: string): string | undefined {
  const { scope, local } = scenario.parameters.observation;
  const usesNetwork = scope === "network" || (scope === "mix" && local === "network");
  if (path.startsWith("network.") && !usesNetwork) return "Ignored: soldiers observe no network under the current observation scope";
  if ((path === "observation.globalWeight" || path === "observation.local") && scope !== "mix") return "Ignored: only used with observation scope \"mix\"";
  return undefined;
}
