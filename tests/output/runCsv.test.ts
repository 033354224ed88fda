import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { csvParse } from "d3";
import { foundationParams, simulate } from "../../src/model";
import { seriesCsv, summaryCsv, SERIES_HEADER } from "../../src/output/runCsv";

const run = simulate(foundationParams({ size: 50, days: 3 }), 1);
const hostile = ['=HYPERLINK("http://x","click")', 'name, with "quotes"', "two\nlines", "-2+3"];

describe("run CSV", () => {
  it("names with commas, quotes and newlines round-trip through d3-dsv; formulas are defused", () => {
    const csv = seriesCsv(hostile.map((scenario, r) => ({ scenario, run: r, result: run })));
    const rows = csvParse(csv);
    expect(rows.columns).toEqual([...SERIES_HEADER]);
    expect(rows.length).toBe(hostile.length * 4);
    const names = [...new Set(rows.map((r) => r.scenario))];
    expect(names).toEqual(["'" + hostile[0], hostile[1], hostile[2], "'" + hostile[3]]);
    // Numbers stay numbers.
    expect(rows.every((r) => !Number.isNaN(Number(r.defected)) && !r.defected!.startsWith("'"))).toBe(true);
  });

  it("reads back the same in Python's csv module (what pandas' parser follows)", () => {
    const csv = summaryCsv(hostile.map((scenario, r) => ({ scenario, run: r, result: run })));
    const script = "import csv, sys, json; print(json.dumps([r['scenario'] for r in csv.DictReader(sys.stdin)]))";
    const python = spawnSync("python3", ["-c", script], { input: csv, encoding: "utf8" });
    if (python.error) return; // no python3 on this machine: d3-dsv above still checks the format
    expect(JSON.parse(python.stdout)).toEqual(["'" + hostile[0], hostile[1], hostile[2], "'" + hostile[3]]);
  });
});
