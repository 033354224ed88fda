import { describe, expect, it } from "vitest";
import { decodeAddress, encodeAddress } from "../../../src/ui/state/appAddress";
import { DEFAULT_APP_STATE } from "../../../src/ui/state/appState";
import { encodeComparison } from "../../../src/ui/state/comparisonAddress";
import { EMPTY_COMPARISON, addVariant } from "../../../src/ui/compare/comparisonState";
import { SHIPPED } from "../../../src/ui/shippedScenarios";
import { decodeState } from "../../../src/ui/state/labAddress";

describe("the whole state in the address", () => {
  it("an old link (the lab's part alone) decodes as before, with the panels' settings empty", async () => {
    const search = "?scenario=asylum-offer-deadline&set=offer.attractiveness:0.2,offer.windows.0.close:null&seed=7";
    const decoded = await decodeAddress(search);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.lab).toEqual(decodeState(search).state);
    expect(decoded.state.sweep).toBeUndefined();
    expect(decoded.state.sensitivity).toBeUndefined();
    expect(decoded.comparison).toBeNull();
    expect(encodeAddress({ ...DEFAULT_APP_STATE, lab: decoded.state.lab }, null).search).toBe(search);
  });
  it("round-trips the lab, the comparison and every panel's settings", async () => {
    const lab = decodeState("?scenario=watts-2002&seed=3").state;
    const comparison = addVariant(EMPTY_COMPARISON, { name: "w", hidden: false, scenario: SHIPPED.get("watts-2002")! });
    const sensitivity = { method: "sobol", levers: "offer.attractiveness:1:0.05:0.2:l;offer.urgency:0:0:0.25:u" };
    const state = { ...DEFAULT_APP_STATE, lab, comparison, sweep: { runs: "12", "path-0": "thresholds.mean" }, tipping: { level: "0.6" }, calibration: { targets: "0,2" }, sensitivity };
    const { search } = encodeAddress(state, await encodeComparison(comparison));
    expect(search).toMatch(/^\?scenario=watts-2002&seed=3&sweep=[\w-]+&tipping=[\w-]+&calibrate=[\w-]+&levers=[\w-]+&compare=[\w-]+$/);
    const decoded = await decodeAddress(search);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state).toEqual({ lab, sweep: state.sweep, tipping: state.tipping, calibration: state.calibration, sensitivity });
    expect(decoded.comparison).toEqual({ kind: "loaded", comparison });
  });
  it("a bad panel setting rejects the address (default lab, no panels), a bad comparison only the comparison", async () => {
    const bad = await decodeAddress(`?scenario=watts-2002&tipping=${Buffer.from('{"level":1}').toString("base64url")}`);
    expect(bad.problems).toEqual([expect.stringMatching(/^tipping\.level: expected text/)]);
    expect(bad.state).toEqual({ lab: DEFAULT_APP_STATE.lab });
    const badComparison = await decodeAddress("?scenario=watts-2002&compare=AAAA");
    expect(badComparison.problems).toEqual([]);
    expect(badComparison.state.lab.source).toEqual({ kind: "shipped", id: "watts-2002" });
    expect(badComparison.comparison).toEqual({ kind: "invalid", problems: [expect.stringMatching(/^compare: /)] });
  });
});
