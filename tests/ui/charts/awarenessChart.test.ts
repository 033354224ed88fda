import { describe, expect, it } from "vitest";
import { firstDayAtLeast } from "../../../src/ui/charts/awarenessChart";

describe("firstDayAtLeast", () => {
  it("finds the first day a level is reached, or null", () => {
    expect(firstDayAtLeast([0.1, 0.4, 0.6, 0.7], 0.5)).toBe(2);
    expect(firstDayAtLeast([0.1], 0.5)).toBeNull();
  });
});
