import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { resumePart } from "../../src/cli/resumePart";
import { parsePoints, type PointsRow } from "../../src/sensitivity/pointsCsv";
import type { ResumeOptions } from "../../src/cli/resumePart";

const dir = mkdtempSync(join(tmpdir(), "resume-part-"));
const header = "point,points,x,runs,finalShare,finalShareVariance,spec\n";
const row = (point: number, hash = "h1") => `${point},4,0.5,2,0.1,0.01,${hash}\n`;
const options = (resume: boolean): ResumeOptions<PointsRow> => ({ resume, header, hash: "h1", noun: "point", parse: parsePoints, number: (r) => r.point });
const part = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("resumePart", () => {
  test("no part file: nothing done", () => {
    expect(resumePart(join(dir, "none.part"), options(false)).size).toBe(0);
  });

  test("a part file without --resume is refused, saying how many rows it holds", () => {
    const path = part("a.part", header + row(0) + row(2));
    expect(() => resumePart(path, options(false))).toThrow(/a\.part exists \(2 finished points\): give --resume/);
  });

  test("with --resume: the finished numbers, and a cut-off last row dropped from the file", () => {
    const path = part("b.part", header + row(0) + row(3) + "1,4,0.5");
    expect([...resumePart(path, options(true))]).toEqual([0, 3]);
    expect(readFileSync(path, "utf8")).toBe(header + row(0) + row(3));
  });

  test("a part of other columns or another spec's hash is refused", () => {
    expect(() => resumePart(part("c.part", header.replace(",x,", ",y,") + row(0)), options(true))).toThrow(/has other columns/);
    expect(() => resumePart(part("d.part", header + row(0, "other")), options(true))).toThrow(/comes from another spec or version \(hash other, this spec is h1\)/);
  });
});
