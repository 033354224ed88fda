import { describe, expect, it } from "vitest";
import { cutoffClusterWarning } from "../../../src/ui/words/cutoffCluster";

describe("cutoffClusterWarning", () => {
  it("stays quiet when runs split into cascades and fizzles", () => {
    const split = Float64Array.from({ length: 100 }, (_, k) => (k % 2 ? 0.95 : 0.03));
    expect(cutoffClusterWarning(split, 0.5)).toBeNull();
  });
  it("warns when final shares pile up around the cut-off", () => {
    const piled = Float64Array.from({ length: 100 }, (_, k) => 0.4 + k * 0.002);
    expect(cutoffClusterWarning(piled, 0.5)).toMatch(/^\d+% of runs end within 10 points of the 50% cut-off/);
  });
  it("says nothing with too few runs", () => expect(cutoffClusterWarning([0.5, 0.5], 0.5)).toBeNull());
});
