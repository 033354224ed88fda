import type { RunSeries, RunSummary } from "./result";

/** The per-run figures of MODEL.md, from a run's series. */
export function summarize(series: RunSeries, seed: number, cascadeCutoff: number): RunSummary {
  const days = series.army.length - 1;
  const share = (d: number) => (series.army[d] > 0 ? series.defected[d] / series.army[d] : 0);
  let dayPast10: number | null = null;
  let dayPast50: number | null = null;
  let peakDailyRate = 0;
  let peakDay: number | null = null;
  for (let d = 0; d <= days; d++) {
    const s = share(d);
    if (dayPast10 === null && s >= 0.1) dayPast10 = d;
    if (dayPast50 === null && s >= 0.5) dayPast50 = d;
    if (d > 0 && series.newDefected[d] > 0) {
      const rate = series.newDefected[d] / series.army[d];
      if (rate > peakDailyRate) {
        peakDailyRate = rate;
        peakDay = d;
      }
    }
  }
  const finalShare = share(days);
  return {
    seed,
    days,
    finalShare,
    finalDefected: series.defected[days],
    finalCaught: series.caught[days],
    dayPast10,
    dayPast50,
    peakDailyRate,
    peakDay,
    cascade: finalShare >= cascadeCutoff,
    finalEvaded: series.evaded[days],
    finalManpowerDenied: series.manpowerDenied[days],
    finalCaptured: series.captured[days],
    finalUnitSurrenders: series.unitSurrenders[days],
  };
}
