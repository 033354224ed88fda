import { describe, expect, it } from "vitest";
import { COLOURS, dayColour, OKABE_ITO, rgbOf, shareColour } from "../../../src/ui/charts/palette";

describe("palette", () => {
  it("draws the series in Okabe-Ito colours", () => {
    const okabe = Object.values(OKABE_ITO);
    for (const key of ["defected", "caught", "aware", "offer"] as const) expect(okabe).toContain(COLOURS[key]);
  });
  it("sequential scales give parseable colours at both ends and clamp outside [0, 1]", () => {
    for (const t of [-1, 0, 0.5, 1, 2]) {
      expect(rgbOf(dayColour(t))).toHaveLength(3);
      expect(rgbOf(shareColour(t))).toHaveLength(3);
    }
    expect(dayColour(-1)).toBe(dayColour(0));
  });
  it("rgbOf reads hex and rgb() and rejects anything else", () => {
    expect(rgbOf("#0072B2")).toEqual([0, 114, 178]);
    expect(rgbOf("rgb(1, 2, 3)")).toEqual([1, 2, 3]);
    expect(() => rgbOf("red")).toThrow(/invalid colour: red/);
  });
});
