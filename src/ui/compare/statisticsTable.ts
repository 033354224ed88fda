/**
 * The comparison table: per variant the runs, the mean final share with its 95% interval, the
 * probability of a cascade with its Wilson interval, the median days to 10% and 50% (over the runs
 * that got there) and the run-by-run difference in final share to the baseline, exactly the
 * numbers `defection compare` prints (src/ensemble/variantStatistics.ts).
 */
import { format } from "d3";
import type { EnsembleView } from "./ensembleView";

const percent = format(".1%");
const points = (d: number) => `${d > 0 ? "+" : d < 0 ? "−" : "±"}${Math.abs(d * 100).toFixed(1)} pp`;
const day = (d: number | null) => (d === null ? "never" : `day ${Math.round(d * 10) / 10}`);

export const TABLE_COLUMNS = ["Variant", "Runs", "Mean final share (95% interval)", "Probability of a cascade (95% Wilson interval)", "Median day past 10%", "Median day past 50%", "Difference to baseline: median (5%–95% of runs)"] as const;

export function renderStatisticsTable(root: HTMLElement, view: EnsembleView): void {
  const table = document.createElement("table");
  table.className = "statistics";
  const caption = table.appendChild(document.createElement("caption"));
  const baseline = view.variants[view.baseline]?.name ?? "";
  caption.textContent = `${view.runs} of ${view.requested} runs per variant, master seed ${view.masterSeed}, ${view.commonRandomNumbers ? "common random numbers" : "independent random numbers"}; baseline: ${baseline}.`;
  const head = table.createTHead().insertRow();
  for (const column of TABLE_COLUMNS) {
    const th = head.appendChild(document.createElement("th"));
    th.scope = "col";
    th.textContent = column;
  }
  const body = table.createTBody();
  for (const v of view.variants) {
    const s = v.statistics;
    const row = body.insertRow();
    row.dataset.variant = String(v.index);
    if (v.hidden) row.classList.add("is-hidden");
    const name = row.appendChild(document.createElement("th"));
    name.scope = "row";
    const swatch = name.appendChild(document.createElement("span"));
    swatch.className = "swatch";
    swatch.style.background = v.colour;
    swatch.setAttribute("aria-hidden", "true");
    name.append(v.name);
    const cell = (key: string, text: string) => {
      const td = row.insertCell();
      td.dataset.key = key;
      td.textContent = text;
    };
    cell("runs", String(s.runs));
    cell("mean", s.runs ? `${percent(s.meanFinalShare)} (${percent(s.meanFinalShareLow)}–${percent(s.meanFinalShareHigh)})` : "–");
    cell("cascade", s.runs ? `${percent(s.cascadeProbability)} (${percent(s.cascadeLow)}–${percent(s.cascadeHigh)})` : "–");
    cell("past10", day(s.medianDayPast10));
    cell("past50", day(s.medianDayPast50));
    cell("difference", v.index === view.baseline ? "baseline" : s.differenceMedian === null ? "–" : `${points(s.differenceMedian)} (${points(s.differenceP05!)} to ${points(s.differenceP95!)})`);
  }
  const wrap = document.createElement("div");
  wrap.className = "table-scroll";
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", "Statistics per variant (scrolls sideways)");
  wrap.appendChild(table);
  root.replaceChildren(wrap);
}
