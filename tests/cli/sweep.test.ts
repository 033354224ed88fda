import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvParse } from "d3";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "sweep-"));
const spec = (runs = 4) => ({
  kind: "sweep",
  scenario: { name: "small", parameters: { army: { size: 300, days: 60 }, thresholds: { distribution: "normal", mean: 0.3, sd: 0.15 }, opportunity: { daily: 0.5 } } },
  axes: [
    { path: "offer.attractiveness", values: [0, 0.05, 0.1] },
    { path: "thresholds.sd", from: 0.1, to: 0.2, steps: 3 },
  ],
  runs,
});
const specPath = join(dir, "spec.json");
writeFileSync(specPath, JSON.stringify(spec()));
const otherSpecPath = join(dir, "other.json");
writeFileSync(otherSpecPath, JSON.stringify(spec(5)));
const ok = (...args: string[]) => {
  const result = runCli(...args);
  expect(result.status, result.stderr).toBe(0);
  return result;
};

describe("defection sweep and merge", () => {
  const whole = join(dir, "grid.csv");
  ok("sweep", specPath, "--out", whole, "--workers", "2");
  const grid = readFileSync(whole, "utf8");

  it("refuses a grid whose only bad cell is in the middle before any run or file, naming the cell's values and field", () => {
    // 150.5 soldiers is inside army.size's range (so the axis passes) but not a whole number;
    // the corner cells (100 and 200) are valid, so a corner-only check would fail mid-run.
    const middle = { ...spec(2), axes: [{ path: "army.size", values: [100, 150.5, 200] }, { path: "offer.attractiveness", values: [0, 0.1] }] };
    const middlePath = join(dir, "middle.json");
    writeFileSync(middlePath, JSON.stringify(middle));
    const out = join(dir, "middle.csv");
    const result = runCli("sweep", middlePath, "--out", out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("cell 2 (army.size = 150.5, offer.attractiveness = 0)");
    expect(result.stderr).toContain("army.size");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it("writes one row per cell with the axis values and statistics", () => {
    const rows = csvParse(grid);
    expect(rows.length).toBe(9);
    expect(rows.map((r) => Number(r.cell))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows[4]["offer.attractiveness"]).toBe("0.05");
    expect(rows[4]["thresholds.sd"]).toBe("0.15");
    expect(existsSync(`${whole}.part`)).toBe(false);
  });

  for (const n of [2, 3, 4]) {
    it(`sharded in ${n} and merged, gives the same bytes as unsharded`, () => {
      const parts = Array.from({ length: n }, (_, i) => {
        const part = join(dir, `part-${n}-${i + 1}.csv`);
        ok("sweep", specPath, "--out", part, "--shard", `${i + 1}/${n}`, "--workers", "1");
        return part;
      });
      const merged = join(dir, `merged-${n}.csv`);
      ok("merge", ...parts.reverse(), "--out", merged);
      expect(readFileSync(merged, "utf8")).toBe(grid);
    });
  }

  it("merge refuses a missing part, a part given twice, and a part from another spec", () => {
    const parts = [1, 2, 3].map((i) => join(dir, `part-3-${i}.csv`));
    const missing = runCli("merge", parts[0], parts[1], "--out", join(dir, "x.csv"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cells 2, 5, 8 are missing \(of 9\)/);
    const twice = runCli("merge", parts[0], parts[1], parts[2], parts[2], "--out", join(dir, "x.csv"));
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/a part was given twice/);
    const foreign = join(dir, "foreign.csv");
    ok("sweep", otherSpecPath, "--out", foreign, "--shard", "3/3");
    const mixed = runCli("merge", parts[0], parts[1], foreign, "--out", join(dir, "x.csv"));
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toMatch(/comes from another spec or version/);
    expect(existsSync(join(dir, "x.csv"))).toBe(false);
  });

  it("resumes a killed sweep from its part file, losing and repeating nothing", () => {
    const out = join(dir, "resumed.csv");
    // A sweep killed after three cells, in the middle of writing the fourth row.
    const lines = grid.split("\n");
    writeFileSync(`${out}.part`, lines.slice(0, 4).join("\n") + "\n" + lines[4].slice(0, 20));
    const result = ok("sweep", specPath, "--out", out, "--resume");
    expect(result.stdout).toContain("6 cells run, 3 already done");
    expect(readFileSync(out, "utf8")).toBe(grid);
  });

  it("refuses to resume from a part file of another spec", () => {
    const out = join(dir, "other-resume.csv");
    writeFileSync(`${out}.part`, readFileSync(join(dir, "foreign.csv"), "utf8"));
    const result = runCli("sweep", specPath, "--out", out, "--resume");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/another spec or version/);
  });
});
