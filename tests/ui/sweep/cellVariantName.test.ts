/** The name of a sweep cell's variant. */
import { describe, expect, it } from "vitest";
import { cellVariantName } from "../../../src/ui/sweep/cellVariantName";
import { spec } from "./sweepData";

describe("cellVariantName", () => {
  it("names a cell's variant by its settings in words", () => {
    expect(cellVariantName(spec.axes, [0.1, 0.30000000000000004])).toBe("Offer attractiveness: 0.1, Threshold mean: 0.3");
  });
});
