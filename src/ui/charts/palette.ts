/**
 * Colours of every chart. Series colours come from the Okabe-Ito palette (Okabe & Ito 2008), which
 * stays distinguishable under the common forms of colour-vision deficiency; sequential scales use
 * viridis / cividis, which are perceptually uniform and readable in greyscale.
 */
import { interpolateCividis, interpolateViridis } from "d3";

export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

/** What each quantity is drawn in, the same on every chart. */
export const COLOURS = {
  defected: OKABE_ITO.blue,
  caught: OKABE_ITO.vermillion,
  /** Captured in combat (issue 15): out of the ranks without defecting. */
  captured: OKABE_ITO.black,
  aware: OKABE_ITO.bluishGreen,
  offer: OKABE_ITO.orange,
  target: OKABE_ITO.reddishPurple,
  curve: OKABE_ITO.blue,
  diagonal: "#767676",
  event: "#555555",
  loyal: "#dcdcdc",
  text: "#222222",
  mutedText: "#555555",
  grid: "#e6e6e6",
  background: "#ffffff",
} as const;

/** Day of defection, early (dark) to late (light). Stops at 0.92 so the last days stay clear of the loyal grey. */
export function dayColour(t: number): string {
  return interpolateViridis(Math.max(0, Math.min(1, t)) * 0.92);
}

/** Defected share of a group of soldiers: a little (light) to all (dark). */
export function shareColour(share: number): string {
  return interpolateCividis(1 - Math.max(0, Math.min(1, share)));
}

/** "#rrggbb" or "rgb(r, g, b)" to [r, g, b]; what canvas image data needs. */
export function rgbOf(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(colour);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3]];
  throw new Error(`invalid colour: ${colour}`);
}
