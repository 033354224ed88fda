import { describe, expect, it } from "vitest";
import { stepOutline } from "../../../src/ui/charts/thresholdHistogram";

describe("stepOutline", () => {
  it("outlines the histogram slid by the offset", () => {
    expect(stepOutline([2, 1], 0.5, -0.25, (v) => v * 100, (v) => 10 - v)).toBe("M-25,10V8H25V9H75V10");
  });
});
