/**
 * The colour of a cascade probability in the phase diagram: viridis (perceptually uniform,
 * readable under the common colour-vision deficiencies and in greyscale), dark for 0, light for 1.
 */
import { interpolateViridis } from "d3";

export function probabilityColour(p: number): string {
  return interpolateViridis(Math.max(0, Math.min(1, p)));
}

/** Text that stays readable on top of probabilityColour(p). */
export function probabilityTextColour(p: number): string {
  return p > 0.6 ? "#222222" : "#ffffff";
}
