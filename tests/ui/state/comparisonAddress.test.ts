/** The comparison in the address (deflated, base64url) and as a file's text. */
import { describe, expect, it } from "vitest";
import type { Comparison } from "../../../src/ensemble/comparisonFile";
import { comparisonFileText, readComparisonText } from "../../../src/ui/compare/comparisonFileText";
import { decodeComparison, encodeComparison } from "../../../src/ui/state/comparisonAddress";
import { two } from "../compare/comparisonData";

describe("comparison file and address", () => {
  it("round-trips through the file text and the compressed address", async () => {
    const c = two();
    expect(readComparisonText(comparisonFileText(c))).toEqual(c);
    const encoded = await encodeComparison(c);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeComparison(encoded)).toEqual(c);
    // Two variants of one scenario compress to much less than one scenario's text.
    expect(encoded.length).toBeLessThan(JSON.stringify(c.variants[0].scenario).length);
  });

  it("refuses addresses that are not a comparison, naming the problem", async () => {
    await expect(decodeComparison("not*base64")).rejects.toThrow(/base64url/);
    await expect(decodeComparison("AAAA")).rejects.toThrow(/not a compressed comparison/);
    const bad = await encodeComparison({ ...two(), runs: 0 } as Comparison);
    await expect(decodeComparison(bad)).rejects.toThrow(/invalid comparison/);
  });
});
