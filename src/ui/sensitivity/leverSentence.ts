/**
 * The finding in one or two sentences: the levers that matter most for an output and how much of
 * it they explain. Sobol: the levers whose total index is at least 0.1 (up to three), the share of
 * the output's variance their first-order indices explain together and, with their interactions,
 * at most the sum of their total indices. Morris: the levers whose mu* is at least a fifth of the
 * largest (up to three), and their part of all levers' mean absolute effects.
 */
import type { OutputAnalysis } from "../../sensitivity/sensitivityAnalysis";

const MATTERS_TOTAL = 0.1;
const MATTERS_MORRIS = 0.2;
const MAX_NAMED = 3;

const f = (x: number) => String(Number(x.toPrecision(2)));
const pct = (x: number) => `${Math.round(Math.min(1, Math.max(0, x)) * 100)}%`;
/** A small share with two significant digits (0.31%), as the command line prints the noise. */
const smallPct = (x: number) => (x * 100 >= 10 ? pct(x) : `${Number((x * 100).toPrecision(2))}%`);
const list = (names: string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);

export function leverSentence(method: "morris" | "sobol", analysis: OutputAnalysis, outputLabel: string, label: (path: string) => string): string {
  const rows = analysis.inputs;
  const what = outputLabel.charAt(0).toLowerCase() + outputLabel.slice(1);
  const noise = analysis.noiseShare === null ? "" : ` Simulation noise is ${smallPct(analysis.noiseShare)} of its variance across the sample points.`;
  if (method === "sobol") {
    const top = rows.filter((r) => r.values.total >= MATTERS_TOTAL).slice(0, MAX_NAMED);
    if (top.length === 0) {
      const best = rows[0];
      return `No lever touches ${pct(MATTERS_TOTAL)} or more of the variance of the ${what} over these ranges${best && Number.isFinite(best.values.total) ? `; the largest total index is ${label(best.input)}'s (${f(best.values.total)})` : ""}.${noise}`;
    }
    const named = top.map((r) => `${label(r.input)} (total index ${f(r.values.total)}, 95% interval ${f(r.intervals.total.low)} to ${f(r.intervals.total.high)})`);
    const alone = top.reduce((s, r) => s + Math.max(0, r.values.first), 0);
    const withInteractions = top.reduce((s, r) => s + r.values.total, 0);
    const more = rows.filter((r) => r.values.total >= MATTERS_TOTAL).length - top.length;
    const rest = rows.length - top.length - more;
    return (
      `The ${what} depends most on ${list(named)}: on ${top.length === 1 ? "its own it explains" : "their own they explain"} ${pct(alone)} of its variance over these ranges, and up to ${pct(withInteractions)} with interactions.` +
      (more ? ` ${more === 1 ? "One more lever touches" : `${more} more levers each touch`} ${pct(MATTERS_TOTAL)} or more.` : "") +
      (rest ? ` The other ${rest === 1 ? "lever touches" : `${rest} levers each touch`} less than ${pct(MATTERS_TOTAL)}.` : "") +
      tooSmall(analysis) +
      noise
    );
  }
  const largest = rows[0]?.values.muStar ?? 0;
  if (!(largest > 0)) return `No lever moved the ${what} over these ranges.${noise}`;
  const matter = rows.filter((r) => r.values.muStar >= MATTERS_MORRIS * largest);
  const top = matter.slice(0, MAX_NAMED);
  const more = matter.length - top.length;
  const sum = rows.reduce((s, r) => s + (Number.isFinite(r.values.muStar) ? r.values.muStar : 0), 0);
  const part = top.reduce((s, r) => s + r.values.muStar, 0) / sum;
  const named = top.map((r) => `${label(r.input)} (mu* ${f(r.values.muStar)}, 95% interval ${f(r.intervals.muStar.low)} to ${f(r.intervals.muStar.high)})`);
  const rest = rows.length - matter.length;
  return (
    `The ${what} moves most with ${list(named)}: ${top.length === 1 ? "it carries" : "together they carry"} ${pct(part)} of all levers' mean absolute effects.` +
    (more ? ` ${more === 1 ? "One more lever moves" : `${more} more levers each move`} it at least a fifth as much as ${label(rows[0].input)}.` : "") +
    (rest ? ` The other ${rest === 1 ? "lever moves" : `${rest} levers each move`} it less than a fifth as much as ${label(rows[0].input)}.` : "") +
    noise
  );
}

/** Sobol: a word when the intervals are wider than the spec's tolerance (the convergence check). */
function tooSmall(analysis: OutputAnalysis): string {
  return analysis.findings.length ? " The sample is too small for firm figures: some intervals are wider than the tolerance (see the warning column of the indices CSV); a larger sample size narrows them." : "";
}
