import { describe, expect, it } from "vitest";
import { roundToInterval } from "../../../src/ui/calibrate/calibrationWords";

describe("a fitted value rounded to what its interval supports", () => {
  it("keeps one digit past where the interval's width starts", () => {
    expect(roundToInterval(0.2404216394020488, 0.21, 0.27)).toBe(0.24);
    expect(roundToInterval(1234.56, 1000, 1500)).toBe(1230);
    expect(roundToInterval(17.4, 10, 30, true)).toBe(17);
  });

  it("never rounds a value inside its interval out of it (a fit's interval may start at the fitted value)", () => {
    const value = 0.019024;
    const rounded = roundToInterval(value, 0.01902, 0.03004);
    expect(rounded).toBeGreaterThanOrEqual(0.01902);
    expect(rounded).toBeLessThanOrEqual(0.03004);
    expect(rounded).toBe(0.01902);
  });

  it("keeps four significant digits for an interval of zero width", () => {
    expect(roundToInterval(0.123456, 0.123456, 0.123456)).toBe(0.1235);
  });
});
