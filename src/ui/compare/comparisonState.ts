/**
 * The comparison being built in the page: an ordered list of named, colour-coded variants (each a
 * whole validated scenario), the ensemble settings and the baseline. The page's state is a
 * `Comparison` (the file format of src/ensemble/comparisonFile.ts) so that what is on screen, what
 * is saved and what the command line runs are one thing. Every change returns a new comparison;
 * an impossible change throws an Error whose message names the value and what is allowed.
 */
import { MAX_VARIANTS, type Comparison, type Variant } from "../../ensemble/comparisonFile";
import { nextVariantColour } from "./variantColour";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

/** The same defaults as `defection compare` (one object, src/batch/batchDefaults.ts). */
export const COMPARISON_DEFAULTS = BATCH_DEFAULTS.compare;

/** Longest variant name (as comparisonFile allows). */
export const MAX_NAME = 200;

export const EMPTY_COMPARISON: Comparison = {
  kind: "comparison",
  name: "comparison",
  runs: COMPARISON_DEFAULTS.runs,
  masterSeed: COMPARISON_DEFAULTS.masterSeed,
  commonRandomNumbers: true,
  baseline: 0,
  variants: [],
};

/** Adds `variant` at the end, with the first free colour if it has none. */
export function addVariant(comparison: Comparison, variant: Variant): Comparison {
  if (comparison.variants.length >= MAX_VARIANTS) throw new Error(`at most ${MAX_VARIANTS} variants: remove one before adding another`);
  checkName(comparison, variant.name, -1);
  const colour = variant.colour ?? nextVariantColour(comparison.variants.map((v) => v.colour));
  return { ...comparison, variants: [...comparison.variants, { ...variant, colour }] };
}

export function renameVariant(comparison: Comparison, index: number, name: string): Comparison {
  const trimmed = name.trim();
  checkName(comparison, trimmed, index);
  return withVariant(comparison, index, { name: trimmed });
}

export function setVariantHidden(comparison: Comparison, index: number, hidden: boolean): Comparison {
  return withVariant(comparison, index, { hidden });
}

/** Sets a variant's colour (#rrggbb, as a colour input gives it). */
export function setVariantColour(comparison: Comparison, index: number, colour: string): Comparison {
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) throw new Error(`invalid colour ${colour}: expected #rrggbb`);
  return withVariant(comparison, index, { colour: colour.toLowerCase() });
}

/** Removes a variant; the baseline stays on the same variant (or moves to the first if it was removed). */
export function removeVariant(comparison: Comparison, index: number): Comparison {
  const variants = comparison.variants.filter((_, k) => k !== index);
  const baseline = comparison.baseline === index ? 0 : comparison.baseline > index ? comparison.baseline - 1 : comparison.baseline;
  return { ...comparison, variants, baseline: Math.min(baseline, Math.max(0, variants.length - 1)) };
}

/** Moves a variant `delta` places (clamped to the list); the baseline follows its variant. */
export function moveVariant(comparison: Comparison, index: number, delta: number): Comparison {
  const to = Math.max(0, Math.min(comparison.variants.length - 1, index + delta));
  if (to === index) return comparison;
  const variants = [...comparison.variants];
  const [moved] = variants.splice(index, 1);
  variants.splice(to, 0, moved);
  const order = comparison.variants.map((_, k) => k);
  const [movedIndex] = order.splice(index, 1);
  order.splice(to, 0, movedIndex);
  return { ...comparison, variants, baseline: order.indexOf(comparison.baseline) };
}

export function setBaseline(comparison: Comparison, index: number): Comparison {
  if (!(index >= 0 && index < comparison.variants.length)) throw new Error(`invalid baseline: ${index}`);
  return { ...comparison, baseline: index };
}

/** `name`, or `name (2)`, `name (3)`... whichever no variant uses yet. */
export function uniqueName(comparison: Comparison, name: string): string {
  const base = name.trim().slice(0, MAX_NAME - 5) || "variant";
  const taken = new Set(comparison.variants.map((v) => v.name));
  if (!taken.has(base)) return base;
  for (let k = 2; ; k++) if (!taken.has(`${base} (${k})`)) return `${base} (${k})`;
}

/**
 * What the numbers of an ensemble depend on: runs, seeds, common random numbers and each
 * variant's scenario, in order. Names, colours, hiding and the baseline change only the view.
 */
export function numbersKey(comparison: Comparison): string {
  return JSON.stringify([comparison.runs, comparison.masterSeed, comparison.commonRandomNumbers, comparison.variants.map((v) => v.scenario), comparison.posterior ?? null]);
}

/**
 * When `next` only reorders the variants of `previous` under common random numbers (same runs,
 * master seed and scenarios), their runs are still valid: run r of every variant uses seed
 * master + r whatever its position. Returns, for each variant of `next`, its index in `previous`;
 * null when the runs would differ (other numbers, or without common random numbers, where a
 * variant's seeds depend on its position).
 */
export function reorderOfRuns(previous: Comparison, next: Comparison): number[] | null {
  if (!previous.commonRandomNumbers || !next.commonRandomNumbers || previous.runs !== next.runs || previous.masterSeed !== next.masterSeed) return null;
  if (JSON.stringify(previous.posterior ?? null) !== JSON.stringify(next.posterior ?? null)) return null;
  if (previous.variants.length !== next.variants.length) return null;
  const before = previous.variants.map((v) => JSON.stringify(v.scenario));
  const taken = new Set<number>();
  const order: number[] = [];
  for (const variant of next.variants) {
    const text = JSON.stringify(variant.scenario);
    const from = before.findIndex((t, k) => t === text && !taken.has(k));
    if (from < 0) return null;
    taken.add(from);
    order.push(from);
  }
  return order;
}

function withVariant(comparison: Comparison, index: number, change: Partial<Variant>): Comparison {
  if (!(index >= 0 && index < comparison.variants.length)) throw new Error(`invalid variant: ${index}`);
  return { ...comparison, variants: comparison.variants.map((v, k) => (k === index ? { ...v, ...change } : v)) };
}

function checkName(comparison: Comparison, name: string, index: number): void {
  if (name === "") throw new Error("a variant needs a name");
  if (name.length > MAX_NAME) throw new Error(`a name of ${name.length} characters is too long: at most ${MAX_NAME}`);
  const other = comparison.variants.findIndex((v, k) => k !== index && v.name === name);
  if (other >= 0) throw new Error(`"${name}" is already the name of variant ${other + 1}: names must differ`);
}
