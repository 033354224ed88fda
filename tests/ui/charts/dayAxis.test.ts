import { describe, expect, it } from "vitest";
import { dateTicks, dayHeading } from "../../../src/ui/charts/dayAxis";

describe("dateTicks", () => {
  it("puts a 2,650-day run's ticks on new years, labelled by year", () => {
    const { days, label } = dateTicks("1776-08-14", 0, 2650, 800);
    expect(days.map(label)).toEqual(["1777", "1778", "1779", "1780", "1781", "1782", "1783"]);
    expect(days[0]).toBe(140); // 1 January 1777
  });
  it("puts a 42-day run's ticks on weeks or months, never outside the run", () => {
    const { days, label } = dateTicks("1991-01-17", 0, 42, 500);
    expect(days.length).toBeGreaterThan(2);
    expect(days.every((d) => Number.isInteger(d) && d >= 0 && d <= 42)).toBe(true);
    expect(days.map(label).every((text) => /^(Jan|Feb) \d\d$/.test(text))).toBe(true);
  });
  it("heads a tooltip with the day and its date", () => {
    expect(dayHeading({ startDate: "1991-01-17" }, 36)).toBe("Day 36: 22 Feb 1991");
    expect(dayHeading({}, 36)).toBe("Day 36");
  });
});
