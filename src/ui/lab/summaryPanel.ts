/**
 * The run's summary as one strip of readouts: final share, days to 10% and 50%, peak daily rate,
 * cascade or not (the seed and the days are in the run's status line); with draft
 * evasion on, also the evaded and the manpower denied (defected + caught + evaded). Without it
 * nobody can evade and manpower denied is only defected + caught, so both are left out. Men
 * captured in combat and units that surrendered whole behind their leader are shown when the
 * scenario can produce them (issue 15).
 */
import { format } from "d3";
import type { ModelParams } from "../../model/params";
import { capturesPossible } from "../../model/captureSchedule";
import type { RunOutput } from "../../../workers/protocol";

const percent = format(".1%");
const percent2 = format(".2%");

export function renderSummary(root: HTMLElement, run: RunOutput): void {
  const s = run.summary;
  const day = (d: number | null) => (d === null ? "never" : `day ${d}`);
  const rows: [string, string, string][] = [
    ["final-share", "Final defected share", `${percent(s.finalShare)} (${s.finalDefected.toLocaleString("en-US")} soldiers)`],
    ["past-10", "Passes 10%", day(s.dayPast10)],
    ["past-50", "Passes 50%", day(s.dayPast50)],
    ["peak", "Peak daily rate (of the army)", s.peakDay === null ? "none after day 0" : `${percent2(s.peakDailyRate)} on day ${s.peakDay}`],
    ["cascade", "Cascade", `${s.cascade ? "yes" : "no"} (cut-off ${percent(run.params.cascadeCutoff)})`],
    ["caught", "Caught", s.finalCaught.toLocaleString("en-US")],
    ...(capturesPossible(run.params) ? ([["captured", "Captured in combat", `${s.finalCaptured.toLocaleString("en-US")} (not defected)`]] as [string, string, string][]) : []),
    ...(canSurrenderWhole(run.params) ? ([["unit-surrenders", "Units surrendered whole", s.finalUnitSurrenders.toLocaleString("en-US")]] as [string, string, string][]) : []),
    ...(canEvade(run.params)
      ? ([
          ["evaded", "Evaded the draft", s.finalEvaded.toLocaleString("en-US")],
          ["manpower-denied", "Manpower denied", `${s.finalManpowerDenied.toLocaleString("en-US")} (defected, caught and evaded)`],
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
