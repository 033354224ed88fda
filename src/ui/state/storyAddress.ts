/**
 * The step of a scenario's story in the address: `&story=2` while the tour is at its second step
 * (absent when no tour is on). Whether the scenario has that many steps is for the story panel to
 * check, since the address is decoded before the scenario is known to the page.
 */
import { describeValue } from "../../scenario/index";
import { MAX_STORY_STEPS } from "../../scenario/story";

export const STORY_PARAM = "story";

/** The address part for `step` (0: no tour), or null for none. */
export function encodeStoryStep(step: number): string | null {
  return step > 0 ? `${STORY_PARAM}=${step}` : null;
}

/** The step an address's `story` value names, or why it is not allowed. */
export function decodeStoryStep(text: string | null): { step: number } | { problem: string } {
  if (text === null) return { step: 0 };
  const step = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(step >= 1 && step <= MAX_STORY_STEPS)) return { problem: `story: expected a step from 1 to ${MAX_STORY_STEPS}, got ${describeValue(text)}` };
  return { step };
}
