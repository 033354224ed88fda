/** The per-run figures of MODEL.md, read off a hand-written series. */
import { describe, expect, it } from "vitest";
import { allocateSeries, recordDay } from "../../src/model/series";
import { summarize } from "../../src/model/summary";

/** A 4-day series of an army of 10 with the given defected counts (new defections follow), nobody caught. */
function seriesOf(defected: number[], army = 10) {
  const series = allocateSeries(defected.length - 1);
  defected.forEach((count, d) => recordDay(series, d, army, army, army, count, d === 0 ? count : count - defected[d - 1], 0, 0));
  return series;
}

describe("summarize", () => {
  it("finds the first days past 10% and 50%, the peak daily rate and its day, and the cascade verdict", () => {
    const summary = summarize(seriesOf([0, 1, 4, 8, 8]), 7, 0.5);
    expect(summary).toMatchObject({ seed: 7, days: 4, finalDefected: 8, finalCaught: 0, dayPast10: 1, dayPast50: 3, peakDay: 3, cascade: true });
    expect(summary.finalShare).toBe(0.8);
    expect(summary.peakDailyRate).toBeCloseTo(0.4, 15); // 3 of 10 on day 2, then 4 on day 3: day 3 is the peak
  });

  it("takes the first day of a tie for the peak, and a share exactly at a mark as past it", () => {
    const summary = summarize(seriesOf([0, 5, 10, 10]), 1, 0.5);
    expect(summary.dayPast50).toBe(1);
    expect(summary.peakDay).toBe(1);
    expect(summary.cascade).toBe(true);
  });

  it("reports no days and no peak for a run where nobody defects, and no cascade below the cut-off", () => {
    const summary = summarize(seriesOf([0, 0, 0]), 2, 0.5);
    expect(summary).toMatchObject({ dayPast10: null, dayPast50: null, peakDay: null, peakDailyRate: 0, cascade: false, finalShare: 0 });
    expect(summarize(seriesOf([0, 2, 4]), 2, 0.5).cascade).toBe(false);
  });

  it("counts an empty army as share 0", () => {
    expect(summarize(seriesOf([0, 0], 0), 3, 0.5).finalShare).toBe(0);
  });
});
