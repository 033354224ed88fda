import { describe, expect, it } from "vitest";
import { formatPoints, pointsTick } from "../../../../src/ui/charts/ensemble/pairedDifferenceChart";

describe("percentage points", () => {
  it("formats differences in percentage points, signed", () => {
    expect(formatPoints(0.123)).toBe("+12.3 pp");
    expect(formatPoints(-0.05)).toBe("−5.0 pp");
    expect(pointsTick(0.25)).toBe("+25");
    expect(pointsTick(-0.025)).toBe("−2.5");
    expect(pointsTick(0)).toBe("0");
  });
});
