/** Shows a run's verdict ("Cascades: 50% by day 34, 92% by the end") above the lab's summary. */
import type { ScenarioFile } from "../../scenario/index";
import type { RunOutput } from "../../../workers/protocol";
import { shareOf } from "../compare/ensembleResults";
import { dayTextFor } from "./dayText";
import { runVerdict } from "./runVerdict";
import { verdictSlot } from "./verdictSlot";

export function showRunVerdict(summary: HTMLElement, output: RunOutput, scenario: ScenarioFile): void {
  const slot = verdictSlot(summary, "run-verdict", "before", "p");
  const verdict = runVerdict(shareOf(output.series), output.params.cascadeCutoff, dayTextFor(scenario.calendar?.start, output.params.days));
  slot.textContent = verdict.text;
  slot.dataset.outcome = verdict.cascade ? "cascade" : "fizzle";
  slot.classList.toggle("near-cutoff", verdict.nearCutoff);
}
