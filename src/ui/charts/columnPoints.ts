/**
 * The days of a series that a line chart can show. A 3,650-day run drawn 600 pixels wide puts six
 * days in each pixel column; the browser strokes every one of them, and the page builds and parses
 * a path of every one. Per pixel column, the first, lowest, highest and last points (in day order)
 * draw the same shape: the line enters and leaves the column where it did, and covers the same
 * span of it (the M4 aggregation of Jugel et al. 2014, "M4: A Visualization-Oriented Time Series
 * Data Aggregation"). A point dropped lies inside its column, between points kept there. A column of
 * one or two points keeps them, so a run with no more days than pixel columns is drawn point for
 * point, as before.
 */

/**
 * The indices (in order) of `values[0..count)` to draw when index d sits at `x(d)` pixels;
 * `pixelRatio` device pixels per unit of x (columns are device pixels).
 */
export function columnPoints(values: ArrayLike<number>, count: number, x: (d: number) => number, pixelRatio = 1): number[] {
  const kept: number[] = [];
  let column = NaN;
  let first = 0;
  let low = 0;
  let high = 0;
  let last = 0;
  const flush = () => {
    // The column's extremes in day order, each once.
    const a = Math.min(low, high);
    const b = Math.max(low, high);
    kept.push(first);
    if (a !== first) kept.push(a);
    if (b !== a) kept.push(b);
    if (last !== b) kept.push(last);
  };
  for (let d = 0; d < count; d++) {
    const c = Math.floor(x(d) * pixelRatio);
    if (c !== column) {
      if (d > 0) flush();
      column = c;
      first = low = high = last = d;
      continue;
    }
    const v = values[d];
    if (v < values[low]) low = d;
    if (v > values[high]) high = d;
    last = d;
  }
  if (count > 0) flush();
  return kept;
}
