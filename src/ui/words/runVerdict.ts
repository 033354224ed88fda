/**
 * One run's outcome in a sentence: "Cascades: 50% by day 34, 92% by the end", "Fizzles: 5% by
 * day 120, then levels off", or for a run still climbing at its end (its last tenth adds more than
 * a point) "No cascade yet: 25% by day 42, still rising at the end". A run that ends within NEAR_CUTOFF of the cascade cut-off says so:
 * there "cascade or not" is decided by a hair, and the next seed may decide it the other way.
 */
import { byDay, type DayText } from "./dayText";
import { exactShareText, shareText } from "./shareText";

/** A final share this close to the cut-off (either side) is called a near thing. */
export const NEAR_CUTOFF = 0.03;

export interface RunVerdict {
  cascade: boolean;
  /** The final share is within NEAR_CUTOFF of the cut-off. */
  nearCutoff: boolean;
  text: string;
}

/** `shares`: the defected share of the army on each day 0..days. */
export function runVerdict(shares: ArrayLike<number>, cutoff: number, dayText: DayText): RunVerdict {
  const last = shares.length - 1;
  if (last < 0) throw new RangeError("invalid shares: a run has at least day 0");
  const final = shares[last];
  const cascade = final >= cutoff;
  const nearCutoff = Math.abs(final - cutoff) < NEAR_CUTOFF;
  const say = nearCutoff ? exactShareText : shareText;
  let text: string;
  if (cascade) {
    const crossed = firstDayAtLeast(shares, cutoff);
    text = `Cascades: ${shareText(cutoff)} ${byDay(dayText, crossed)}, ${say(final)} by the end.`;
  } else if (final === 0) {
    text = "Fizzles: nobody defects.";
  } else {
    // Where the curve reaches 99% of its final height: the cascade's end, if it levelled off.
    const levelled = firstDayAtLeast(shares, final * 0.99);
    const tail = Math.max(1, Math.ceil(last / 10));
    const rising = final - shares[Math.max(0, last - tail)] > 0.01;
    text = rising
      ? `No cascade yet: ${say(final)} ${byDay(dayText, last)}, still rising at the end.`
      : `Fizzles: ${say(final)} ${byDay(dayText, levelled)}${levelled < last ? ", then levels off" : ""}.`;
  }
  if (nearCutoff)
    text += ` That is within ${Math.round(NEAR_CUTOFF * 100)} points of the ${shareText(cutoff)} cut-off: whether it counts as a cascade is decided by a hair, and another seed may decide it the other way.`;
  return { cascade, nearCutoff, text };
}

function firstDayAtLeast(shares: ArrayLike<number>, level: number): number {
  for (let d = 0; d < shares.length; d++) if (shares[d] >= level) return d;
  return shares.length - 1;
}
