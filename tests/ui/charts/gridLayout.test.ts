import { describe, expect, it } from "vitest";
import { cellAt, cellPosition, gridLayout } from "../../../src/ui/charts/gridLayout";

describe("gridLayout", () => {
  it("maps every cell to a position and back (units of 50 as blocks)", () => {
    const layout = gridLayout(10_000, 50, 1264, 520);
    for (let i = 0; i < layout.cells; i += 7) {
      const p = cellPosition(layout, i);
      expect(cellAt(layout, p.x + layout.cell / 2, p.y + layout.cell / 2)).toBe(i);
    }
  });
  it("fits the width and the height it was given when it can", () => {
    for (const [cells, block, width] of [[10_000, 50, 374], [40_000, 100, 1264], [2_000, 1, 374], [37, 10, 300]] as const) {
      const layout = gridLayout(cells, block, width, 520);
      expect(layout.width).toBeLessThanOrEqual(width);
      expect(layout.height).toBeLessThanOrEqual(520);
      const last = cellPosition(layout, cells - 1);
      expect(last.x + layout.cell).toBeLessThanOrEqual(layout.width);
      expect(last.y + layout.cell).toBeLessThanOrEqual(layout.height);
    }
  });
  it("uses the largest cell that fits", () => {
    expect(gridLayout(100, 10, 1000, 500).cell).toBe(12);
    expect(gridLayout(40_000, 50, 374, 520).cell).toBe(1);
  });
  it("gives -1 over gaps between units and outside the grid", () => {
    const layout = gridLayout(100, 10, 200, 500);
    expect(layout.gap).toBeGreaterThan(0);
    const blockWidth = layout.blockCols * layout.cell;
    expect(cellAt(layout, blockWidth + layout.gap / 2, 1)).toBe(-1);
    expect(cellAt(layout, -1, 0)).toBe(-1);
    expect(cellAt(layout, 1, layout.height + 5)).toBe(-1);
  });
  it("has no gaps when blocks are single cells", () => {
    expect(gridLayout(500, 1, 300, 300).gap).toBe(0);
  });
  it("rejects a block size below 1", () => {
    expect(() => gridLayout(10, 0, 100, 100)).toThrow(/invalid blockSize: 0/);
  });
});
