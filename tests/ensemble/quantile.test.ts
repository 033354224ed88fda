/** Quantiles against numpy and R on small fixed inputs. */
import { describe, expect, it } from "vitest";
import { quantileSorted } from "../../src/ensemble/quantile";

describe("quantiles", () => {
  it("interpolate between order statistics like numpy.quantile and R's type 7", () => {
    // numpy.quantile([1, 2, 3, 4], [0.25, 0.5, 0.9]) = [1.75, 2.5, 3.7]
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});
