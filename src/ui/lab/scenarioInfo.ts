/**
 * The scenario picker and what the chosen scenario is about: description, question, sources and
 * assumptions. Everything from a scenario file is untrusted text and goes in through textContent.
 */
import type { ScenarioFile } from "../../scenario/index";
import { SHIPPED } from "../shippedScenarios";
import { fillScenarioOptions } from "../library/scenarioGroups";
import type { ScenarioSource } from "../state/labState";

/** The picker's value for a scenario loaded from a file. */
export const LOADED = "__loaded";

export function scenarioPicker(select: HTMLSelectElement, onPick: (id: string) => void): (source: ScenarioSource) => void {
  fillScenarioOptions(select, SHIPPED);
  select.addEventListener("change", () => {
    if (select.value !== LOADED) onPick(select.value);
  });
  return (source) => {
    select.querySelector(`option[value="${LOADED}"]`)?.remove();
    if (source.kind === "file") {
      const option = new Option(`Loaded: ${source.scenario.name} (${source.name}.json)`, LOADED);
      select.appendChild(option);
      select.value = LOADED;
    } else select.value = source.id;
  };
}

export function renderScenarioInfo(root: HTMLElement, scenario: ScenarioFile): void {
  root.replaceChildren();
  const el = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, text?: string, className?: string) => {
    const node = parent.appendChild(document.createElement(tag));
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  el(root, "h2", scenario.name, "scenario-name");
  if (scenario.description) el(root, "p", scenario.description, "description");
  if (scenario.question) {
    const q = el(root, "p", undefined, "question");
    el(q, "strong", "Question: ");
    q.append(scenario.question);
  }
  if (scenario.sources.length || scenario.assumptions.length) {
    const details = el(root, "details", undefined, "provenance");
    el(details, "summary", `Sources (${scenario.sources.length}) and assumptions (${scenario.assumptions.length})`);
    if (scenario.sources.length) {
      const list = el(details, "ul", undefined, "sources");
      for (const source of scenario.sources) {
        const item = el(list, "li");
        const who = [source.author, source.year].filter((x) => x !== undefined).join(", ");
        el(item, "cite", source.title);
        if (who) item.append(` (${who})`);
        if (source.supports) item.append(`: ${source.supports}`);
        // Shown as text, never as a link: a URL in a loaded file may not be http(s).
        if (source.url) el(item, "span", ` ${source.url}`, "url");
      }
    }
    if (scenario.assumptions.length) {
      el(details, "h3", "Assumptions");
      const list = el(details, "ul", undefined, "assumptions");
      for (const assumption of scenario.assumptions) el(list, "li", assumption);
    }
  }
}
