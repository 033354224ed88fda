import { describe, expect, it } from "vitest";
import { formatTimeLeft } from "../../../src/ui/compare/ensembleProgress";

describe("formatTimeLeft", () => {
  it("says the time left in words, or that it is being estimated", () => {
    expect(formatTimeLeft(75)).toBe("about 1 min 15 s left");
    expect(formatTimeLeft(0.5)).toBe("less than a second left");
    expect(formatTimeLeft(Infinity)).toMatch(/estimating/);
  });
});
