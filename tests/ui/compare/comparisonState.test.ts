/** The comparison's state changes: colours, names, the baseline, the numbers key and reorders that keep the runs. */
import { describe, expect, it } from "vitest";
import { EMPTY_COMPARISON, addVariant, moveVariant, numbersKey, removeVariant, renameVariant, reorderOfRuns, setVariantColour, setVariantHidden, uniqueName } from "../../../src/ui/compare/comparisonState";
import { nextVariantColour, VARIANT_COLOURS } from "../../../src/ui/compare/variantColour";
import { ensembleOf, small, two } from "./comparisonData";

describe("comparison state", () => {
  it("gives variants distinct palette colours and refuses a ninth", () => {
    let c = EMPTY_COMPARISON;
    for (let k = 0; k < 8; k++) c = addVariant(c, { name: `v${k}`, hidden: false, scenario: small(0) });
    expect(c.variants.map((v) => v.colour)).toEqual(VARIANT_COLOURS);
    expect(() => addVariant(c, { name: "v9", hidden: false, scenario: small(0) })).toThrow(/at most 8/);
    expect(nextVariantColour(["#0072b2"])).toBe(VARIANT_COLOURS[1]);
  });

  it("renames with unique, non-empty names", () => {
    const c = two();
    expect(renameVariant(c, 0, "  plain ").variants[0].name).toBe("plain");
    expect(() => renameVariant(c, 0, "strong")).toThrow(/already the name of variant 2/);
    expect(() => renameVariant(c, 0, " ")).toThrow(/needs a name/);
    expect(uniqueName(c, "weak")).toBe("weak (2)");
  });

  it("keeps the baseline on its variant when moving and removing", () => {
    let c = { ...addVariant(two(), { name: "third", hidden: false, scenario: small(0.1) }), baseline: 1 };
    c = moveVariant(c, 1, 1);
    expect(c.variants.map((v) => v.name)).toEqual(["weak", "third", "strong"]);
    expect(c.variants[c.baseline].name).toBe("strong");
    c = removeVariant(c, 0);
    expect(c.variants[c.baseline].name).toBe("strong");
    c = removeVariant(c, c.baseline);
    expect(c.baseline).toBe(0);
  });

  it("names, colours and hiding do not change the numbers key; scenarios, order and seeds do", () => {
    const c = two();
    const key = numbersKey(c);
    expect(numbersKey(setVariantHidden(renameVariant(c, 0, "x"), 1, true))).toBe(key);
    const recoloured = setVariantColour(c, 1, "#12AB34");
    expect(recoloured.variants[1].colour).toBe("#12ab34");
    expect(numbersKey(recoloured)).toBe(key);
    expect(() => setVariantColour(c, 1, "red")).toThrow(/#rrggbb/);
    expect(numbersKey(moveVariant(c, 0, 1))).not.toBe(key);
    expect(numbersKey({ ...c, masterSeed: 12 })).not.toBe(key);
  });

  it("keeps the runs when only the order changes under common random numbers, and only then", () => {
    const c = two();
    const moved = moveVariant(c, 0, 1);
    expect(reorderOfRuns(c, moved)).toEqual([1, 0]);
    expect(reorderOfRuns({ ...c, commonRandomNumbers: false }, { ...moved, commonRandomNumbers: false })).toBeNull();
    expect(reorderOfRuns(c, { ...moved, masterSeed: c.masterSeed + 1 })).toBeNull();
    expect(reorderOfRuns(c, removeVariant(c, 0))).toBeNull();
    // The reordered results export what the moved comparison computes: rows follow the variants.
    const results = ensembleOf(c, true);
    const again = ensembleOf(moved, true);
    const names = moved.variants.map((v) => v.name);
    expect(results.reordered([1, 0]).summaryCsv(names)).toBe(again.summaryCsv(names));
    expect(results.reordered([1, 0]).seriesCsvParts(names).join("")).toBe(again.seriesCsvParts(names).join(""));
  });
});
