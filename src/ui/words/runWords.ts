/**
 * Shows a run's verdict ("Cascades: 50% by day 34, 92% by the end") above the lab's summary, and,
 * for a dated scenario, the date beside every "day N" of the summary's readouts.
 */
import type { ScenarioFile } from "../../scenario/index";
import type { RunOutput } from "../../../workers/protocol";
import { shareOf } from "../compare/ensembleResults";
import { dateOfDay, dateText, dayTextFor } from "./dayText";
import { runVerdict } from "./runVerdict";
import { verdictSlot } from "./verdictSlot";

export function showRunVerdict(summary: HTMLElement, output: RunOutput, scenario: ScenarioFile): void {
  const slot = verdictSlot(summary, "run-verdict", "before", "p");
  const verdict = runVerdict(shareOf(output.series), output.params.cascadeCutoff, dayTextFor(scenario.calendar?.start, output.params.days));
  slot.textContent = verdict.text;
  slot.dataset.outcome = verdict.cascade ? "cascade" : "fizzle";
  slot.classList.toggle("near-cutoff", verdict.nearCutoff);
  dateReadouts(summary, scenario);
}

/** "day 958" -> "day 958 (28 Mar 1779)" in the summary's readouts, for a scenario with a calendar. */
export function dateReadouts(summary: HTMLElement, scenario: ScenarioFile): void {
  const start = scenario.calendar?.start;
  if (!start) return;
  for (const readout of summary.querySelectorAll<HTMLElement>("dd, [data-key]")) {
    if (readout.children.length) continue;
    const text = readout.textContent ?? "";
    if (/\bday \d+\b(?! \()/.test(text)) readout.textContent = text.replace(/\bday (\d+)\b(?! \()/g, (found, day: string) => `${found} (${dateText(dateOfDay(start, +day))})`);
  }
}
