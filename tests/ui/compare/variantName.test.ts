/** A pinned variant's name. */
import { describe, expect, it } from "vitest";
import { variantName } from "../../../src/ui/compare/variantName";

describe("variantName", () => {
  it("names a pinned variant after its scenario and what was changed", () => {
    expect(variantName("asylum-offer-deadline", new Map())).toBe("asylum-offer-deadline");
    expect(variantName("x", new Map<string, number | string | null>([["offer.attractiveness", 0.2], ["seed", 4], ["offer.windows.0.close", null]]))).toBe("x (offer.attractiveness=0.2; offer.windows.0.close=none)");
  });
});
