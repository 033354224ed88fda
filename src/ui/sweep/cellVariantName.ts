/** The name of a sweep cell added as a variant: its axis values, by the last part of each path ("attractiveness=0.4, mean=0.2"). */
import { format } from "d3";
import type { Axis } from "../../sweep/sweepSpec";

const value = format(".6~g");

export function cellVariantName(axes: readonly Pick<Axis, "path">[], values: readonly number[]): string {
  return axes.map((axis, k) => `${axis.path.split(".").pop()}=${value(values[k])}`).join(", ");
}
