import { describe, expect, it } from "vitest";
import { legendPlacement, textWidth, wrapText } from "../../../src/ui/charts/textLayout";

describe("wrapText", () => {
  it("keeps every line within the width and every word in order", () => {
    const text = "Assumes the offer is open and everyone is aware, watches the army-wide share and can defect at once.";
    const lines = wrapText(text, 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.includes(" ") ? textWidth(line) <= 150 : true).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });
  it("gives no lines for empty text", () => {
    expect(wrapText("  ", 100)).toEqual([]);
  });
});

describe("legendPlacement", () => {
  it("wraps to a new row when the width is full", () => {
    const placed = legendPlacement(["defected", "caught", "offer open"], 120);
    expect(placed[0]).toEqual({ x: 0, row: 0 });
    expect(placed[placed.length - 1].row).toBeGreaterThan(0);
  });
  it("keeps one row when there is room", () => {
    expect(legendPlacement(["a", "b"], 1000).every((p) => p.row === 0)).toBe(true);
  });
});

