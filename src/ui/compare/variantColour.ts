/**
 * Colours of variants: the Okabe-Ito palette (see charts/palette.ts), in an order that keeps the
 * first variants far apart; yellow, the hardest to see on white, comes last.
 */
import { OKABE_ITO } from "../charts/palette";

export const VARIANT_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

/** The first palette colour not in `used` (case-insensitive); the palette cycles once all are used. */
export function nextVariantColour(used: ReadonlyArray<string | undefined>): string {
  const taken = new Set(used.filter((c): c is string => c !== undefined).map((c) => c.toUpperCase()));
  return VARIANT_COLOURS.find((c) => !taken.has(c.toUpperCase())) ?? VARIANT_COLOURS[used.length % VARIANT_COLOURS.length];
}
