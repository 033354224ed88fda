/**
 * What a library card shows of a scenario's run (its own seed): the defected share at up to
 * THUMBNAIL_POINTS evenly spaced days (day 0 and the last day included), rounded to 4 decimals,
 * and the run's verdict in words. Computed ahead (scripts/library-thumbnails.ts writes
 * thumbnails.json) so that the library draws at once; a test recomputes every one, so they cannot
 * go stale.
 */
import type { ScenarioFile } from "../../scenario/index";
import { toModelParams } from "../../scenario/index";
import { simulate } from "../../model/index";
import { shareOf } from "../compare/ensembleResults";
import { runVerdict } from "../words/runVerdict";
import { dayTextFor } from "../words/dayText";

export const THUMBNAIL_POINTS = 120;

export interface LibraryThumbnail {
  days: number;
  cutoff: number;
  /** [day, share] pairs. */
  points: [number, number][];
  verdict: string;
}

export function sampleDays(days: number, points = THUMBNAIL_POINTS): number[] {
  if (days + 1 <= points) return Array.from({ length: days + 1 }, (_, d) => d);
  return Array.from({ length: points }, (_, k) => Math.round((k * days) / (points - 1)));
}

export function libraryThumbnail(scenario: ScenarioFile): LibraryThumbnail {
  const params = toModelParams(scenario);
  const run = simulate(params, scenario.parameters.seed);
  const shares = shareOf(run.series);
  return {
    days: params.days,
    cutoff: params.cascadeCutoff,
    points: sampleDays(params.days).map((d) => [d, Math.round(shares[d] * 1e4) / 1e4]),
    verdict: runVerdict(shares, params.cascadeCutoff, dayTextFor(scenario.calendar?.start, params.days)).text,
  };
}
