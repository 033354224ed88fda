/**
 * Every kind of bad scenario is refused with a message that names the field, the value and what
 * is allowed; good ones come back with every default filled in.
 */
import { describe, expect, it } from "vitest";
import { InputError, loadScenario, validateScenario, PARAMETERS, type InputIssue } from "../../src/scenario";
import { issuesOf } from "./issuesOf";

const minimal = { name: "test", parameters: {} as Record<string, unknown> };
const withParameters = (parameters: Record<string, unknown>) => ({ ...minimal, parameters });


describe("scenario validation", () => {
  it("fills every default for a minimal scenario, switching every mechanism off", () => {
    const file = validateScenario(minimal);
    expect(file.parameters.army).toEqual({ size: 1000, days: 365, unitSize: 100 });
    expect(file.parameters.offer).toEqual({ attractiveness: 0, windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 14 });
    expect(file.parameters.awareness.initial).toBe(1);
    expect(file.parameters.opportunity.daily).toBe(1);
    expect(file.parameters.deterrence.catchProbability).toBe(0);
    expect(file.sources).toEqual([]);
  });

  it("every registered default is inside its own range", () => {
    for (const p of PARAMETERS) {
      expect(p.default, p.path).toBeGreaterThanOrEqual(p.min);
      expect(p.default, p.path).toBeLessThanOrEqual(p.max);
    }
  });

  it("a negative army names the field, the value and the allowed range", () => {
    const [issue] = issuesOf(withParameters({ army: { size: -5 } }));
    expect(issue.path).toBe("parameters.army.size");
    expect(issue.message).toContain("-5");
    expect(issue.message).toContain("from 1 to 10,000,000 (soldiers)");
  });

  it("a wrong type says what was expected", () => {
    const [issue] = issuesOf(withParameters({ offer: { attractiveness: "high" } }));
    expect(issue.path).toBe("parameters.offer.attractiveness");
    expect(issue.message).toBe('expected a number from 0 to 1 (threshold share), got "high"');
  });

  it("NaN and infinite values are refused", () => {
    expect(issuesOf(withParameters({ opportunity: { daily: NaN } }))[0].message).toContain("got NaN");
    expect(issuesOf(withParameters({ opportunity: { daily: Infinity } }))[0].path).toBe("parameters.opportunity.daily");
  });

  it("a fractional army size is refused as not a whole number", () => {
    expect(issuesOf(withParameters({ army: { size: 10.5 } }))[0].message).toContain("whole number");
  });

  it("a huge army is refused before anything is allocated", () => {
    const [issue] = issuesOf(withParameters({ army: { size: 1e12 } }));
    expect(issue.path).toBe("parameters.army.size");
    const [mobilised] = issuesOf(withParameters({ army: { size: 9_000_000 }, events: [{ type: "mobilisation", day: 5, count: 2_000_000, thresholds: { distribution: "uniform", min: 0, max: 1 } }] }));
    expect(mobilised.message).toContain("above the limit of 10,000,000 soldiers");
  });

  it("an unknown key is named, with the keys allowed there", () => {
    const [issue] = issuesOf(withParameters({ offer: { atractiveness: 0.2 } }));
    expect(issue.path).toBe("parameters.offer");
    expect(issue.message).toBe('unknown key "atractiveness"; allowed: attractiveness, windows, urgency, urgencyDays');
    expect(issuesOf({ ...minimal, colour: "red" })[0].message).toContain('unknown key "colour"');
  });

  it("a deadline before the opening is impossible", () => {
    const [issue] = issuesOf(withParameters({ offer: { windows: [{ open: 30, close: 10 }] } }));
    expect(issue.path).toBe("parameters.offer.windows[0].close");
    expect(issue.message).toContain("not after the opening day 30");
  });

  it("overlapping windows and a window after one that never closes are refused", () => {
    expect(issuesOf(withParameters({ offer: { windows: [{ open: 0, close: 20 }, { open: 10, close: 30 }] } }))[0].path).toBe("parameters.offer.windows[1].open");
    expect(issuesOf(withParameters({ offer: { windows: [{ open: 0 }, { open: 10, close: 30 }] } }))[0].message).toContain("never closes");
  });

  it("an unknown threshold distribution lists the known ones", () => {
    const [issue] = issuesOf(withParameters({ thresholds: { distribution: "cauchy" } }));
    expect(issue.path).toBe("parameters.thresholds.distribution");
    expect(issue.message).toContain("normal, uniform, beta, list, file");
    expect(issue.message).toContain('"cauchy"');
  });

  it("a threshold list must have one value per soldier", () => {
    const [issue] = issuesOf(withParameters({ army: { size: 3 }, thresholds: { distribution: "list", values: [0.1, 0.2] } }));
    expect(issue.path).toBe("parameters.thresholds.values");
    expect(issue.message).toBe("has 2 thresholds but 3 soldiers need one each");
  });

  it("a list's values may be the Float64Array read from a file (a resolved scenario validated again), kept typed, first bad value named", () => {
    const values = Float64Array.from([0.1, 0.2, 0.3]);
    const file = validateScenario(withParameters({ army: { size: 3 }, thresholds: { distribution: "list", values } }));
    expect(file.parameters.thresholds).toEqual({ distribution: "list", values });
    expect((file.parameters.thresholds as { values: unknown }).values).toBeInstanceOf(Float64Array);
    const issues = issuesOf(withParameters({ army: { size: 4 }, thresholds: { distribution: "list", values: Float64Array.from([0.1, 1.5, Number.NaN, -1]) } }));
    expect(issues).toEqual([{ path: "parameters.thresholds.values[1]", message: "a threshold must be from 0 to 1" }]);
    expect(issuesOf(withParameters({ army: { size: 2 }, thresholds: { distribution: "list", values: Float64Array.from([0.1]) } }))).toEqual([
      { path: "parameters.thresholds.values", message: "has 1 thresholds but 2 soldiers need one each" },
    ]);
  });

  it("a JSON list's bad values are each named as before; other typed arrays are not lists", () => {
    expect(issuesOf(withParameters({ army: { size: 3 }, thresholds: { distribution: "list", values: [0.1, 2, "x"] } }))).toEqual([
      { path: "parameters.thresholds.values[1]", message: "a threshold must be from 0 to 1" },
      { path: "parameters.thresholds.values[2]", message: 'expected a threshold from 0 to 1, got "x"' },
    ]);
    expect(issuesOf(withParameters({ army: { size: 1 }, thresholds: { distribution: "list", values: Int32Array.from([0]) } }))[0]).toMatchObject({ path: "parameters.thresholds.values", message: expect.stringMatching(/^expected a list, got/) });
  });

  it("subgroup shares must add up to 1", () => {
    const groups = [
      { name: "conscripts", share: 0.5, thresholds: { distribution: "normal", mean: 0.2, sd: 0.1 } },
      { name: "contract", share: 0.3, thresholds: { distribution: "normal", mean: 0.5, sd: 0.1 } },
    ];
    expect(issuesOf(withParameters({ subgroups: groups }))[0].message).toBe("shares add up to 0.8, not 1: they must add up to 1 (to within 0.000000001)");
  });

  it("initial defectors: exactly one form, within the army", () => {
    expect(issuesOf(withParameters({ initialDefectors: { count: 2, share: 0.1 } }))[0].message).toBe("give exactly one of count, share or ids");
    expect(issuesOf(withParameters({ army: { size: 10 }, initialDefectors: { count: 20 } }))[0].message).toContain("more than the army");
    expect(issuesOf(withParameters({ army: { size: 10 }, initialDefectors: { ids: [3, 10] } }))[0].path).toBe("parameters.initialDefectors.ids[1]");
  });

  it("events must fall within the simulated days and have a known type", () => {
    expect(issuesOf(withParameters({ army: { days: 100 }, events: [{ type: "setback", day: 150 }] }))[0].message).toContain("after the last simulated day (100)");
    expect(issuesOf(withParameters({ events: [{ type: "coup", day: 1 }] }))[0].message).toContain("setback, mobilisation, leaflets, extend, combat");
  });

  it("network edges must name soldiers of the army, and networks must fit in memory", () => {
    const edges = withParameters({ army: { size: 4 }, observation: { scope: "network" }, network: { type: "edges", edges: [[0, 1], [2, 7]] } });
    expect(issuesOf(edges)[0].path).toBe("parameters.network.edges[1]");
    const dense = withParameters({ army: { size: 5_000_000 }, observation: { scope: "network" }, network: { type: "erdos-renyi", meanDegree: 100 } });
    expect(issuesOf(dense)[0].message).toContain("above the limit of 50,000,000");
  });

  it("scale-free, preferential attachment and clustered networks: their fields, ranges and cross-field limits are named", () => {
    const net = (network: Record<string, unknown>, size = 1000) => withParameters({ army: { size }, observation: { scope: "network" }, network });
    expect(validateScenario(net({ type: "scale-free" })).parameters.network).toEqual({ type: "scale-free", meanDegree: 4, exponent: 2.5, maxDegree: 1000 });
    expect(validateScenario(net({ type: "preferential-attachment" })).parameters.network).toEqual({ type: "preferential-attachment", tiesPerSoldier: 2 });
    expect(validateScenario(net({ type: "clustered" })).parameters.network).toEqual({ type: "clustered", meanDegree: 4, clustering: 0.2 });
    const steep = issuesOf(net({ type: "scale-free", exponent: 1.5 }))[0];
    expect(steep.path).toBe("parameters.network.exponent");
    expect(steep.message).toContain("a number from 2 to 5");
    const overCut = issuesOf(net({ type: "scale-free", meanDegree: 30 }, 20))[0];
    expect(overCut.path).toBe("parameters.network.meanDegree");
    expect(overCut.message).toContain("not below the degree cut-off (19");
    const fractional = issuesOf(net({ type: "preferential-attachment", tiesPerSoldier: 1.5 }))[0];
    expect(fractional.path).toBe("parameters.network.tiesPerSoldier");
    expect(fractional.message).toContain("a whole number from 0 to 1000");
    const tooClustered = issuesOf(net({ type: "clustered", meanDegree: 6, clustering: 0.3 }))[0];
    expect(tooClustered.path).toBe("parameters.network.clustering");
    expect(tooClustered.message).toBe("0.3 is more than mean degree 6 allows: at most 0.2 (each soldier closes at most half his ties into triangles)");
    expect(issuesOf(net({ type: "star" }))[0].message).toContain("erdos-renyi, small-world, regular-ring, units, scale-free, preferential-attachment, clustered, edges");
    expect(validateScenario(net({ type: "regular-ring" })).parameters.network).toEqual({ type: "regular-ring", degree: 4, rewire: 0.1 });
    expect(issuesOf(net({ type: "regular-ring", degree: 5 }))[0]).toEqual({ path: "parameters.network.degree", message: "5 is odd: a ring lattice needs an even degree" });
    const dense = withParameters({ army: { size: 5_000_000 }, observation: { scope: "network" }, network: { type: "preferential-attachment", tiesPerSoldier: 20 } });
    expect(issuesOf(dense)[0].message).toContain("above the limit of 50,000,000");
  });

  it("capture, leaders, cohesion and combat (issue 15): off by default, bad values named with their range", () => {
    const p = validateScenario(minimal).parameters;
    expect(p.capture).toEqual({ daily: 0, newsReaches: false });
    expect(p.leaders).toEqual({ share: 0, thresholds: { distribution: "normal", mean: 0.5, sd: 0.2 }, influence: 0, surrender: 0, opportunity: null, reach: 1 });
    expect(p.cohesion).toEqual({ strength: 0 });
    const one = (parameters: Record<string, unknown>) => issuesOf(withParameters(parameters))[0];
    expect(one({ capture: { daily: 1.5 } })).toEqual({ path: "parameters.capture.daily", message: "1.5 is not allowed: expected a number from 0 to 1 (probability per day)" });
    expect(one({ capture: { newsReaches: "yes" } })).toEqual({ path: "parameters.capture.newsReaches", message: 'expected true or false, got "yes"' });
    expect(one({ leaders: { share: -0.1 } })).toEqual({ path: "parameters.leaders.share", message: "-0.1 is not allowed: expected a number from 0 to 1 (share of units)" });
    expect(one({ leaders: { surrender: 2 } }).message).toBe("2 is not allowed: expected a number from 0 to 1 (probability)");
    expect(one({ leaders: { influence: 1.2 } }).path).toBe("parameters.leaders.influence");
    expect(one({ leaders: { opportunity: 3 } }).message).toContain("a number from 0 to 1 (probability per day)");
    expect(one({ leaders: { reach: 11 } })).toEqual({ path: "parameters.leaders.reach", message: "11 is not allowed: expected a number from 0 to 10 (multiple of soldiers' hazard)" });
    expect(one({ leaders: { thresholds: { distribution: "list", values: [0.1] } } })).toEqual({
      path: "parameters.leaders.thresholds.distribution",
      message: '"list" is not allowed for leaders: expected normal, uniform or beta (how many units have a leader is drawn, so a list could not match them)',
    });
    expect(one({ leaders: { thresholds: { distribution: "uniform", min: 0.6, max: 0.2 } } }).path).toBe("parameters.leaders.thresholds.max");
    expect(one({ leaders: { captain: 1 } }).message).toBe('unknown key "captain"; allowed: share, thresholds, influence, surrender, opportunity, reach');
    expect(one({ cohesion: { strength: -1 } })).toEqual({ path: "parameters.cohesion.strength", message: "-1 is not allowed: expected a number from 0 to 1 (threshold share)" });
    expect(one({ events: [{ type: "combat", day: 3, capture: 1.1 }] })).toEqual({ path: "parameters.events[0].capture", message: "1.1 is not allowed: expected a number from 0 to 1 (probability per day)" });
    expect(one({ army: { days: 10 }, events: [{ type: "combat", day: 12, capture: 0.1 }] }).message).toContain("after the last simulated day (10)");
    expect(validateScenario(withParameters({ events: [{ type: "combat", day: 3, capture: 0.1 }] })).parameters.events[0]).toEqual({ type: "combat", day: 3, capture: 0.1, days: null });
  });

  it("__proto__, constructor and prototype keys are refused and never reach a prototype", () => {
    const hostile = loadScenarioIssues('{"name":"x","parameters":{"__proto__":{"polluted":1},"offer":{"constructor":{"prototype":{"polluted":1}}}}}');
    expect(hostile.map((i) => i.path)).toEqual(["parameters", "parameters.offer"]);
    expect(hostile[0].message).toBe('the key "__proto__" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("broken JSON is refused with its line and column and a short excerpt, never the file", () => {
    const [issue] = loadScenarioIssues('{"name": "x", "parameters": {');
    expect(issue.message).toBe("not valid JSON at line 1, column 30 (near \"\")");
    const secret = "root:$6$abcdefghijklmnopqrstuvwxyz0123456789:19000:0:99999:7:::\nbin:*:19000\n";
    const [leak] = loadScenarioIssues(secret);
    expect(leak.message).toBe('not valid JSON at line 1, column 1 (near "root:$6$abcdefghijklmnop")');
    expect(leak.message).not.toContain("bin:");
  });

  it("a UTF-8 byte-order mark is accepted; nesting beyond 64 levels is refused before parsing, with its line", () => {
    expect(loadScenario("\ufeff" + JSON.stringify(minimal)).name).toBe("test");
    const [deep] = loadScenarioIssues("[".repeat(3000) + "]".repeat(3000));
    expect(deep.message).toBe("nested more than 64 levels deep (line 1, column 65); a scenario needs far fewer");
    // Brackets inside strings do not count.
    expect(loadScenario(JSON.stringify({ ...minimal, description: "[".repeat(100) })).description).toBe("[".repeat(100));
  });

  it("historical targets must parse and fall within the simulated days", () => {
    expect(validateScenario({ ...minimal, targets: ["defected@day=100:0.1"] }).targets).toEqual(["defected@day=100:0.1"]);
    expect(issuesOf({ ...minimal, targets: ["defected@day=100:0.1", "deserted@day=3:1"] })[0]).toEqual({ path: "targets[1]", message: expect.stringContaining('unknown quantity "deserted"') });
    expect(issuesOf({ ...withParameters({ army: { days: 50 } }), targets: ["defected@day=100:0.1"] })[0].message).toContain("after the last simulated day (50)");
  });

  it("reports every issue at once, not just the first", () => {
    expect(issuesOf(withParameters({ army: { size: -1, days: 0 }, opportunity: { daily: 2 } })).length).toBe(3);
  });
});

describe("behaviour over time in a scenario file", () => {
  it("defaults every behaviour to off and takes the values given", () => {
    const off = validateScenario(minimal).parameters.behaviour;
    expect(off).toEqual({ actRate: 1, pullDays: 14, forgetRate: 0, credibility: 1, closureFear: 0, memoryDays: null, punishmentDelay: 0, punishmentNews: "scope", draftEvasion: 0, offerEvasion: 0 });
    expect(validateScenario(withParameters({ behaviour: { actRate: 0.1, memoryDays: 30, punishmentNews: "local" } })).parameters.behaviour).toMatchObject({ actRate: 0.1, memoryDays: 30, punishmentNews: "local", forgetRate: 0 });
  });

  it("names a bad behaviour value, an unknown news reach and a typo", () => {
    expect(issuesOf(withParameters({ behaviour: { forgetRate: 2 } }))[0]).toMatchObject({ path: "parameters.behaviour.forgetRate", message: expect.stringContaining("from 0 to 1") });
    expect(issuesOf(withParameters({ behaviour: { punishmentNews: "rumour" } }))[0].message).toContain("expected scope or local");
    expect(issuesOf(withParameters({ behaviour: { actrate: 0.5 } }))[0].message).toMatch(/unknown key "actrate".*allowed: actRate/);
  });

  it("checks an extension against the windows it moves", () => {
    const offer = { windows: [{ open: 0, close: 30 }, { open: 50, close: 80 }] };
    const file = (e: Record<string, unknown>) => withParameters({ offer, army: { days: 100 }, events: [{ type: "extend", day: 20, ...e }] });
    const extend = (e: Record<string, unknown>) => issuesOf(file(e));
    expect(validateScenario(file({ window: 0, close: 45 })).parameters.events[0]).toEqual({ type: "extend", day: 20, window: 0, close: 45, credibilityLoss: 0 });
    expect(extend({ window: 2, close: 45 })[0]).toMatchObject({ path: "parameters.events[0].window", message: expect.stringContaining("not an offer window") });
    expect(extend({ window: 0, close: 60 })[0].message).toContain("runs into the next window, which opens on day 50");
    expect(extend({ window: 0, close: null })[0].message).toContain("runs into the next window");
    expect(extend({ window: 1, close: 10 })[0].message).toContain("is not after the window's opening");
    expect(() => validateScenario(file({ window: 1, close: null }))).not.toThrow();
    expect(issuesOf(withParameters({ offer, events: [{ type: "extend", day: 20, window: 0 }] }))[0].path).toBe("parameters.events[0].close");
  });
});

describe("complex contagion and divided armies (issue 15)", () => {
  it("are off by default: count threshold 0, homophily 0, no per-subgroup treatment, replacements forming new units", () => {
    const file = validateScenario(withParameters({ subgroups: [{ name: "a", share: 1, thresholds: { distribution: "uniform", min: 0, max: 1 } }], events: [{ type: "mobilisation", day: 1, count: 5, thresholds: { distribution: "uniform", min: 0, max: 1 } }] }));
    expect(file.parameters.observation).toMatchObject({ countThreshold: 0, homophily: 0 });
    expect(file.parameters.subgroups[0]).not.toHaveProperty("ineligibleShare");
    expect(file.parameters.events[0]).not.toHaveProperty("joinUnits");
  });

  it("a fractional or negative count threshold, or a homophily above 1, names the field and the range", () => {
    const [fraction] = issuesOf(withParameters({ observation: { countThreshold: 1.5 } }));
    expect(fraction.path).toBe("parameters.observation.countThreshold");
    expect(fraction.message).toContain("a whole number from 0 to 1000 (defected soldiers)");
    expect(issuesOf(withParameters({ observation: { countThreshold: -1 } }))[0].path).toBe("parameters.observation.countThreshold");
    const [homophily] = issuesOf(withParameters({ observation: { homophily: 1.2 } }));
    expect(homophily.path).toBe("parameters.observation.homophily");
    expect(homophily.message).toContain("from 0 to 1 (share)");
  });

  it("a subgroup's own ineligible or family share outside [0, 1], or an unknown way of joining units, names the field", () => {
    const group = (extra: object) => ({ name: "a", share: 1, thresholds: { distribution: "uniform", min: 0, max: 1 }, ...extra });
    const [ineligible] = issuesOf(withParameters({ subgroups: [group({ ineligibleShare: 2 })] }));
    expect(ineligible).toEqual({ path: "parameters.subgroups[0].ineligibleShare", message: "expected an ineligible share from 0 to 1" });
    expect(issuesOf(withParameters({ subgroups: [group({ familyShare: -0.1 })] }))[0].path).toBe("parameters.subgroups[0].familyShare");
    const [join] = issuesOf(withParameters({ events: [{ type: "mobilisation", day: 1, count: 5, thresholds: { distribution: "uniform", min: 0, max: 1 }, joinUnits: "old" }] }));
    expect(join.path).toBe("parameters.events[0].joinUnits");
    expect(join.message).toBe('expected new or existing, got "old"');
  });
});

function loadScenarioIssues(text: string): InputIssue[] {
  try {
    loadScenario(text);
  } catch (error) {
    return (error as InputError).issues;
  }
  throw new Error("expected the scenario to be refused");
}
