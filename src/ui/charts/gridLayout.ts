/**
 * Where each cell of the army grid goes: cells in blocks (a block is a unit, or a single cell when
 * units are not shown), blocks left to right in rows. Pure arithmetic both ways (index to position
 * for drawing, position to index for the tooltip), so it is tested without a canvas.
 */

export interface GridLayout {
  cells: number;
  /** Cells per block. */
  blockSize: number;
  /** Side of a cell, in CSS pixels. */
  cell: number;
  /** A block is blockCols x blockRows cells. */
  blockCols: number;
  blockRows: number;
  /** Space between blocks. */
  gap: number;
  blocksPerRow: number;
  width: number;
  height: number;
}

/**
 * The largest whole-pixel cell (up to `maxCell`) that fits `cells` into `width` and at most
 * `maxHeight`; with even 1 px too tall, 1 px (the grid then grows taller than maxHeight).
 */
export function gridLayout(cells: number, blockSize: number, width: number, maxHeight: number, maxCell = 12): GridLayout {
  if (!(cells >= 0 && Number.isInteger(cells))) throw new RangeError(`invalid cells: ${cells}`);
  if (!(blockSize >= 1 && Number.isInteger(blockSize))) throw new RangeError(`invalid blockSize: ${blockSize}`);
  let best: GridLayout | null = null;
  for (let cell = maxCell; cell >= 1; cell--) {
    best = layoutWith(cells, blockSize, Math.max(1, width), cell);
    if (best.height <= maxHeight) return best;
  }
  return best ?? layoutWith(cells, blockSize, width, 1);
}

function layoutWith(cells: number, blockSize: number, width: number, cell: number): GridLayout {
  const gap = blockSize === 1 ? 0 : cell <= 2 ? 1 : 2;
  const maxCols = Math.max(1, Math.floor(width / cell));
  // Units a little wider than tall (about 2:1) read as blocks without wasting rows.
  const blockCols = Math.max(1, Math.min(blockSize, maxCols, Math.ceil(Math.sqrt(blockSize * 2))));
  const blockRows = Math.ceil(blockSize / blockCols);
  const blockWidth = blockCols * cell;
  const blockHeight = blockRows * cell;
  const blocksPerRow = Math.max(1, Math.floor((width + gap) / (blockWidth + gap)));
  const blocks = Math.ceil(cells / blockSize);
  const rows = Math.ceil(blocks / blocksPerRow);
  return {
    cells,
    blockSize,
    cell,
    blockCols,
    blockRows,
    gap,
    blocksPerRow,
    width: Math.min(blocks, blocksPerRow) * (blockWidth + gap) - (blocks > 0 ? gap : 0),
    height: rows > 0 ? rows * (blockHeight + gap) - gap : 0,
  };
}

/** Top-left corner of cell `i`. */
export function cellPosition(layout: GridLayout, i: number): { x: number; y: number } {
  const { blockSize, blockCols, blocksPerRow, cell, gap, blockRows } = layout;
  const b = Math.floor(i / blockSize);
  const j = i - b * blockSize;
  return {
    x: (b % blocksPerRow) * (blockCols * cell + gap) + (j % blockCols) * cell,
    y: Math.floor(b / blocksPerRow) * (blockRows * cell + gap) + Math.floor(j / blockCols) * cell,
  };
}

/** The cell under (px, py), or -1 over a gap or outside the grid. */
export function cellAt(layout: GridLayout, px: number, py: number): number {
  const { blockSize, blockCols, blockRows, blocksPerRow, cell, gap, cells } = layout;
  if (px < 0 || py < 0) return -1;
  const bw = blockCols * cell + gap;
  const bh = blockRows * cell + gap;
  const bc = Math.floor(px / bw);
  const br = Math.floor(py / bh);
  const inX = px - bc * bw;
  const inY = py - br * bh;
  if (bc >= blocksPerRow || inX >= blockCols * cell || inY >= blockRows * cell) return -1;
  const j = Math.floor(inY / cell) * blockCols + Math.floor(inX / cell);
  if (j >= blockSize) return -1;
  const i = (br * blocksPerRow + bc) * blockSize + j;
  return i < cells ? i : -1;
}
