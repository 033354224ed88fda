/** The name of a sweep cell added as a variant: its settings in words ("Offer attractiveness: 0.4, Threshold mean: 0.2"). */
import type { Axis } from "../../sweep/sweepSpec";
import { changeText } from "../words/changeText";

export function cellVariantName(axes: readonly Pick<Axis, "path">[], values: readonly number[]): string {
  return axes.map((axis, k) => changeText(axis.path, Number(values[k].toPrecision(12)))).join(", ");
}
