/** What the comparison's charts and table draw: statistics, bands and paired differences. */
import { describe, expect, it } from "vitest";
import { variantStatistics } from "../../../src/ensemble/variantStatistics";
import { ensembleView } from "../../../src/ui/compare/ensembleView";
import { ensembleOf, two } from "./comparisonData";

describe("ensembleView", () => {
  it("computes the view's statistics with variantStatistics and pairs differences run by run", () => {
    const c = { ...two(), baseline: 0 };
    const results = ensembleOf(c, false);
    const view = ensembleView(results, c);
    const [weak, strong] = results.summaries;
    expect(view.variants[0].statistics).toEqual(variantStatistics(weak, null));
    expect(view.variants[1].statistics).toEqual(variantStatistics(strong, weak));
    expect(view.variants[0].difference).toBeNull();
    expect(view.variants[1].difference!.p50).toBe(view.variants[1].statistics.differenceMedian);
    // A stronger offer is never worse run by run (same seeds), so every paired difference is >= 0.
    expect(view.variants[1].difference!.p05).toBeGreaterThanOrEqual(0);
    // Bands are ordered and span days 0..days.
    const b = view.variants[1].bands;
    expect(b.p50.length).toBe(41);
    for (let d = 0; d <= 40; d++) expect(b.p05[d] <= b.p25[d] && b.p25[d] <= b.p50[d] && b.p50[d] <= b.p75[d] && b.p75[d] <= b.p95[d]).toBe(true);
  });

  it("pairs the daily shares run by run: the day-by-day difference to the baseline, with its bands", () => {
    const c = { ...two(), baseline: 0 };
    const results = ensembleOf(c, false);
    const view = ensembleView(results, c);
    expect(view.variants[0].dailyDifference).toBeNull();
    const daily = view.variants[1].dailyDifference!;
    // By hand: run r's defected share on day d in the variant minus the baseline's, sorted per day.
    for (const d of [0, 10, 40]) {
      const column = Array.from({ length: 6 }, (_, r) => results.shares[1][r][d] - results.shares[0][r][d]).sort((x, y) => x - y);
      expect(daily.p50[d]).toBeCloseTo((column[2] + column[3]) / 2, 12);
      expect(daily.p05[d]).toBeGreaterThanOrEqual(column[0]);
      expect(daily.p95[d]).toBeLessThanOrEqual(column[5]);
    }
    // A stronger offer is never worse run by run, on any day; on the last day the median is the final shares' median difference.
    for (let d = 0; d <= 40; d++) expect(daily.p05[d]).toBeGreaterThanOrEqual(-1e-7);
    expect(daily.p50[40]).toBeCloseTo(view.variants[1].difference!.p50, 6);
  });
});
