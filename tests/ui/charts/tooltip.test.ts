import { describe, expect, it } from "vitest";
import { scaleLinear } from "d3";
import { tooltipPosition } from "../../../src/ui/charts/tooltip";
import { dayAt } from "../../../src/ui/charts/dayHover";

describe("tooltipPosition", () => {
  it("sits right of and above the pointer", () => {
    expect(tooltipPosition(100, 200, 80, 40, 640)).toEqual({ left: 112, top: 148 });
  });
  it("flips left near the right edge and stays inside the container", () => {
    expect(tooltipPosition(600, 200, 80, 40, 640).left).toBe(508);
    expect(tooltipPosition(50, 10, 300, 40, 320)).toEqual({ left: 0, top: 0 });
  });
});

describe("dayAt", () => {
  it("rounds to the nearest whole day within 0..days", () => {
    const x = scaleLinear().domain([0, 100]).range([0, 500]);
    expect(dayAt(x, 12, 100)).toBe(2);
    expect(dayAt(x, -30, 100)).toBe(0);
    expect(dayAt(x, 900, 100)).toBe(100);
  });
});
