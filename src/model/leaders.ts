/**
 * Unit leaders (issue 15). The first soldier of unit u (slot u x unitSize) leads it when the unit's
 * draw in the "leaders" stream falls under `leaders.share`; his threshold is drawn from the leaders'
 * own distribution in the "leaderThresholds" stream, so soldiers' draws stay as they were. Units of
 * mobilised soldiers get leaders the same way (a mobilisation's slots form new units); replacements
 * who join existing units (unitAssignment.ts) form none, so their slots lead nothing.
 */
import type { ModelParams } from "./params";
import { streamKey, uniformAt } from "./random";
import { drawThreshold } from "./thresholds";
import { unitAssignment } from "./unitAssignment";

/** Whether the scenario has leaders at all. */
export const hasLeaders = (params: ModelParams): boolean => params.leaders.share > 0;

/**
 * 1 for each unit (of `capacity` soldier slots) that has a leader; null when leaders are off. A
 * unit's first slot u x unitSize must be in unit u: with replacements joining existing units
 * (unitAssignment.ts) the slot blocks of such replacements are no units and have no leader.
 */
export function leaderUnits(params: ModelParams, seed: number, capacity: number): Uint8Array | null {
  const { share } = params.leaders;
  if (!(share > 0)) return null;
  const unitSize = params.unitSize;
  const units = Math.ceil(capacity / unitSize);
  const unitOfSlot = unitAssignment(params);
  const out = new Uint8Array(units);
  const key = streamKey(seed, "leaders");
  for (let u = 0; u < units; u++) {
    if (unitOfSlot && unitOfSlot[u * unitSize] !== u) continue;
    out[u] = share >= 1 || uniformAt(key, u, 0) < share ? 1 : 0;
  }
  return out;
}

/** Replaces the base threshold of every leader's slot by one drawn from the leaders' distribution. */
export function drawLeaderThresholds(params: ModelParams, seed: number, thresholds: Float64Array): void {
  const units = leaderUnits(params, seed, thresholds.length);
  if (!units) return;
  const key = streamKey(seed, "leaderThresholds");
  for (let u = 0; u < units.length; u++) {
    const slot = u * params.unitSize;
    if (units[u]) thresholds[slot] = drawThreshold(params.leaders.thresholds, key, slot, 0);
  }
}
