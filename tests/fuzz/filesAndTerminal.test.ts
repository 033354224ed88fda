/**
 * Fuzzing file references, CSV files and terminal output (issue 20): generated references never
 * read a file outside the scenario's folder and never show its content; generated CSV texts are
 * read or refused at a named line, the same whole or in any chunks; generated names and values
 * never reach the terminal with a raw control character.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, isAbsolute, sep } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { InputError, type InputIssue } from "../../src/scenario";
import { parseEdgeCsv, parseThresholdCsv } from "../../src/scenario/numberCsv";
import { readScenario } from "../../src/cli/readScenario";
import { cli } from "../../src/cli/cli";
import { memoryIo } from "../cli/memoryIo";

const root = mkdtempSync(join(tmpdir(), "fuzz-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SECRET = "SECRET-CONTENT-do-not-show";
const folder = join(root, "scenarios");
mkdirSync(join(folder, "sub"), { recursive: true });
writeFileSync(join(root, "secret.csv"), `${SECRET}\n0.5\n`);
writeFileSync(join(folder, "t.csv"), "0.5\n0.25\n");
writeFileSync(join(folder, "sub", "t.csv"), "0.5\n0.25\n");
symlinkSync(join(root, "secret.csv"), join(folder, "link-out.csv"));
symlinkSync(join(folder, "t.csv"), join(folder, "link-in.csv"));
const realFolder = realpathSync(folder);

const reference = fc.oneof(
  fc.constantFrom("t.csv", "./t.csv", "sub/t.csv", "link-in.csv", "sub/../t.csv", "../secret.csv", "sub/../../secret.csv", "..\\secret.csv", join(root, "secret.csv"), "link-out.csv", "/etc/hostname", "t.csv\u0000x", "%2e%2e/secret.csv", "", ".", "sub", "~/.profile", "./../scenarios/t.csv"),
  fc.string({ maxLength: 30 }),
  fc.array(fc.constantFrom("..", ".", "sub", "t.csv", "secret.csv", "link-out.csv", ""), { minLength: 1, maxLength: 5 }).map((parts) => parts.join("/")),
);

const inside = (path: string) => {
  const rel = relative(realFolder, realpathSync(path));
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
};

describe("fuzzing files and the terminal", () => {
  it("file references: 600 generated, none read outside the folder, no content shown", () => {
    let read = 0;
    fc.assert(
      fc.property(reference, (ref) => {
        const path = join(folder, "s.json");
        writeFileSync(path, JSON.stringify({ name: "f", parameters: { army: { size: 2, days: 3 }, thresholds: { distribution: "file", file: ref } } }));
        try {
          const loaded = readScenario(path);
          read++;
          for (const file of loaded.files.slice(1)) expect(inside(file)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).not.toContain(SECRET);
        }
      }),
      { numRuns: 600, seed: 11 },
    );
    expect(read).toBeGreaterThan(20);
  });

  it("CSV texts: 3,000 generated, read or refused at a named line, the same in any chunks", () => {
    const piece = fc.constantFrom("0", "1", "0.5", ".25", "1e-1", "7", "12", ",", ",", "\n", "\n", "\r\n", " ", "\t", ";", "-", "x", "0x1", "NaN", "Infinity", '"', "a", "\u001b[2J", "\u0000", "\ufeff");
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 4 }), (csv, cuts) => {
        const lines = csv.split("\n").length;
        const chunks = [...new Set(cuts.map((c) => c % (csv.length + 1)))].sort((a, b) => a - b).reduce<{ out: string[]; at: number }>((acc, cut) => ({ out: [...acc.out, csv.slice(acc.at, cut)], at: cut }), { out: [], at: 0 });
        const pieces = [...chunks.out, csv.slice(chunks.at)];
        for (const parse of [(s: string | string[], i: InputIssue[]) => parseThresholdCsv(s, "f.csv", i), (s: string | string[], i: InputIssue[]) => parseEdgeCsv(s, "f.csv", i, 10)]) {
          const issues: InputIssue[] = [];
          const whole = parse(csv, issues);
          const chunkedIssues: InputIssue[] = [];
          expect(parse(pieces, chunkedIssues)).toEqual(whole);
          expect(chunkedIssues).toEqual(issues);
          if (whole) {
            expect(issues).toEqual([]);
            for (const v of whole) expect(Number.isFinite(v)).toBe(true);
          } else {
            expect(issues.length).toBe(1);
            const line = Number(/^f\.csv:(\d+)$/.exec(issues[0].path)?.[1]);
            expect(line >= 1 && line <= lines).toBe(true);
            expect(issues[0].message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
          }
        }
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it("terminal: 300 command lines with control characters in names and values print none raw", async () => {
    const nasty = fc.array(fc.constantFrom("a", "\u001b]8;;x\u0007", "\u001b[2J", "\r", "\u009b", "\u202e", "\u0000", "=", "é"), { minLength: 1, maxLength: 6 }).map((p) => p.join(""));
    await fc.assert(
      fc.asyncProperty(nasty, fc.constantFrom("validate", "run", "compare", "tipping"), async (text, command) => {
        const path = join(root, "named.json");
        writeFileSync(path, JSON.stringify({ name: text, parameters: { army: { size: 20, days: 3 } } }));
        const io = memoryIo();
        const extra = command === "run" || command === "validate" ? ["--set", `army.size=${text}`] : command === "tipping" ? ["--param", text] : ["--baseline", text];
        const code = await cli([command, path, ...extra], io);
        expect([0, 1, 2]).toContain(code);
        const shown = io.out() + io.err();
        expect(shown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
        const clean = await cli(["validate", path], memoryIo());
        expect(clean).toBe(0);
      }),
      { numRuns: 300, seed: 13 },
    );
  }, 60_000);
});
