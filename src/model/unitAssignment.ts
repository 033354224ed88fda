/**
 * Which unit each soldier slot is in. By default soldier i is in unit floor(i / unitSize), and
 * each mobilisation forms new units after the initial ones. A mobilisation with joinUnits
 * "existing" sends replacements into the initial army's units instead, one each in turn (the
 * k-th replacement of the run, counted over such mobilisations in event order, joins unit
 * k mod U, U = the initial army's units): armies refill depleted units rather than raise new
 * ones, so a unit mixes veterans and newcomers.
 */
import type { ModelParams } from "./params";
import { capacityOf } from "./population";
import { replacementsJoinUnits } from "./divisions";

/** The unit of every slot, or null when it is floor(i / unitSize) for all. */
export function unitAssignment(params: ModelParams): Int32Array | null {
  if (!replacementsJoinUnits(params)) return null;
  const capacity = capacityOf(params);
  const unitSize = params.unitSize;
  const unit = new Int32Array(capacity);
  for (let i = 0; i < capacity; i++) unit[i] = Math.floor(i / unitSize);
  const initialUnits = Math.ceil(params.size / unitSize);
  let slot = params.size;
  let replacement = 0;
  for (const event of params.events) {
    if (event.kind !== "mobilisation") continue;
    if (event.joinUnits === "existing" && initialUnits > 0) {
      for (let k = 0; k < event.count; k++) unit[slot + k] = replacement++ % initialUnits;
    }
    slot += event.count;
  }
  return unit;
}

/** Number of units the slots fill (the largest unit index plus one). */
export function unitCount(params: ModelParams, unit: Int32Array | null): number {
  if (!unit) return Math.ceil(capacityOf(params) / params.unitSize);
  let most = -1;
  for (let i = 0; i < unit.length; i++) if (unit[i] > most) most = unit[i];
  return most + 1;
}
