/**
 * Where the cascade probability crosses a level (0.5 by default) on a complete grid, by marching
 * squares (d3.contours), as an SVG path in the heatmap's pixels. Grid values are given row by row
 * from the top, `columns` wide; the contour needs at least two rows and two columns.
 */
import { contours, geoPath, geoTransform } from "d3";

export function probabilityContour(values: ArrayLike<number>, columns: number, rows: number, cellWidth: number, cellHeight: number, level = 0.5): string | null {
  if (columns < 2 || rows < 2 || values.length !== columns * rows) return null;
  const [shape] = contours().size([columns, rows]).thresholds([level])(Array.from(values));
  if (!shape || shape.coordinates.length === 0) return null;
  // d3.contours treats value k as the unit pixel [i, i+1] x [j, j+1]: scale pixels to cells.
  const scale = geoTransform({
    point(x, y) {
      this.stream.point(x * cellWidth, y * cellHeight);
    },
  });
  return geoPath(scale)(shape);
}
