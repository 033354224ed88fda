import { describe, expect, it } from "vitest";
import { runVerdict } from "../../../src/ui/words/runVerdict";
import { dayTextFor } from "../../../src/ui/words/dayText";

const days = dayTextFor(undefined, 0);
/** A logistic-ish curve rising to `top` around `mid`. */
const curve = (n: number, top: number, mid: number) => Float64Array.from({ length: n + 1 }, (_, d) => top / (1 + Math.exp(-(d - mid) / 3)));

describe("runVerdict", () => {
  it("says when a cascade passes the cut-off and where it ends", () => {
    const shares = curve(120, 0.92, 30);
    const verdict = runVerdict(shares, 0.5, days);
    const crossed = shares.findIndex((s) => s >= 0.5);
    expect(verdict).toEqual({ cascade: true, nearCutoff: false, text: `Cascades: 50% by day ${crossed}, 92% by the end.` });
  });
  it("says where a fizzle levels off", () => {
    const shares = curve(365, 0.05, 100);
    const verdict = runVerdict(shares, 0.5, days);
    expect(verdict.cascade).toBe(false);
    expect(verdict.text).toBe(`Fizzles: 5% by day ${shares.findIndex((s) => s >= 0.05 * 0.99)}, then levels off.`);
  });
  it("says a run still rising at the end is still rising", () => {
    const shares = Float64Array.from({ length: 101 }, (_, d) => d * 0.003);
    expect(runVerdict(shares, 0.5, days).text).toBe("No cascade yet: 30% by day 100, still rising at the end.");
  });
  it("says nobody defects when nobody does", () => expect(runVerdict(new Float64Array(11), 0.5, days).text).toBe("Fizzles: nobody defects."));
  it("warns when the run ends within a hair of the cut-off, with one decimal", () => {
    const verdict = runVerdict(curve(120, 0.504, 30), 0.5, days);
    expect(verdict.nearCutoff).toBe(true);
    expect(verdict.text).toMatch(/^Cascades: 50% by day \d+, 50\.4% by the end\. That is within 3 points of the 50% cut-off/);
  });
  it("uses dates when the scenario has a calendar", () => {
    const verdict = runVerdict(curve(42, 0.02, 10), 0.5, dayTextFor("1991-01-17", 42));
    expect(verdict.text).toMatch(/^Fizzles: 2% by \d+ (Jan|Feb) 1991/);
  });
});
