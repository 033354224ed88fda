/**
 * The run's summary as one strip of readouts: final share, days to 10% and 50%, peak daily rate,
 * cascade or not (the seed and the days are in the run's status line); with draft
 * evasion on, also the evaded and the manpower denied (defected + caught + evaded). Without it
 * nobody can evade and manpower denied is only defected + caught, so both are left out. Men
 * captured in combat and units that surrendered whole behind their leader are shown when the
 * scenario can produce them (issue 15). While the cascade is played, the readouts that depend on
 * the day follow the player's day and say so: the share "by day 46", the others "so far" (short, so
 * that the strip keeps its rows on a phone and the chart does not move as Play starts); the cascade
 * verdict stays the whole run's ("at the end").
 */
import { format } from "d3";
import type { ModelParams } from "../../model/params";
import { capturesPossible } from "../../model/captureSchedule";
import { SERIES_COLUMNS, type RunSeries, type RunSummary } from "../../model/result";
import { summarize } from "../../model/summary";
import type { RunOutput } from "../../../workers/protocol";

const percent = format(".1%");
const percent2 = format(".2%");

/** The run's summary as if it had ended on `day` (null, or the last day: the whole run's own summary). */
export function summaryUpTo(run: Pick<RunOutput, "series" | "summary" | "params">, day: number | null): RunSummary {
  if (day === null || day >= run.summary.days) return run.summary;
  const upTo = Math.max(0, day) + 1;
  const series = Object.fromEntries(SERIES_COLUMNS.map((column) => [column, run.series[column].subarray(0, upTo)])) as unknown as RunSeries;
  return summarize(series, run.summary.seed, run.params.cascadeCutoff);
}

/** Renders the summary of `run` up to `day` (null: the whole run). */
export function renderSummary(root: HTMLElement, run: RunOutput, day: number | null = null): void {
  const partial = day !== null && day < run.summary.days;
  const s = summaryUpTo(run, day);
  const byDay = partial ? ` by day ${day}` : "";
  const soFar = partial ? " so far" : "";
  // "not yet", not "not by day 1000 (11 May 1779)": the day is in the share's label and the player,
  // and two long values put the readouts in five rows on a phone, moving the chart down as Play starts.
  const dayOf = (d: number | null) => (d === null ? (partial ? "not yet" : "never") : `day ${d}`);
  const whole = run.summary;
  const rows: [string, string, string][] = [
    ["final-share", partial ? `Defected share${byDay}` : "Final defected share", `${percent(s.finalShare)} (${s.finalDefected.toLocaleString("en-US")} soldiers)`],
    ["past-10", "Passes 10%", dayOf(s.dayPast10)],
    ["past-50", "Passes 50%", dayOf(s.dayPast50)],
    ["peak", partial ? `Peak daily rate${soFar}` : "Peak daily rate (of the army)", s.peakDay === null ? `none after day 0${byDay}` : `${percent2(s.peakDailyRate)} on day ${s.peakDay}`],
    ["cascade", partial ? "Cascade at the end" : "Cascade", `${whole.cascade ? "yes" : "no"} (cut-off ${percent(run.params.cascadeCutoff)})`],
    ["caught", `Caught${soFar}`, s.finalCaught.toLocaleString("en-US")],
    ...(capturesPossible(run.params) ? ([["captured", partial ? "Captured so far" : "Captured in combat", `${s.finalCaptured.toLocaleString("en-US")} (not defected)`]] as [string, string, string][]) : []),
    ...(canSurrenderWhole(run.params) ? ([["unit-surrenders", partial ? "Units surrendered so far" : "Units surrendered whole", s.finalUnitSurrenders.toLocaleString("en-US")]] as [string, string, string][]) : []),
    ...(canEvade(run.params)
      ? ([
          ["evaded", `Evaded the draft${soFar}`, s.finalEvaded.toLocaleString("en-US")],
          ["manpower-denied", `Manpower denied${soFar}`, `${s.finalManpowerDenied.toLocaleString("en-US")} (defected, caught and evaded)`],
        ] as [string, string, string][])
      : []),
  ];
  const dl = document.createElement("dl");
  for (const [key, term, value] of rows) {
    const card = dl.appendChild(document.createElement("div"));
    card.appendChild(document.createElement("dt")).textContent = term;
    const dd = card.appendChild(document.createElement("dd"));
    dd.dataset.key = key;
    dd.textContent = value;
  }
  root.replaceChildren(dl);
  root.dataset.day = partial ? String(day) : "whole";
}

/** Whether a unit can surrender whole behind its leader. */
export function canSurrenderWhole(params: Pick<ModelParams, "leaders">): boolean {
  return params.leaders.share > 0 && params.leaders.surrender > 0;
}

/** Whether the scenario can produce evaders: draft evasion on, and a mobilisation to evade. */
export function canEvade(params: Pick<ModelParams, "behaviour" | "events">): boolean {
  const { draftEvasion, offerEvasion } = params.behaviour;
  return (draftEvasion > 0 || offerEvasion > 0) && params.events.some((event) => event.kind === "mobilisation");
}
