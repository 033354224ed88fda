import { describe, expect, it } from "vitest";
import { foundationParams } from "../../../src/model/index";
import { eventMarks, offerSpans, offerSpansOf, shareAxisMax, shareSeries, describeSpan } from "../../../src/ui/charts/timeline";

describe("offerSpans", () => {
  it("finds maximal runs of open days, end exclusive", () => {
    expect(offerSpans(Uint8Array.from([0, 1, 1, 0, 0, 1, 1, 1]))).toEqual([
      { start: 1, end: 3 },
      { start: 5, end: 8 },
    ]);
  });
  it("is empty when the offer is never open", () => {
    expect(offerSpans(new Uint8Array(5))).toEqual([]);
  });
  it("follows the model's schedule: windows [10, 70) and [80, never) over 120 days", () => {
    const params = foundationParams({ days: 120, offer: { attractiveness: 0.1, windows: [{ open: 10, close: 70 }, { open: 80, close: null }], urgency: 0, urgencyDays: 14 } });
    expect(offerSpansOf(params)).toEqual([
      { start: 10, end: 70 },
      { start: 80, end: 121 },
    ]);
    expect(describeSpan({ start: 10, end: 70 })).toBe("days 10–69");
    expect(describeSpan({ start: 3, end: 4 })).toBe("day 3");
  });
});

describe("eventMarks", () => {
  it("lists events within the run in day order, with short labels and full details", () => {
    const params = foundationParams({
      days: 50,
      events: [
        { kind: "leaflets", day: 30, reach: 0.3 },
        { kind: "setback", day: 20, shift: 0.05, days: null },
        { kind: "mobilisation", day: 60, count: 10, aware: 0, thresholds: { kind: "uniform", min: 0, max: 1 } },
      ],
    });
    const marks = eventMarks(params);
    expect(marks.map((m) => [m.day, m.label])).toEqual([
      [20, "setback"],
      [30, "leaflets"],
    ]);
    expect(marks[0].detail).toBe("Setback on day 20: thresholds −0.05 for good");
    expect(marks[1].detail).toBe("Leaflets on day 30: reach 30.0% of the unaware");
  });
});

describe("shareSeries", () => {
  it("divides by the army of the same day, 0 for an empty army", () => {
    expect(Array.from(shareSeries([0, 5, 10], [0, 10, 20]))).toEqual([0, 0.5, 0.5]);
  });
});

describe("shareAxisMax", () => {
  it("shows the whole [0, 1] once a quarter is passed", () => {
    expect(shareAxisMax(0.3)).toBe(1);
    expect(shareAxisMax(1)).toBe(1);
  });
  it("zooms in on a fizzle, never below the largest value", () => {
    for (const v of [0, 0.001, 0.012, 0.04, 0.09, 0.2, 0.23]) expect(shareAxisMax(v)).toBeGreaterThanOrEqual(v);
    expect(shareAxisMax(0.04)).toBe(0.05);
    expect(shareAxisMax(0)).toBe(0.05);
  });
});
