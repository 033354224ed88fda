/**
 * Historical targets: the string form (with uncertainty and periods), the object form with
 * provenance and time series, and what each point reads from a run.
 */
import { describe, expect, it } from "vitest";
import { parseTarget, targetValue, targetMiss, targetSupported, defaultSd } from "../../src/scenario/target";
import { expandTargetSpec, targetSpecSchema } from "../../src/scenario/targetSpec";
import { scenarioTargets } from "../../src/scenario/scenarioTargets";
import { validateScenario, InputError } from "../../src/scenario";
import type { RunSeries } from "../../src/model";

const spec = (input: unknown) => targetSpecSchema.parse(input);

describe("target texts", () => {
  it("read an uncertainty as a standard deviation or a percentage of the figure", () => {
    expect(parseTarget("defected@day=31:1300±300")).toMatchObject({ unit: "count", low: 1300, sd: 300, sdGiven: true });
    expect(parseTarget("defected@day=31:1300+-20%")).toMatchObject({ sd: 260, sdGiven: true });
    expect(parseTarget("defected@day=31:10%±1%").sd).toBeCloseTo(0.001, 12);
  });

  it("without an uncertainty use the stated default: a quarter of a range, 10% of a figure", () => {
    expect(parseTarget("defected@day=2650:3000..5000")).toMatchObject({ sd: 500, sdGiven: false });
    expect(parseTarget("defected@day=31:130").sd).toBeCloseTo(13, 12);
    expect(parseTarget("defected@day=31:0").sd).toBe(0.001);
    expect(defaultSd({ unit: "count", low: 0, high: 0 })).toBe(1);
  });

  it("read a period as the increase from its first to its last day", () => {
    expect(parseTarget("defected@days=0..365:5700")).toMatchObject({ fromDay: 0, day: 365, low: 5700 });
    expect(() => parseTarget("defected@days=365..100:5700")).toThrow(/must run forwards/);
    expect(() => parseTarget("defected@day=3:5±0")).toThrow(/must be above 0/);
  });

  it("accept captured and both (defected + captured), which the model produces", () => {
    expect(parseTarget("captured@day=42:6000").quantity).toBe("captured");
    expect(targetSupported(parseTarget("captured@day=42:6000"))).toBe(true);
    expect(targetSupported(parseTarget("both@day=42:6000"))).toBe(true);
    expect(targetSupported(parseTarget("defected@day=42:6000"))).toBe(true);
  });
});

describe("reading a target from a run", () => {
  const series = { army: Int32Array.from([100, 100, 200]), defected: Int32Array.from([0, 10, 50]) } as unknown as RunSeries;

  it("counts, shares of that day's army and increases over a period", () => {
    expect(targetValue(series, parseTarget("defected@day=2:40"))).toBe(50);
    expect(targetValue(series, parseTarget("defected@day=2:0.2"))).toBe(0.25);
    expect(targetValue(series, parseTarget("defected@days=1..2:40"))).toBe(40);
  });

  it("names a quantity a series does not have, and reads captured and both where it does", () => {
    expect(() => targetValue(series, parseTarget("captured@day=2:40"))).toThrow(/no "captured" output yet/);
    expect(targetSupported(parseTarget("both@day=2:40"), series)).toBe(false);
    const withCaptured = { ...series, captured: Int32Array.from([0, 5, 30]) } as unknown as RunSeries;
    expect(targetValue(withCaptured, parseTarget("captured@day=2:40"))).toBe(30);
    expect(targetValue(withCaptured, parseTarget("both@day=2:40"))).toBe(80);
    expect(targetValue(withCaptured, parseTarget("both@day=2:0.5"))).toBe(0.4);
  });

  it("misses are 0 inside a range and in standard deviations outside it", () => {
    const target = parseTarget("defected@day=2:30..50±5");
    expect(targetMiss(40, target)).toBe(0);
    expect(targetMiss(60, target)).toBe(2);
    expect(targetMiss(20, target)).toBe(2);
  });
});

