import { describe, expect, it } from "vitest";
import { linesOf, parseEdgeCsv, parseThresholdCsv } from "../../src/scenario/numberCsv";
import type { InputIssue } from "../../src/scenario";

const thresholds = (text: string | string[]) => {
  const issues: InputIssue[] = [];
  return { values: parseThresholdCsv(text, "t.csv", issues), issues };
};
const edges = (text: string, soldiers = 10) => {
  const issues: InputIssue[] = [];
  return { edges: parseEdgeCsv(text, "e.csv", issues, soldiers), issues };
};

describe("strict CSV of thresholds and ties", () => {
  it("reads values into a typed array, a header only when it is a name", () => {
    expect(thresholds("threshold\n0.1\n\n1\n0\n").values).toEqual(Float64Array.from([0.1, 1, 0]));
    expect(thresholds('"share"\r\n.5\r\n1e-1\r\n').values).toEqual(Float64Array.from([0.5, 0.1]));
    expect(edges("from,to\n0,1\n2,3\n").edges).toEqual(Int32Array.from([0, 1, 2, 3]));
  });

  it("in Node the values sit in a SharedArrayBuffer of their exact size, so a pool's threads share one copy", () => {
    const values = thresholds("0.1\n0.2\n0.3\n").values!;
    expect(values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(values.buffer.byteLength).toBe(3 * 8);
    const ties = edges("0,1\n2,3\n").edges!;
    expect(ties.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(ties.buffer.byteLength).toBe(4 * 4);
  });

  it("reads more values than one piece holds, every value in place across the pieces", () => {
    const n = 200_001;
    const expected = Float64Array.from({ length: n }, (_, k) => (k % 1000) / 1000);
    const read = thresholds(Array.from(expected, String).join("\n")).values!;
    expect(read.length).toBe(n);
    expect(read).toEqual(expected);
    const ties = 150_000;
    const text = Array.from({ length: ties }, (_, k) => `${k},${k + 1}`).join("\n");
    const read2 = edges(text, ties + 1).edges!;
    expect(read2).toEqual(Int32Array.from({ length: 2 * ties }, (_, j) => (j >> 1) + (j & 1)));
  });

  it("a line split across chunks reads the same as whole", () => {
    expect(thresholds(["0.", "25\n0", ".5\r", "\n1"]).values).toEqual(Float64Array.from([0.25, 0.5, 1]));
    expect([...linesOf(["a\nb", "c\r\n", "d"])].map((l) => [l.text, l.line])).toEqual([["a", 1], ["bc", 2], ["d", 3]]);
  });

  it("a first line of NaN, 0x1 or 0.5;0.2 is data, and refused, not skipped as a header", () => {
    expect(thresholds("NaN\n0.5\n").issues).toEqual([{ path: "t.csv:1", message: '"NaN" is not a number: write a threshold from 0 to 1 in decimal (e.g. 0.25)' }]);
    expect(thresholds("0x1\n").issues[0].message).toMatch(/^"0x1" is not a number/);
    expect(thresholds("0.5;0.2\n").issues[0]).toEqual({ path: "t.csv:1", message: '"0.5;0.2" is not a number: write a threshold from 0 to 1 in decimal (e.g. 0.25)' });
    expect(thresholds("0.5\nInfinity\n").issues[0].path).toBe("t.csv:2");
  });

  it("refuses an empty cell, a value out of range and an extra column, by file and line", () => {
    expect(edges(",1\n").issues).toEqual([{ path: "e.csv:1", message: '"" is not a soldier id: write whole numbers from 0 to 9' }]);
    expect(edges("0,1\n0,\n").issues[0].path).toBe("e.csv:2");
    expect(edges("0,1,2\n").issues[0].message).toMatch(/^expected 2 columns \(two soldier ids per line, separated by a comma\), got 3/);
    expect(thresholds("0.5\n1.5\n").issues).toEqual([{ path: "t.csv:2", message: '"1.5" is not a threshold from 0 to 1' }]);
    expect(thresholds("0.5,0.2\n").issues[0].message).toMatch(/^expected 1 column/);
  });

  it("a tab- or space-separated edge file is refused with a hint, not taken as a header", () => {
    expect(edges("0\t1\n").issues[0].message).toMatch(/got 1: "0\\x091"; it looks tab-separated: separate the columns by commas$/);
    expect(edges("0 1\n").issues[0].message).toMatch(/it looks space-separated/);
  });

  it("refuses a soldier beyond the army, a tie to himself and a tie given twice, naming both lines", () => {
    expect(edges("0,1\n3,12\n").issues).toEqual([{ path: "e.csv:2", message: "soldier 12 is beyond the army: ids run from 0 to 9" }]);
    expect(edges("0,1\n4,4\n").issues).toEqual([{ path: "e.csv:2", message: "ties soldier 4 to himself" }]);
    expect(edges("from,to\n0,1\n2,3\n\n1,0\n").issues).toEqual([{ path: "e.csv:5", message: "ties soldiers 1 and 0 again (first on line 2): give each tie once" }]);
  });

  it("stops at a count limit, and never echoes more than a short escaped excerpt of a line", () => {
    const issues: InputIssue[] = [];
    expect(parseThresholdCsv("0.1\n0.2\n0.3\n", "t.csv", issues, 2)).toBeNull();
    expect(issues[0]).toEqual({ path: "t.csv:3", message: "more than 2 thresholds, the most the army can need" });
    const secret = "root:$6$" + "x".repeat(200) + "\u001b[2J";
    const [issue] = thresholds(`0.1\n${secret}\n`).issues;
    expect(issue.message.length).toBeLessThan(120);
    expect(issue.message).not.toContain("\u001b");
  });
});
