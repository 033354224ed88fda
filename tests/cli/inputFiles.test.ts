/**
 * Where file references may lead (src/cli/inputFiles.ts): a user's file stays confined to its own
 * folder, while the package's own scenario library is trusted as a whole, so the shipped sweep and
 * sensitivity specs run as the README shows them.
 */
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, runCliIn } from "./runCli";

const shippedSpecs = (folder: string) => readdirSync(join(ROOT, "scenarios", folder)).filter((f) => f.endsWith(".json"));

describe("file references", { timeout: 60_000 }, () => {
  it("let every shipped sweep and sensitivity spec read its base scenario one folder up", () => {
    const out = mkdtempSync(join(tmpdir(), "shipped-specs-"));
    for (const file of shippedSpecs("sweeps")) {
      const result = runCli("sweep", `scenarios/sweeps/${file}`, "--out", join(out, `${file}.csv`), "--shard", "1/100000");
      expect(result.status, `${file}: ${result.stderr}`).toBe(0);
    }
    for (const file of shippedSpecs("sensitivity")) {
      // One point of each (a shard's part file), enough to read and run the base scenario.
      const result = runCli("sensitivity", `scenarios/sensitivity/${file}`, "--out", join(out, `${file}.part.csv`), "--shard", "1/100000", "--workers", "1");
      expect(result.status, `${file}: ${result.stderr}`).toBe(0);
    }
  });

  it("keep the same layout outside the library confined: a copied sweep cannot go up to its scenario", () => {
    const copy = mkdtempSync(join(tmpdir(), "copied-library-"));
    cpSync(join(ROOT, "scenarios"), copy, { recursive: true });
    const result = runCliIn(copy, ["sweep", "sweeps/watts-cascade-window.json", "--out", join(copy, "grid.csv"), "--shard", "1/100000"]);
    expect([result.status, result.stderr]).toEqual([1, expect.stringMatching(/goes up out of the folder \(".."\).*--allow-files-outside/s)]);
    const allowed = runCliIn(copy, ["sweep", "sweeps/watts-cascade-window.json", "--out", join(copy, "grid.csv"), "--shard", "1/100000", "--allow-files-outside"]);
    expect(allowed.status, allowed.stderr).toBe(0);
  });
});
