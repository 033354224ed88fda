/** What a sweep chart draws of a cell: its index in the grid, its parameter values and its statistics. */
import type { CellStatistics } from "../../../sweep/cellStatistics";

export interface SweepCell {
  index: number;
  values: number[];
  stats: CellStatistics;
}
