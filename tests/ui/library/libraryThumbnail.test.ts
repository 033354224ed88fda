/** The library's precomputed curves are every shipped scenario's run as it is now (else: npm run thumbnails). */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/index";
import { libraryThumbnail, sampleDays, THUMBNAIL_POINTS } from "../../../src/ui/library/libraryThumbnail";
import thumbnails from "../../../src/ui/library/thumbnails.json";

const scenarios = join(import.meta.dirname, "../../../scenarios");

describe("library thumbnails", () => {
  it("samples at most THUMBNAIL_POINTS days, the first and the last included", () => {
    expect(sampleDays(42)).toHaveLength(43);
    const long = sampleDays(2650);
    expect(long).toHaveLength(THUMBNAIL_POINTS);
    expect([long[0], long.at(-1)]).toEqual([0, 2650]);
  });
  it("thumbnails.json holds exactly the current run of every shipped scenario (npm run thumbnails rewrites it)", () => {
    const files = readdirSync(scenarios).filter((f) => f.endsWith(".json")).sort();
    expect(Object.keys(thumbnails).sort()).toEqual(files.map((f) => f.replace(/\.json$/, "")).sort());
    for (const file of files) {
      const fresh = libraryThumbnail(loadScenario(readFileSync(join(scenarios, file), "utf8")));
      expect((thumbnails as Record<string, unknown>)[file.replace(/\.json$/, "")], file).toEqual(fresh);
    }
  }, 120_000);
});
