import { describe, expect, it } from "vitest";
import { flipped, knifeEdgeLevers, knifeEdgeNotice } from "../../../src/ui/words/knifeEdge";
import { SHIPPED } from "../../../src/ui/shippedScenarios";
import { setParameter, scenarioFromObject } from "../../../src/scenario/index";

describe("knife edge", () => {
  it("probes the offer's attractiveness and the mean threshold one step either side", () => {
    const levers = knifeEdgeLevers(SHIPPED.get("hessians-1776")!);
    expect(levers[0]).toEqual({ path: "offer.attractiveness", value: 0.25, neighbours: [0.24, 0.26] });
    expect(levers[1].path).toBe("thresholds.mean");
  });
  it("leaves out steps beyond a lever's range and levers a scenario does not use", () => {
    const granovetter = scenarioFromObject(setParameter(SHIPPED.get("granovetter-uniform")!, "offer.attractiveness", 0));
    expect(knifeEdgeLevers(granovetter).map((l) => l.path)).not.toContain("offer.attractiveness");
    const edge = scenarioFromObject(setParameter(SHIPPED.get("asylum-offer-deadline")!, "offer.attractiveness", 1));
    expect(knifeEdgeLevers(edge)[0].neighbours).toEqual([0.99]);
  });
  it("counts a changed verdict or a 20-point move as a flip, and nothing less", () => {
    expect(flipped({ finalShare: 0.49, cascade: false }, { finalShare: 0.51, cascade: true })).toBe(true);
    expect(flipped({ finalShare: 0.05, cascade: false }, { finalShare: 0.3, cascade: false })).toBe(true);
    expect(flipped({ finalShare: 0.05, cascade: false }, { finalShare: 0.2, cascade: false })).toBe(false);
  });
  it("words the first flip (the hessians-1776 case)", () => {
    const lever = { path: "offer.attractiveness", value: 0.243, neighbours: [0.233, 0.253] };
    const notice = knifeEdgeNotice(lever, { finalShare: 0.18, cascade: false }, [{ value: 0.233, finalShare: 0.091, cascade: false }, { value: 0.253, finalShare: 0.677, cascade: true }], 0.5);
    // The headline stays short (two lines on a phone); the run's own outcome and the advice are in the detail.
    expect(notice!.headline).toBe("Knife edge: offer attractiveness 0.253 instead of 0.243 ends at 68% (a cascade).");
    expect(notice!.headline.length).toBeLessThanOrEqual(90);
    expect(notice!.detail).toMatch(/^This run ends at 18% \(no cascade\); the run one step away has the same seed, .* compare an ensemble of each\.$/);
    expect(knifeEdgeNotice(lever, { finalShare: 0.18, cascade: false }, [{ value: 0.233, finalShare: 0.1, cascade: false }], 0.5)).toBeNull();
  });
});
