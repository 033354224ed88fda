/**
 * What a run produces: one value per day 0..days for each quantity (typed arrays, transferable),
 * the per-run summary, and each soldier's fate for views of the army.
 */

/** Per-day quantities of the foundation, in the column order of every CSV export. */
export const CORE_SERIES_COLUMNS = ["army", "loyal", "aware", "defected", "newDefected", "caught", "newCaught", "strength"] as const;

/** Per-day quantities added with the draft (MODEL.md "Behaviour over time"); CSV files append them after the core ones. */
export const DRAFT_SERIES_COLUMNS = ["evaded", "manpowerDenied"] as const;

/** Per-day quantities added with what armies do (issue 15: capture in combat, whole-unit surrenders); CSV files append them after the draft's. */
export const ARMY_SERIES_COLUMNS = ["captured", "newCaptured", "unitSurrenders", "newUnitSurrenders"] as const;

/** Every per-day quantity added after the core ones, in CSV order. */
export const ADDED_SERIES_COLUMNS = [...DRAFT_SERIES_COLUMNS, ...ARMY_SERIES_COLUMNS] as const;

/** Every per-day quantity. */
export const SERIES_COLUMNS = [...CORE_SERIES_COLUMNS, ...ADDED_SERIES_COLUMNS] as const;

export type SeriesColumn = (typeof SERIES_COLUMNS)[number];

export interface RunSeries {
  /** Soldiers on the roll: the initial army plus those mobilised so far. */
  army: Int32Array;
  /** On the roll, neither defected, caught nor captured. */
  loyal: Int32Array;
  /** Soldiers who know of the offer (defected and caught soldiers included). */
  aware: Int32Array;
  /** Defected so far (initial defectors included). */
  defected: Int32Array;
  /** Defected that day. */
  newDefected: Int32Array;
  /** Caught attempting to defect, so far. */
  caught: Int32Array;
  /** Caught that day. */
  newCaught: Int32Array;
  /** Loyal soldiers as a share of the army at day 0 (mobilisation can take it above 1). */
  strength: Float64Array;
  /** Called up but evaded the draft, so far (never on the roll). */
  evaded: Int32Array;
  /** Defected + caught + evaded: soldiers the army does not have because of the offer and the draft. */
  manpowerDenied: Int32Array;
  /** Captured in combat so far (not defected: they did not choose to go). */
  captured: Int32Array;
  /** Captured that day. */
  newCaptured: Int32Array;
  /** Units that surrendered whole with their leader, so far. */
  unitSurrenders: Int32Array;
  /** Units that surrendered whole that day. */
  newUnitSurrenders: Int32Array;
}

export interface RunSummary {
  seed: number;
  days: number;
  /** Defected / army on the last day. */
  finalShare: number;
  finalDefected: number;
  finalCaught: number;
  /** First day the defected share is at least 10% (50%), or null if never. */
  dayPast10: number | null;
  dayPast50: number | null;
  /** Largest newDefected / army on any day 1..days, and the first day it happened (null if no one defected after day 0). */
  peakDailyRate: number;
  peakDay: number | null;
  /** finalShare >= cascadeCutoff. */
  cascade: boolean;
  /** Evaded on the last day. */
  finalEvaded: number;
  /** Defected + caught + evaded on the last day. */
  finalManpowerDenied: number;
  /** Captured in combat on the last day. */
  finalCaptured: number;
  /** Units that surrendered whole with their leader, by the last day. */
  finalUnitSurrenders: number;
}

export interface RunResult {
  series: RunSeries;
  summary: RunSummary;
  /** Day each soldier defected (0 for initial defectors), -1 if never; CAUGHT_BASE - day if caught; CAPTURED_BASE - day if captured. */
  fate: Int32Array;
  /** Base thresholds t_i (before any offer, deterrence or event shifts), one per soldier slot. */
  thresholds: Float64Array;
}

/** fate values at or below this mark a caught soldier: fate = CAUGHT_BASE - dayCaught. */
export const CAUGHT_BASE = -2;
export const LOYAL_FATE = -1;

/** fate values at or below this mark a soldier captured in combat: fate = CAPTURED_BASE - dayCaptured (below every caught fate, days being at most 10,000). */
export const CAPTURED_BASE = -100_000;
