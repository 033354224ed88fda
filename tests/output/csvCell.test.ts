import { describe, expect, it } from "vitest";
import { csvParseRows } from "d3";
import { csvCell, csvLine } from "../../src/output/csvCell";

describe("CSV cells", () => {
  it("writes numbers in their shortest exact form and null as an empty cell", () => {
    expect(csvLine([1, 0.1, 1 / 3, null, true])).toBe("1,0.1,0.3333333333333333,,true");
    expect(Number(csvCell(1 / 3))).toBe(1 / 3);
  });

  it("quotes text with commas, quotes and newlines so it reads back unchanged", () => {
    const names = ['a, "quoted" name', "two\nlines", "plain"];
    expect(csvParseRows(csvLine(names))[0]).toEqual(names);
  });

  it("defuses text a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@sum")).toBe("'@sum");
    expect(csvCell(-0.5)).toBe("-0.5");
  });
});

describe("the CSV formula guard past leading blanks and control characters", () => {
  it("guards a formula after spaces, ESC or other control characters, and leaves plain text alone", () => {
    expect(csvCell("\u001b=HYPERLINK(\"http://x\")")).toBe("\"'\u001b=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("  =1+1")).toBe("'  =1+1");
    expect(csvCell("\u0000@SUM(A1)")).toBe("'\u0000@SUM(A1)");
    expect(csvCell("a = b")).toBe("a = b");
  });
});
