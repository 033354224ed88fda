/**
 * A share of the army in words: whole percents from 10% up ("92%"), one decimal below ("5.2%"),
 * where a whole number would hide what matters (0.4% is not 0%), and "under 0.1%" for less than
 * that but more than nothing. Points (differences of shares)
 * always carry a sign and one decimal ("+2.2 points").
 */
export function shareText(share: number): string {
  const percent = share * 100;
  if (percent > 0 && percent < 0.05) return "under 0.1%";
  if (percent !== 0 && Math.abs(percent) < 10) return `${trim(percent.toFixed(1))}%`;
  return `${Math.round(percent)}%`;
}

/** A share with one decimal always: where the cut-off is close, 50.4% is not 50%. */
export function exactShareText(share: number): string {
  return `${trim((share * 100).toFixed(1))}%`;
}

/** A difference of shares in percentage points, signed: 0.022 -> "+2.2", -0.015 -> "−1.5". */
export function pointsText(difference: number): string {
  const rounded = Math.round(difference * 1000) / 10;
  if (rounded === 0) return "0";
  return `${rounded > 0 ? "+" : "\u2212"}${trim(Math.abs(rounded).toFixed(1))}`;
}

const trim = (text: string) => text.replace(/\.0$/, "");
