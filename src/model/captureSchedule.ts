/**
 * The daily chance of capture in combat (issue 15): `capture.daily` on every day 1..days, combined
 * with each combat event under way as independent dangers, 1 - (1 - daily) x prod(1 - capture_e).
 */
import type { ModelParams } from "./params";

/** Whether anyone can be captured in the run. */
export function capturesPossible(params: ModelParams): boolean {
  return params.capture.daily > 0 || params.events.some((e) => e.kind === "combat" && e.capture > 0);
}

/** Chance of capture on each day 0..days (0 on day 0, the starting state); null when no one can be captured. */
export function captureChances(params: ModelParams): Float64Array | null {
  if (!capturesPossible(params)) return null;
  const length = params.days + 1;
  const escape = new Float64Array(length).fill(1 - params.capture.daily);
  for (const event of params.events) {
    if (event.kind !== "combat") continue;
    const end = event.days === null ? length : Math.min(length, event.day + event.days);
    for (let d = event.day; d < end; d++) escape[d] *= 1 - event.capture;
  }
  const chance = new Float64Array(length);
  for (let d = 1; d < length; d++) chance[d] = 1 - escape[d];
  return chance;
}