describe("object targets", () => {
  it("keep their source and uncertainty and expand to a text the string form reads back", () => {
    const [target] = expandTargetSpec(spec({ counts: "defected", day: 2650, range: [3000, 5000], sd: 400, source: "Atwood 1980" }));
    expect(target).toMatchObject({ quantity: "defected", day: 2650, low: 3000, high: 5000, sd: 400, source: "Atwood 1980", text: "defected@day=2650:3000..5000±400" });
    expect(parseTarget(target.text)).toMatchObject({ low: 3000, high: 5000, sd: 400 });
  });

  it("a relative uncertainty applies to each figure; shares are written with %", () => {
    const [target] = expandTargetSpec(spec({ unit: "share", day: 10, value: 0.2, relativeSd: 0.5 }));
    expect(target.sd).toBeCloseTo(0.1, 12);
    expect(target.text).toBe("defected@day=10:20%±10%");
    expect(parseTarget(target.text)).toMatchObject({ unit: "share", low: 0.2 });
  });

  it("a yearly series gives the increase in each year; null skips a year", () => {
    const points = expandTargetSpec(spec({ series: { every: "year", values: [100, null, [200, 300]] }, relativeSd: 0.1 }));
    expect(points.map((p) => [p.fromDay, p.day, p.low, p.high])).toEqual([
      [0, 365, 100, 100],
      [731, 1096, 200, 300],
    ]);
    expect(points[1].sd).toBeCloseTo(25, 12);
  });

  it("a monthly level series reads the quantity at each month's end", () => {
    const points = expandTargetSpec(spec({ counts: "aware", series: { every: "month", start: 10, kind: "level", values: [1000, 2000] } }));
    expect(points.map((p) => [p.fromDay, p.day])).toEqual([
      [undefined, 40],
      [undefined, 71],
    ]);
  });

  it("name what is wrong", () => {
    expect(() => spec({ day: 3 })).toThrow(/give exactly one of value or range/);
    expect(() => spec({ value: 3 })).toThrow(/is required/);
    expect(() => spec({ day: 3, value: 3, sd: 1, relativeSd: 0.1 })).toThrow(/sd or relativeSd, not both/);
    expect(() => spec({ day: 3, value: 3, series: { every: "year", values: [1] } })).toThrow(/not both/);
    expect(() => spec({ unit: "share", day: 3, value: 3 })).toThrow(/share cannot be above 1/);
    expect(() => spec({ day: 3, range: [5, 2] })).toThrow(/runs backwards/);
  });
});

describe("targets in a scenario file", () => {
  const minimal = { name: "t", parameters: { army: { size: 100, days: 400 } } };

  it("old string targets stay valid next to object targets", () => {
    const file = validateScenario({ ...minimal, targets: ["defected@day=100:0.1", { day: 365, value: 40, source: "a count" }] });
    expect(scenarioTargets(file).map((t) => t.text)).toEqual(["defected@day=100:0.1", "defected@day=365:40"]);
  });

  it("a bad object target is named by its field", () => {
    const issues = (input: unknown) => {
      try {
        validateScenario({ ...minimal, targets: [input] });
      } catch (error) {
        return (error as InputError).issues;
      }
      return [];
    };
    expect(issues({ counts: "deserted", day: 1, value: 1 })).toEqual([{ path: "targets[0].counts", message: expect.stringContaining('got "deserted"') }]);
    expect(issues({ day: 1, value: 1, sdd: 1 })[0].message).toMatch(/unknown key "sdd"; allowed: counts/);
    expect(issues(42)[0].message).toMatch(/expected a target text/);
    expect(issues({ series: { every: "year", values: [1, 2] } })[0]).toEqual({ path: "targets[0]", message: expect.stringContaining("day 731 is after the last simulated day (400)") });
  });
});
