/**
 * The long-format CSV of runs shared by the command line and the page: one row per run and day
 * (series) and one row per run (summary). The same inputs give byte-identical files everywhere.
 */
import { ADDED_SERIES_COLUMNS, CORE_SERIES_COLUMNS, type RunResult, type RunSummary } from "../model/result";
import { csvLine } from "./csvCell";

/** Columns added later come after the first ones, so a reader of the older files still finds every column in its place. */
export const SERIES_HEADER = ["scenario", "run", "seed", "day", ...CORE_SERIES_COLUMNS, "defectedShare", ...ADDED_SERIES_COLUMNS] as const;

export const SUMMARY_COLUMNS = [
  "finalShare",
  "finalDefected",
  "finalCaught",
  "dayPast10",
  "dayPast50",
  "peakDailyRate",
  "peakDay",
  "cascade",
  "finalEvaded",
  "finalManpowerDenied",
  "finalCaptured",
  "finalUnitSurrenders",
] as const satisfies ReadonlyArray<keyof RunSummary>;

export const SUMMARY_HEADER = ["scenario", "run", "seed", "days", ...SUMMARY_COLUMNS] as const;

/** A run as it appears in a file: which scenario, which run of the batch. */
export interface LabelledRun {
  scenario: string;
  run: number;
  result: Pick<RunResult, "series" | "summary">;
}

/** Series rows of one run, each ending in "\n" (no header). */
export function seriesRows({ scenario, run, result }: LabelledRun): string {
  const { series, summary } = result;
  const lines: string[] = [];
  for (let day = 0; day < series.army.length; day++) {
    const values: (string | number)[] = [scenario, run, summary.seed, day];
    for (const column of CORE_SERIES_COLUMNS) values.push(series[column][day]);
    values.push(series.army[day] > 0 ? series.defected[day] / series.army[day] : 0);
    for (const column of ADDED_SERIES_COLUMNS) values.push(series[column][day]);
    lines.push(csvLine(values));
  }
  return lines.join("\n") + "\n";
}

export function summaryRow({ scenario, run, result }: LabelledRun): string {
  const s = result.summary;
  return csvLine([scenario, run, s.seed, s.days, ...SUMMARY_COLUMNS.map((column) => s[column])]) + "\n";
}

/** Header lines; the first column names what a run belongs to: "scenario" for runs, "variant" in comparisons. */
export function seriesHeaderLine(label = "scenario"): string {
  return csvLine([label, ...SERIES_HEADER.slice(1)]) + "\n";
}

export function summaryHeaderLine(label = "scenario"): string {
  return csvLine([label, ...SUMMARY_HEADER.slice(1)]) + "\n";
}

export function seriesCsv(runs: readonly LabelledRun[], label = "scenario"): string {
  return seriesHeaderLine(label) + runs.map(seriesRows).join("");
}

export function summaryCsv(runs: readonly LabelledRun[], label = "scenario"): string {
  return summaryHeaderLine(label) + runs.map(summaryRow).join("");
}
