/** A pinned variant's name. */
import { describe, expect, it } from "vitest";
import { variantName } from "../../../src/ui/compare/variantName";

describe("variantName", () => {
  it("names a pinned variant after what was changed, in words, or after its scenario when nothing was", () => {
    expect(variantName("asylum-offer-deadline", new Map())).toBe("asylum-offer-deadline");
    expect(variantName("x", new Map<string, number | string | null>([["offer.attractiveness", 0.2], ["seed", 4], ["offer.windows.0.close", null]]))).toBe("Offer attractiveness: 0.2; Offer closes: never");
    expect(variantName("x", new Map<string, number | string | null>([["offer.windows.0.close", 100]]))).toBe("Offer closes: day 100");
  });
});
