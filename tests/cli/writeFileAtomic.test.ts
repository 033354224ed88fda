import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openAtomicFile } from "../../src/cli/writeFileAtomic";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "defection-atomic-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("openAtomicFile", () => {
  it("shows nothing at the target until commit, then the whole text", async () => {
    const target = join(dir, "a.csv");
    writeFileSync(target, "old\n");
    const file = await openAtomicFile(target);
    for (let k = 0; k < 1000; k++) await file.write(`${k},${"x".repeat(100)}\n`);
    expect(readFileSync(target, "utf8")).toBe("old\n");
    await file.commit();
    const lines = readFileSync(target, "utf8").split("\n");
    expect(lines.length).toBe(1001);
    expect(lines[999].startsWith("999,")).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["a.csv"]);
  });

  it("leaves neither target nor temporary file after abort", async () => {
    const target = join(dir, "b.csv");
    const file = await openAtomicFile(target);
    await file.write("partial\n");
    file.abort();
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes("b.csv"))).toEqual([]);
  });

  it("rejects when the folder does not exist", async () => {
    await expect(openAtomicFile(join(dir, "missing", "c.csv"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("never over a non-regular file", () => {
  it("commit refuses when the target became a FIFO meanwhile, leaving it and no temporary file", async () => {
    const { execFileSync } = await import("node:child_process");
    const { statSync } = await import("node:fs");
    const target = join(dir, "later-a-fifo.csv");
    const file = await openAtomicFile(target);
    await file.write("rows\n");
    execFileSync("mkfifo", [target]);
    await expect(file.commit()).rejects.toThrow(/is no longer a regular file; it was left as it is/);
    expect(statSync(target).isFIFO()).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith(".later-a-fifo.csv."))).toEqual([]);
  });
});

describe("stale temporary files", () => {
  it("removes ours whose process is gone, keeps a live one's and anything else", async () => {
    const { removeStaleTemporaryFiles } = await import("../../src/cli/writeFileAtomic");
    const target = join(dir, "stale.csv");
    for (const name of [".stale.csv.2147480002.3.tmp", `.stale.csv.${process.pid}.9.tmp`, ".stale.csv.backup.tmp", ".other.csv.2147480002.0.tmp"]) writeFileSync(join(dir, name), "x");
    expect(removeStaleTemporaryFiles(target)).toEqual([".stale.csv.2147480002.3.tmp"]);
    expect(readdirSync(dir).filter((n) => n.includes("stale.csv") || n.includes("other.csv")).sort()).toEqual([".other.csv.2147480002.0.tmp", ".stale.csv.backup.tmp", `.stale.csv.${process.pid}.9.tmp`].sort());
  });
});
