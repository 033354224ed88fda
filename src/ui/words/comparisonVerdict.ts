/**
 * A comparison's answer in a sentence per variant, from the paired (common random numbers)
 * statistics the compare view computes: "Offer closes: day 100 instead of day 70: +2.2 points at
 * the end (90% of paired runs −1.5 to +6.7), cascade chance 80% vs 71%, but about 30 days later."
 * "but" when the timing runs against the gain (more defections, later), "and" when with it.
 */
import type { VariantStatistics } from "../../ensemble/variantStatistics";
import { pointsText, shareText } from "./shareText";

export interface ComparisonVerdictInput {
  /** What the variant changed, e.g. "Offer closes: day 100 instead of day 70". */
  change: string;
  variant: VariantStatistics;
  baseline: VariantStatistics;
  /** Common random numbers: run k of both drew the same numbers, so differences pair up. */
  paired: boolean;
}

export function comparisonVerdict({ change, variant, baseline, paired }: ComparisonVerdictInput): string {
  const parts: string[] = [];
  const median = variant.differenceMedian;
  if (median !== null && variant.differenceP05 !== null && variant.differenceP95 !== null) {
    const which = paired ? "of paired runs" : "of run-by-run differences, without common random numbers";
    const range = `90% ${which} ${pointsText(variant.differenceP05)} to ${pointsText(variant.differenceP95)}`;
    parts.push(pointsText(median) === "0" ? `no median difference at the end (${range})` : `${pointsText(median)} points at the end (${range})`);
  }
  parts.push(`cascade chance ${shareText(variant.cascadeProbability)} vs ${shareText(baseline.cascadeProbability)}`);
  let text = `${change}: ${parts.join(", ")}`;
  const timing = timingText(variant.medianDayPast50, baseline.medianDayPast50);
  if (timing) {
    const later = timing.shift > 0;
    const gain = median ?? variant.meanFinalShare - baseline.meanFinalShare;
    const against = Math.abs(gain) >= 0.0005 && (gain > 0) === later;
    text += `${against ? ", but" : Math.abs(gain) < 0.0005 ? "," : ", and"} ${timing.text}`;
  } else if (variant.medianDayPast50 === null && baseline.medianDayPast50 !== null) text += "; its runs never reach 50%";
  else if (variant.medianDayPast50 !== null && baseline.medianDayPast50 === null) text += "; only its runs reach 50%";
  return `${text}.`;
}

/** "about 30 days later" (median days to 50%, rounded to 5 days from 10 on). */
function timingText(variantDay: number | null, baselineDay: number | null): { shift: number; text: string } | null {
  if (variantDay === null || baselineDay === null) return null;
  const shift = variantDay - baselineDay;
  if (Math.abs(shift) < 1) return { shift: 0, text: "reaching 50% at about the same time" };
  const days = Math.abs(shift) < 10 ? Math.round(Math.abs(shift)) : Math.round(Math.abs(shift) / 5) * 5;
  return { shift, text: `${Math.abs(shift) < 10 ? "" : "about "}${days} ${days === 1 ? "day" : "days"} ${shift > 0 ? "later" : "sooner"}` };
}
