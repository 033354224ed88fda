/**
 * Outputs of the command line (issue 20), each case run as a user would in a temp folder. Device
 * nodes are made with mknod inside the temp folder (the tests run as root), never taken from /dev.
 */
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSync, closeSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { runCliIn, startCli } from "./runCli";
import { seriesHeaderLine } from "../../src/output/runCsv";

const dir = mkdtempSync(join(tmpdir(), "defection-outputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenario = { name: "small", parameters: { army: { size: 200, days: 30 } } };
writeFileSync(join(dir, "s.json"), JSON.stringify(scenario));
const run = (...args: string[]) => runCliIn(dir, args);
const device = (name: string, major: number, minor: number) => {
  const path = join(dir, name);
  execFileSync("mknod", [path, "c", String(major), String(minor)]);
  return path;
};
const fifo = (name: string) => {
  const path = join(dir, name);
  execFileSync("mkfifo", [path]);
  return path;
};

describe("outputs: only regular files or -, checked before any work", () => {
  it("refuses a device node and leaves it a device (as root, a rename would have replaced it)", () => {
    const nul = device("null", 1, 3);
    const result = run("run", "s.json", "--out", "null");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("defection run: cannot write output:\n  --out: cannot write null: it is a device, not a regular file (or \"-\" for standard output)\n");
    expect(statSync(nul).isCharacterDevice()).toBe(true);
  });

  it("refuses a FIFO and a folder, naming each", () => {
    fifo("pipe");
    mkdirSync(join(dir, "folder"));
    const result = run("run", "s.json", "--out", "pipe", "--summary", "folder");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--out: cannot write pipe: it is a FIFO (named pipe), not a regular file");
    expect(result.stderr).toContain("--summary: cannot write folder: it is a folder, not a regular file; give a file name inside it");
  });

  it("refuses the scenario's own path as an output and leaves the scenario as it was", () => {
    const result = run("run", "s.json", "--out", "./s.json");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--out: cannot write ./s.json: it is an input of this command (s.json); write to another file");
    expect(JSON.parse(readFileSync(join(dir, "s.json"), "utf8"))).toEqual(scenario);
  });

  it("refuses two outputs that are one file, also under two names", () => {
    const result = run("run", "s.json", "--out", "a.csv", "--summary", "./a.csv");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--summary: cannot write ./a.csv: it is the same file as --out");
    writeFileSync(join(dir, "real.csv"), "old\n");
    symlinkSync("real.csv", join(dir, "link.csv"));
    const linked = run("run", "s.json", "--out", "real.csv", "--summary", "link.csv");
    expect(linked.stderr).toContain("it is the same file as --out");
    expect(existsSync(join(dir, "a.csv"))).toBe(false);
  });

  it("writes through a symbolic link to a regular file: the link stays a link", () => {
    const result = run("run", "s.json", "--out", "link.csv");
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(join(dir, "link.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.csv"), "utf8")).toMatch(/^scenario,run,seed,day,/);
  });

  it("a missing folder is named before any run", () => {
    const result = run("run", "s.json", "--runs", "100000", "--out", "nowhere/series.csv");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--out: cannot write nowhere\/series.csv: the folder .*nowhere does not exist/);
  });

  it("- is standard output: the series there, and only one output may be -", () => {
    const result = run("run", "s.json", "--out", "-");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(seriesHeaderLine().trimEnd());
    expect(result.stdout.split("\n").length).toBe(33);
    const both = run("run", "s.json", "--out", "-", "--summary", "-");
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--out and --summary are both standard output ("-")');
    writeFileSync(join(dir, "sweep.json"), JSON.stringify({ kind: "sweep", scenario: "s.json", axes: [{ path: "offer.attractiveness", values: [0.1] }], runs: 1 }));
    expect(run("sweep", "sweep.json", "--out", "-").stderr).toContain("--out - (standard output) is not possible here: give a file name");
  });

  it("standard output on a full device exits 1 with a message; a closed pipe exits 141", () => {
    device("full", 1, 7);
    const fd = openSync(join(dir, "full"), "w");
    try {
      const full = runCliIn(dir, ["run", "s.json", "--runs", "50"], { stdio: ["ignore", fd, "pipe"] });
      expect(full.status).toBe(1);
      expect(full.stderr).toContain("cannot write to standard output (ENOSPC)");
    } finally {
      closeSync(fd);
    }
  });

  it("a reader that goes away (| head) ends the command with 141, as SIGPIPE would, and no message", async () => {
    const child = startCli(dir, ["run", "s.json", "--runs", "5000"]);
    child.stdout!.once("data", () => child.stdout!.destroy());
    const { code } = await child.exited;
    expect(code).toBe(141);
    expect(child.output.stderr).toBe("");
  });

  it("removes temporary files of ours left by a killed run, and leaves other files", () => {
    const stale = join(dir, ".fresh.csv.2147480001.0.tmp");
    const foreign = join(dir, ".fresh.csv.notes.tmp");
    writeFileSync(stale, "half");
    writeFileSync(foreign, "mine");
    const result = run("run", "s.json", "--out", "fresh.csv");
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(foreign)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith(".fresh.csv.") && n.endsWith(".tmp"))).toEqual([".fresh.csv.notes.tmp"]);
  });

  it("calibrate, compare and merge check their outputs before any work", () => {
    const calibrate = run("calibrate", "s.json", "--target", "defected@day=20:0.5", "--out", "s.json");
    expect(calibrate.status).toBe(1);
    expect(calibrate.stderr).toContain("it is an input of this command");
    const compare = run("compare", "s.json", "--out", "folder");
    expect(compare.stderr).toContain("--out: cannot write folder: it is a folder");
    const merge = run("merge", "real.csv", "--out", "real.csv");
    expect(merge.stderr).toContain("it is an input of this command");
  });
});
