/**
 * Inputs of the command line (issue 20), in a temp folder: file references stay inside the
 * scenario's folder unless --allow-files-outside, devices and oversized files are refused before
 * reading, nothing of a file is echoed beyond a short escaped excerpt, and refusals say what the
 * file is.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliIn } from "./runCli";

const root = mkdtempSync(join(tmpdir(), "defection-inputs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, "work");
mkdirSync(dir);
const secret = "root:$6$saltsaltsalt$hashhashhashhashhashhash:19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\n";
writeFileSync(join(root, "shadow"), secret);
writeFileSync(join(dir, "t.csv"), "threshold\n0.1\n0.9\n");
symlinkSync(join(root, "shadow"), join(dir, "link.csv"));
const run = (...args: string[]) => runCliIn(dir, args);
const thresholdsFrom = (file: string) => JSON.stringify({ name: "refs", parameters: { army: { size: 2, days: 5 }, thresholds: { distribution: "file", file } } });

describe("file references stay in the scenario's folder", () => {
  it("a file beside the scenario is read", () => {
    writeFileSync(join(dir, "ok.json"), thresholdsFrom("t.csv"));
    expect(run("validate", "ok.json").stdout).toBe("ok: refs\n");
  });

  for (const [name, reference, why] of [
    ["an absolute path", join(root, "shadow"), "it is an absolute path"],
    ["a path with ..", "../shadow", 'it goes up out of the folder ("..")'],
    ["a symbolic link out", "link.csv", "it is a symbolic link to a file outside the folder"],
  ] as const) {
    it(`${name} is refused, naming --allow-files-outside, and nothing of the file is shown`, () => {
      writeFileSync(join(dir, "bad.json"), thresholdsFrom(reference));
      const result = run("validate", "bad.json");
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`parameters.thresholds.file: cannot read ${JSON.stringify(reference)}: ${why}`);
      expect(result.stderr).toContain("to allow more, give --allow-files-outside");
      expect(result.stderr).not.toContain("root:");
    });
  }

  it("--allow-files-outside reads it, and a bad line is shown only as a short escaped excerpt", () => {
    writeFileSync(join(dir, "bad.json"), thresholdsFrom("../shadow"));
    const result = run("validate", "bad.json", "--allow-files-outside");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('../shadow:1: "root:$6$saltsaltsalt$hashhashhashhashhas..." is not a number');
    expect(result.stderr).not.toContain("bin:");
  });

  it("a sweep's base scenario is resolved in the sweep's folder too", () => {
    writeFileSync(join(root, "outside.json"), JSON.stringify({ name: "o", parameters: {} }));
    writeFileSync(join(dir, "sweep.json"), JSON.stringify({ kind: "sweep", scenario: "../outside.json", axes: [{ path: "offer.attractiveness", values: [0.1] }] }));
    const result = run("sweep", "sweep.json", "--out", "grid.csv");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^defection sweep: invalid sweep sweep\.json:\n  scenario: cannot read "\.\.\/outside\.json": it goes up out of the folder/);
  });
});

describe("files read: regular, capped, checked before reading", () => {
  it("a device as the scenario or as a thresholds file is refused without reading it", () => {
    execFileSync("mknod", [join(dir, "zero"), "c", "1", "5"]);
    const scenario = run("validate", "zero");
    expect(scenario.status).toBe(1);
    expect(scenario.stderr).toBe("defection validate: cannot read scenario:\n  zero: it is a device, not a regular file\n");
    writeFileSync(join(dir, "dev.json"), thresholdsFrom("zero"));
    expect(run("validate", "dev.json").stderr).toContain("cannot read \"zero\": it is a device, not a regular file");
    execFileSync("mkfifo", [join(dir, "fifo.csv")]);
    writeFileSync(join(dir, "fifo.json"), thresholdsFrom("fifo.csv"));
    expect(run("validate", "fifo.json").stderr).toContain("it is a FIFO (named pipe), not a regular file");
  });

  it("a scenario over 256 MB is refused by its size before it is read (a sparse file, no disk used)", () => {
    writeFileSync(join(dir, "huge.json"), "");
    truncateSync(join(dir, "huge.json"), 300 * 1024 * 1024);
    const result = run("validate", "huge.json");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("huge.json: it is 300 MB, above the limit of 256 MB for this kind of file");
  });

  it("a UTF-8 byte-order mark is accepted in a scenario and in a CSV file", () => {
    writeFileSync(join(dir, "bom.csv"), "\ufeffthreshold\n0.2\n0.3\n");
    writeFileSync(join(dir, "bom.json"), "\ufeff" + thresholdsFrom("bom.csv"));
    expect(run("validate", "bom.json").stdout).toBe("ok: refs\n");
  });

  it("3,000 nested lists are refused naming the file, not with a stack overflow", () => {
    writeFileSync(join(dir, "deep.json"), "[".repeat(3000) + "]".repeat(3000));
    const result = run("validate", "deep.json");
    expect(result.stderr).toBe("defection validate: invalid scenario deep.json:\n  nested more than 64 levels deep (line 1, column 65); a scenario needs far fewer\n");
  });
});

describe("refusals name what the file is, in plain words", () => {
  it("a sweep or comparison file given as a scenario is said to be one", () => {
    writeFileSync(join(dir, "a-sweep.json"), JSON.stringify({ kind: "sweep", scenario: "ok.json", axes: [] }));
    expect(run("run", "a-sweep.json").stderr).toBe("defection run: not a scenario a-sweep.json:\n  kind: this is a sweep file, not a scenario: run it with defection sweep\n");
    const badSweep = run("sweep", "a-sweep.json", "--out", "g.csv");
    expect(badSweep.stderr).toMatch(/^defection sweep: invalid sweep a-sweep\.json:\n  axes: give one or two axes/);
    writeFileSync(join(dir, "cmp.json"), JSON.stringify({ kind: "comparison", variants: [] }));
    expect(run("compare", "cmp.json").stderr).toMatch(/^defection compare: invalid comparison cmp\.json:\n  variants: a comparison needs at least one variant/);
  });

  it("subgroup shares of 0.5 and 0.4999999 name their sum", () => {
    writeFileSync(join(dir, "shares.json"), JSON.stringify({ name: "g", parameters: { subgroups: [{ name: "a", share: 0.5, thresholds: { distribution: "normal", mean: 0.3, sd: 0.1 } }, { name: "b", share: 0.4999999, thresholds: { distribution: "normal", mean: 0.3, sd: 0.1 } }] } }));
    expect(run("validate", "shares.json").stderr).toContain("parameters.subgroups: shares add up to 0.9999999, not 1: they must add up to 1 (to within 0.000000001); adjust one share so that the sum is exactly 1");
  });

  it("--set thresholds.mean=0.3 on a scenario with default thresholds sets the default normal's mean", () => {
    writeFileSync(join(dir, "plain.json"), JSON.stringify({ name: "plain", parameters: { army: { size: 100, days: 10 } } }));
    const result = run("run", "plain.json", "--set", "thresholds.mean=0.3", "--set", "network.meanDegree=3", "--json");
    expect(result.status, result.stderr).toBe(0);
  });

  it("an edge id beyond the army is named by file and line", () => {
    writeFileSync(join(dir, "edges.csv"), "a,b\n0,1\n1,9\n");
    writeFileSync(join(dir, "net.json"), JSON.stringify({ name: "n", parameters: { army: { size: 5, days: 5 }, observation: { scope: "network" }, network: { type: "edges", file: "edges.csv" } } }));
    expect(run("validate", "net.json").stderr).toContain("edges.csv:3: soldier 9 is beyond the army: ids run from 0 to 4");
  });

  it("--out naming a folder is refused before any run, in plain words", () => {
    const result = run("run", "ok.json", "--out", ".");
    expect(result.stderr).toContain("--out: cannot write .: it is a folder, not a regular file; give a file name inside it");
  });
});

describe("terminal output of user text is escaped", () => {
  it("validate and compare print a name's escape sequences as \\x..", () => {
    writeFileSync(join(dir, "esc.json"), JSON.stringify({ name: "evil\u001b]8;;http://x\u0007\u001b[2J", parameters: { army: { size: 50, days: 5 } } }));
    const ok = run("validate", "esc.json");
    expect(ok.stdout).toBe("ok: evil\\x1b]8;;http://x\\x07\\x1b[2J\n");
    writeFileSync(join(dir, "cmp2.json"), JSON.stringify({ kind: "comparison", runs: 2, variants: [{ name: "\u001b[31mred", scenario: { name: "x", parameters: { army: { size: 50, days: 5 } } } }] }));
    const compare = run("compare", "cmp2.json");
    expect(compare.status, compare.stderr).toBe(0);
    expect(compare.stdout).toContain("\\x1b[31mred");
    expect(compare.stdout).not.toContain("\u001b");
    const refused = run("validate", "esc.json", "--set", "army.size=\u001b[2J");
    expect(refused.stderr).not.toContain("\u001b");
  });
});

describe("sweep part files", () => {
  it("an existing part file without --resume is refused, saying how to resume or start over", () => {
    writeFileSync(join(dir, "s2.json"), JSON.stringify({ kind: "sweep", scenario: { name: "x", parameters: { army: { size: 50, days: 5 } } }, axes: [{ path: "offer.attractiveness", values: [0.1, 0.2] }], runs: 1 }));
    writeFileSync(join(dir, "g.csv.part"), "cell,cells,offer.attractiveness,runs,spec\n0,2,0.1,1,abc\n");
    const result = run("sweep", "s2.json", "--out", "g.csv");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--out: g.csv.part exists (1 finished cell): give --resume to continue it, or remove it to start over");
    expect(readFileSync(join(dir, "g.csv.part"), "utf8")).toContain("0,2,0.1,1,abc");
  });

  it("merging a header-only part is refused", () => {
    writeFileSync(join(dir, "empty-part.csv"), "cell,cells,offer.attractiveness,runs,spec\n");
    const result = run("merge", "empty-part.csv", "--out", "merged.csv");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("empty-part.csv: has a header but no rows");
    expect(existsSync(join(dir, "merged.csv"))).toBe(false);
  });
});
