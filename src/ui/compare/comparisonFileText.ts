/**
 * A comparison as the text of a comparison file (src/ensemble/comparisonFile.ts), and back. The
 * page writes it for "Download comparison" and the permalink; `defection compare FILE` runs it.
 * Reading is a boundary: JSON is parsed safely and the whole comparison validated (every variant's
 * scenario included), and a variant without a colour gets the first free one.
 */
import { parseJson } from "../../scenario/index";
import { validateComparison, type Comparison } from "../../ensemble/comparisonFile";
import { nextVariantColour } from "./variantColour";

export function comparisonFileText(comparison: Comparison): string {
  const { kind, name, runs, masterSeed, commonRandomNumbers, baseline, posterior } = comparison;
  const variants = comparison.variants.map(({ name, colour, hidden, scenario }) => ({ name, colour, hidden, scenario }));
  return `${JSON.stringify({ kind, name, runs, masterSeed, commonRandomNumbers, baseline, variants, ...(posterior ? { posterior } : {}) }, null, 2)}\n`;
}

/** Parses and validates a comparison (throws InputError naming every problem). */
export function readComparisonText(text: string): Comparison {
  return withColours(validateComparison(parseJson(text, "comparison")));
}

export function withColours(comparison: Comparison): Comparison {
  const used: (string | undefined)[] = comparison.variants.map((v) => v.colour);
  const variants = comparison.variants.map((v, k) => {
    if (v.colour) return v;
    const colour = nextVariantColour(used);
    used[k] = colour;
    return { ...v, colour };
  });
  return { ...comparison, variants };
}
