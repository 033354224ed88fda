import { describe, expect, it } from "vitest";
import { baseScenario, effectiveScenario, withOverride, withoutOverride, type LabState } from "../../../src/ui/state/labState";
import { decodeState, encodeState } from "../../../src/ui/state/labAddress";
import { getParameter } from "../../../src/scenario";

const start: LabState = { source: { kind: "shipped", id: "asylum-offer-deadline" }, overrides: new Map() };
const change = (state: LabState, path: string, value: number | string | null) => withOverride(state, path, value, getParameter(baseScenario(state.source), path));

describe("the lab's state", () => {
  it("switches the threshold distribution: the old kind's changes go, the new kind starts at its defaults and takes changes", () => {
    let state = change(start, "thresholds.mean", 0.3);
    state = change(state, "thresholds.distribution", "uniform");
    state = change(state, "thresholds.max", 0.6);
    expect([...state.overrides]).toEqual([
      ["thresholds.distribution", "uniform"],
      ["thresholds.max", 0.6],
    ]);
    expect(effectiveScenario(state).parameters.thresholds).toEqual({ distribution: "uniform", min: 0, max: 0.6 });
    // Back to the scenario's own kind: its own values again, nothing left over.
    state = change(state, "thresholds.distribution", "normal");
    expect(state.overrides.size).toBe(0);
    expect(effectiveScenario(state).parameters.thresholds).toEqual(baseScenario(start.source).parameters.thresholds);
  });

  it("switches the network's type and keeps it across the address", () => {
    let state = change(start, "observation.scope", "network");
    state = change(state, "network.type", "small-world");
    state = change(state, "network.rewire", 0.3);
    expect(effectiveScenario(state).parameters.network).toEqual({ type: "small-world", degree: 4, rewire: 0.3 });
    const { search } = encodeState(state);
    const decoded = decodeState(search);
    expect(decoded.problems).toEqual([]);
    expect(effectiveScenario(decoded.state).parameters.network).toEqual({ type: "small-world", degree: 4, rewire: 0.3 });
  });

  it("resets one control to the scenario's value; resetting a kind takes what was set in it along", () => {
    let state = change(start, "offer.attractiveness", 0.3);
    state = change(state, "seed", 9);
    state = withoutOverride(state, "offer.attractiveness");
    expect([...state.overrides]).toEqual([["seed", 9]]);
    state = change(change(state, "thresholds.distribution", "uniform"), "thresholds.max", 0.5);
    state = withoutOverride(state, "thresholds.distribution");
    expect([...state.overrides]).toEqual([["seed", 9]]);
    expect(effectiveScenario(state).parameters.thresholds).toEqual(baseScenario(start.source).parameters.thresholds);
  });
});
