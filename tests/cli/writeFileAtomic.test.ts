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
