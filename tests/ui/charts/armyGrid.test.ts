import { describe, expect, it } from "vitest";
import { gridNote } from "../../../src/ui/charts/armyGrid";
import { armyCells } from "../../../src/ui/charts/armyCells";

describe("gridNote", () => {
  it("says what a cell is", () => {
    expect(gridNote(armyCells(new Int32Array(10).fill(-1), 10, 5, 3), 5)).toBe("One cell per soldier; each block is a unit of 5.");
    expect(gridNote(armyCells(new Int32Array(100).fill(-1), 100, 10, 3, 5), 10)).toBe("One cell per 2 units (20 soldiers), coloured by the share defected.");
  });
});
