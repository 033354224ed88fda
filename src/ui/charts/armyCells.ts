/**
 * What each cell of the army grid stands for and its colour. Up to `maxCells` soldiers, a cell is
 * one soldier coloured by the day he defected; beyond that (10^6 soldiers would need more pixels
 * than a screen has), a cell is a group of whole units coloured by the share of it that defected.
 * Colours are packed as canvas ImageData words (little-endian RGBA), computed in one pass.
 */
import { CAPTURED_BASE, CAUGHT_BASE, LOYAL_FATE } from "../../model/result";
import { COLOURS, dayColour, rgbOf, shareColour } from "./palette";

export const MAX_SOLDIER_CELLS = 40_000;

export interface ArmyCells {
  mode: "soldier" | "group";
  /** Soldiers shown (those on the roll at the end of the run). */
  soldiers: number;
  cells: number;
  /** Soldiers per cell (1 in soldier mode; a whole number of units in group mode). */
  perCell: number;
  /** Cells per drawn block: a unit in soldier mode, 1 in group mode. */
  blockSize: number;
  /** Group mode: defected, caught, captured in combat and sum of defection days per cell. */
  defected: Int32Array;
  caught: Int32Array;
  captured: Int32Array;
  /** Whether anyone shown was captured in combat (the legend then names its colour). */
  anyCaptured: boolean;
  daySum: Float64Array;
  /** Soldier mode: first and last day anyone defected, the ends of the colour scale (0, 0 if no one did). */
  firstDay: number;
  lastDay: number;
  /** Packed colour per cell. */
  colours: Uint32Array;
}

/** r, g, b as one little-endian RGBA word (alpha 255), as an ImageData Uint32 view expects. */
export function packRgb(r: number, g: number, b: number): number {
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

function pack(colour: string): number {
  const [r, g, b] = rgbOf(colour);
  return packRgb(r, g, b);
}

/**
 * Packed colours for days 0..last, once per render (not per soldier), spread over first..last so
 * that a cascade packed into a few days of a long run still shows its order.
 */
export function dayPalette(first: number, last: number): Uint32Array {
  // Runs of one scenario mostly share the first and last day of defection, and a long run's
  // palette (3,650 colours parsed) costs milliseconds: the last one is kept. Callers only read it.
  if (lastPalette && lastPalette.first === first && lastPalette.last === last) return lastPalette.colours;
  const out = new Uint32Array(last + 1);
  for (let d = 0; d <= last; d++) out[d] = pack(dayColour(last > first ? (d - first) / (last - first) : 0));
  lastPalette = { first, last, colours: out };
  return out;
}

let lastPalette: { first: number; last: number; colours: Uint32Array } | null = null;

/**
 * `upTo`: the player's day; a soldier who defects or is caught after it is drawn loyal, while the
 * colour scale stays the whole run's, so the colours do not shift as the run plays. `joined`: the
 * soldiers on the roll by then (mobilisations append slots); later slots are left blank.
 */
export function armyCells(fate: Int32Array, soldiers: number, unitSize: number, days: number, maxCells = MAX_SOLDIER_CELLS, upTo = days, joined = soldiers): ArmyCells {
  const n = Math.max(0, Math.min(soldiers, fate.length));
  const loyal = pack(COLOURS.loyal);
  const caughtColour = pack(COLOURS.caught);
  const capturedColour = pack(COLOURS.captured);
  let anyCaptured = false;
  if (n <= maxCells) {
    let firstDay = Infinity;
    let lastDay = -1;
    for (let i = 0; i < n; i++) {
      const f = Math.min(fate[i], days);
      if (f >= 0) {
        if (f < firstDay) firstDay = f;
        if (f > lastDay) lastDay = f;
      }
    }
    if (lastDay < 0) firstDay = lastDay = 0;
    const palette = dayPalette(firstDay, lastDay);
    const colours = new Uint32Array(n);
    const blank = pack(COLOURS.background);
    for (let i = 0; i < n; i++) {
      const f = fate[i];
      if (f <= CAPTURED_BASE) anyCaptured = true;
      colours[i] =
        i >= joined
          ? blank
          : f >= 0
            ? f <= upTo
              ? palette[Math.min(f, lastDay)]
              : loyal
            : f <= CAPTURED_BASE
              ? CAPTURED_BASE - f <= upTo
                ? capturedColour
                : loyal
              : f <= CAUGHT_BASE && CAUGHT_BASE - f <= upTo
                ? caughtColour
                : loyal;
    }
    const empty = new Int32Array(0);
    return { mode: "soldier", soldiers: n, cells: n, perCell: 1, blockSize: Math.max(1, unitSize), defected: empty, caught: empty, captured: empty, anyCaptured, daySum: new Float64Array(0), firstDay, lastDay, colours };
  }
  const units = Math.ceil(n / unitSize);
  const perCell = Math.ceil(units / maxCells) * unitSize;
  const cells = Math.ceil(n / perCell);
  const defected = new Int32Array(cells);
  const caught = new Int32Array(cells);
  const captured = new Int32Array(cells);
  const daySum = new Float64Array(cells);
  for (let i = 0, c = 0, k = 0; i < n; i++) {
    const f = fate[i];
    if (f >= 0 && f <= upTo) {
      defected[c]++;
      daySum[c] += f;
    } else if (f <= CAPTURED_BASE) {
      anyCaptured = true;
      if (CAPTURED_BASE - f <= upTo) captured[c]++;
    } else if (f !== LOYAL_FATE && f <= CAUGHT_BASE && CAUGHT_BASE - f <= upTo) caught[c]++;
    if (++k === perCell) {
      k = 0;
      c++;
    }
  }
  // 101 shades are indistinguishable from a continuous scale and avoid a colour string per cell.
  const shades = new Uint32Array(101);
  for (let s = 0; s <= 100; s++) shades[s] = pack(shareColour(s / 100));
  const colours = new Uint32Array(cells);
  const blank = pack(COLOURS.background);
  for (let c = 0; c < cells; c++) {
    const size = Math.min(perCell, n - c * perCell);
    colours[c] = c * perCell >= joined ? blank : defected[c] === 0 ? loyal : shades[Math.max(1, Math.round((defected[c] / size) * 100))];
  }
  return { mode: "group", soldiers: n, cells, perCell, blockSize: 1, defected, caught, captured, anyCaptured, daySum, firstDay: 0, lastDay: 0, colours };
}
