/** The 0.5 contour of the phase diagram. */
import { describe, expect, it } from "vitest";
import { probabilityContour } from "../../../../src/ui/charts/sweep/probabilityContour";

describe("probabilityContour", () => {
  it("the 0.5 contour passes between cell centres, and needs two rows and two columns", () => {
    expect(probabilityContour([0, 1, 0], 3, 1, 10, 10)).toBeNull();
    expect(probabilityContour([0, 0, 0, 0], 2, 2, 10, 10)).toBeNull();
    // Left column 0, right column 1: the crossing is halfway between the centres (x = 5 and 15).
    const d = probabilityContour([0, 1, 0, 1], 2, 2, 10, 10)!;
    expect(d).toMatch(/^M/);
    expect(d).toContain("10,");
  });
});
