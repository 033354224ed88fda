/** A small sweep spec and run summaries made up for the sweep tests. */
import type { RunSummary } from "../../../src/model/result";
import type { SweepSpec } from "../../../src/sweep/sweepSpec";
import { CELL_OUTPUTS } from "../../../src/sweep/cellStatistics";

export const spec = { name: "s", scenario: {} as SweepSpec["scenario"], scenarioObject: { parameters: { offer: { attractiveness: 0 } } }, axes: [{ path: "offer.attractiveness", values: [0.1, 0.2] }, { path: "thresholds.mean", values: [0.3, 0.4, 0.5] }], runs: 3, masterSeed: 4294967295, cells: 6, outputs: [...CELL_OUTPUTS] } as SweepSpec;

export const summary = (k: number): RunSummary => ({ seed: k, days: 10, finalShare: (k % 7) / 7, finalDefected: k, finalCaught: 0, dayPast10: k % 3 ? k : null, dayPast50: null, peakDailyRate: 0.1 * (k % 5) + 0.01 * k, peakDay: 1, cascade: k % 2 === 0, finalEvaded: 0, finalManpowerDenied: k, finalCaptured: 0, finalUnitSurrenders: 0 });
