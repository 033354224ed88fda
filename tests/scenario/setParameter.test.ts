import { describe, expect, it } from "vitest";
import { InputError, getParameter, parseSetValue, setParameter, validateScenario } from "../../src/scenario";

const scenario = { name: "s", parameters: { offer: { attractiveness: 0.1, windows: [{ open: 0, close: 30 }] } } };

describe("setParameter", () => {
  it("sets a nested value by its path under parameters, leaving the original alone", () => {
    const changed = setParameter(scenario, "offer.attractiveness", 0.3);
    expect(getParameter(changed, "offer.attractiveness")).toBe(0.3);
    expect(scenario.parameters.offer.attractiveness).toBe(0.1);
  });

  it("reaches into lists by index and creates missing objects", () => {
    expect(getParameter(setParameter(scenario, "offer.windows.0.close", 60), "offer.windows.0.close")).toBe(60);
    expect(getParameter(setParameter(scenario, "deterrence.reprisal", 0.2), "deterrence.reprisal")).toBe(0.2);
  });

  it("switching the threshold distribution or the network's type replaces the object with the new kind's defaults", () => {
    const normal = setParameter(scenario, "thresholds", { distribution: "normal", mean: 0.3, sd: 0.1 });
    const uniform = setParameter(normal, "thresholds.distribution", "uniform");
    expect(getParameter(uniform, "thresholds")).toEqual({ distribution: "uniform", min: 0, max: 1 });
    expect(validateScenario(setParameter(uniform, "thresholds.min", 0.2)).parameters.thresholds).toEqual({ distribution: "uniform", min: 0.2, max: 1 });
    // The same kind again changes nothing.
    expect(getParameter(setParameter(normal, "thresholds.distribution", "normal"), "thresholds")).toEqual({ distribution: "normal", mean: 0.3, sd: 0.1 });
    const smallWorld = setParameter(scenario, "network.type", "small-world");
    expect(getParameter(smallWorld, "network")).toEqual({ type: "small-world", degree: 4, rewire: 0.1 });
    expect(validateScenario(smallWorld).parameters.network).toEqual({ type: "small-world", degree: 4, rewire: 0.1 });
    expect(getParameter(setParameter(scenario, "network.type", "scale-free"), "network")).toEqual({ type: "scale-free", meanDegree: 4, exponent: 2.5, maxDegree: 1000 });
    expect(getParameter(setParameter(smallWorld, "network.type", "clustered"), "network")).toEqual({ type: "clustered", meanDegree: 4, clustering: 0.2 });
    expect(validateScenario(setParameter(scenario, "network.type", "preferential-attachment")).parameters.network).toEqual({ type: "preferential-attachment", tiesPerSoldier: 2 });
    // A kind read from a file has no defaults: validation asks for what it needs.
    expect(() => validateScenario(setParameter(normal, "thresholds.distribution", "list"))).toThrow(/parameters\.thresholds/);
  });

  it("sets the leaders' threshold mean, starting from the schema's default leaders' thresholds when the file gives none", () => {
    const officers = setParameter(scenario, "leaders.thresholds.mean", 0.7);
    expect(getParameter(officers, "leaders.thresholds")).toEqual({ distribution: "normal", mean: 0.7, sd: 0.2 });
    // The same as validation fills in for leaders the file leaves out, but for the mean.
    expect(validateScenario(scenario).parameters.leaders.thresholds).toEqual({ distribution: "normal", mean: 0.5, sd: 0.2 });
    expect(validateScenario(officers).parameters.leaders.thresholds).toEqual({ distribution: "normal", mean: 0.7, sd: 0.2 });
    // The soldiers' thresholds are another object.
    expect(validateScenario(officers).parameters.thresholds).toEqual({ distribution: "normal", mean: 0.5, sd: 0.2 });
    expect(() => validateScenario(setParameter(scenario, "leaders.thresholds.mean", 1.5))).toThrow(/parameters\.leaders\.thresholds\.mean: 1\.5 is not allowed/);
    // Leaders with uniform thresholds have no mean: validation names the field.
    const uniform = setParameter(scenario, "leaders.thresholds", { distribution: "uniform", min: 0.2, max: 0.8 });
    expect(() => validateScenario(setParameter(uniform, "leaders.thresholds.mean", 0.4))).toThrow(/parameters\.leaders\.thresholds/);
  });

  it("refuses an index past the end of a list, naming its length", () => {
    expect(getParameter(setParameter(scenario, "offer.windows.1", { open: 40 }), "offer.windows.1.open")).toBe(40);
    expect(() => setParameter(scenario, "offer.windows.3.close", 5)).toThrow(/parameters\.offer\.windows: has 1 item\(s\)/);
  });

  it("a value of the wrong shape is named in the project's words", () => {
    expect(() => validateScenario(setParameter(scenario, "offer.windows.0", 5))).toThrow("parameters.offer.windows[0]: expected an object, got 5");
    expect(() => validateScenario(setParameter(scenario, "events", "none"))).toThrow('parameters.events: expected a list, got "none"');
  });

  it("refuses prototype keys without touching any prototype", () => {
    for (const path of ["__proto__.polluted", "offer.constructor.prototype.polluted", "prototype"]) {
      expect(() => setParameter(scenario, path, 1)).toThrow(InputError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("parses values as JSON when they are JSON, as text otherwise", () => {
    expect(parseSetValue("0.25")).toBe(0.25);
    expect(parseSetValue("null")).toBe(null);
    expect(parseSetValue("[1,2]")).toEqual([1, 2]);
    expect(parseSetValue("network")).toBe("network");
  });

  it("a value set out of range is caught by validation, naming the field", () => {
    expect(() => validateScenario(setParameter(scenario, "army.size", -5))).toThrow(/parameters\.army\.size: -5 is not allowed/);
  });
});
