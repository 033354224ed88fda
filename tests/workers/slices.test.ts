import { afterEach, describe, expect, it, vi } from "vitest";
import { advanceSlice } from "../../workers/slices";

/** A run whose slice of `days` takes `msPerDay` each on a stubbed clock. */
function run(msPerDay: number) {
  let now = 0;
  vi.spyOn(performance, "now").mockImplementation(() => now);
  const advanced: number[] = [];
  return { advanced, advance: (days: number) => void (advanced.push(days), (now += days * msPerDay)) };
}

afterEach(() => vi.restoreAllMocks());

describe("advancing a run a slice at a time", () => {
  it("advances by the days asked and sizes the next slice to take about the target", () => {
    const simulation = run(2);
    expect(advanceSlice(simulation, 5, 30)).toBe(15);
    expect(simulation.advanced).toEqual([5]);
  });

  it("doubles a slice that took no measurable time, and never goes below one day", () => {
    expect(advanceSlice(run(0), 4, 30)).toBe(8);
    expect(advanceSlice(run(100), 1, 30)).toBe(1);
  });
});
