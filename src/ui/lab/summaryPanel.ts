/** The run's summary: final share, days to 10% and 50%, peak daily rate, cascade or not. */
import { format } from "d3";
import type { RunOutput } from "../../../workers/protocol";

const percent = format(".1%");
const percent2 = format(".2%");

export function renderSummary(root: HTMLElement, run: RunOutput): void {
  const s = run.summary;
  const day = (d: number | null) => (d === null ? "never" : `day ${d}`);
  const rows: [string, string, string][] = [
    ["final-share", "Final defected share", `${percent(s.finalShare)} (${s.finalDefected.toLocaleString("en-US")} soldiers)`],
    ["past-10", "Share passes 10%", day(s.dayPast10)],
    ["past-50", "Share passes 50%", day(s.dayPast50)],
    ["peak", "Peak daily rate", s.peakDay === null ? "no defections after day 0" : `${percent2(s.peakDailyRate)} of the army on day ${s.peakDay}`],
    ["cascade", "Cascade", `${s.cascade ? "yes" : "no"} (cut-off ${percent(run.params.cascadeCutoff)})`],
    ["caught", "Caught", s.finalCaught.toLocaleString("en-US")],
    ["seed", "Seed, days", `${s.seed}, ${s.days}`],
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
