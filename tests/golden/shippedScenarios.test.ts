/**
 * Golden files: the series of every shipped scenario, run with its own seed, are pinned (summary,
 * the defected count of every day, and a SHA-256 of the whole series CSV), so that no change to the
 * model can alter a number unnoticed. On a difference the test fails and writes NAME-changed.json
 * beside the golden file; an intended change replaces the golden file with it in the same commit,
 * saying why.
 *
 * Columns added later (the draft's evaded and manpower denied, issue 14) are pinned apart (`added`),
 * so the pins of the first columns (`summary`, `defected`, `seriesSha256` over the core series
 * columns) stay exactly what they were before those columns existed.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, toModelParams } from "../../src/scenario";
import { CORE_SERIES_COLUMNS, simulate } from "../../src/model";
import { SUMMARY_COLUMNS, seriesCsv } from "../../src/output/runCsv";

const scenarios = join(__dirname, "../../scenarios");
const goldenDir = join(__dirname, "files");

interface Golden {
  seed: number;
  summary: unknown;
  defected: number[];
  seriesSha256: string;
  added: { summary: unknown; seriesSha256: string };
}

/** The core series CSV: scenario, run, seed, day, the core columns and defectedShare (the file as it was before columns were added). */
const CORE_FIELDS = 4 + CORE_SERIES_COLUMNS.length + 1;
const coreCsv = (csv: string) =>
  csv
    .split("\n")
    .map((line) => line.split(",").slice(0, CORE_FIELDS).join(","))
    .join("\n");
const ADDED_SUMMARY = ["finalEvaded", "finalManpowerDenied"] as const;
const CORE_SUMMARY = ["seed", "days", ...SUMMARY_COLUMNS.filter((c) => !(ADDED_SUMMARY as readonly string[]).includes(c))] as const;
const pick = (o: object, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function observe(file: string): Golden {
  const scenario = loadScenario(readFileSync(join(scenarios, file), "utf8"));
  const seed = scenario.parameters.seed;
  const result = simulate(toModelParams(scenario), seed);
  const csv = seriesCsv([{ scenario: file.replace(/\.json$/, ""), run: 0, result }]);
  return {
    seed,
    summary: pick(result.summary, CORE_SUMMARY),
    defected: Array.from(result.series.defected),
    seriesSha256: sha256(coreCsv(csv)),
    added: { summary: pick(result.summary, ADDED_SUMMARY), seriesSha256: sha256(csv) },
  };
}

describe("golden runs of the shipped scenarios", () => {
  for (const file of readdirSync(scenarios).filter((f) => f.endsWith(".json"))) {
    it(`${file} gives exactly its pinned series`, () => {
      const name = file.replace(/\.json$/, "");
      const goldenPath = join(goldenDir, `${name}.json`);
      const observed = observe(file);
      const text = JSON.stringify(observed) + "\n";
      if (!existsSync(goldenPath)) {
        writeFileSync(join(goldenDir, `${name}-changed.json`), text);
        throw new Error(`no golden file for ${file}: review tests/golden/files/${name}-changed.json and rename it to ${name}.json`);
      }
      const golden = JSON.parse(readFileSync(goldenPath, "utf8")) as Golden;
      const same = JSON.stringify(golden) === JSON.stringify(observed);
      if (!same) writeFileSync(join(goldenDir, `${name}-changed.json`), text);
      expect(observed.summary).toEqual(golden.summary);
      expect(observed.defected).toEqual(golden.defected);
      expect(observed.seriesSha256).toBe(golden.seriesSha256);
      expect(golden.added, "the golden file pins the added columns").toBeDefined();
      expect(observed.added).toEqual(golden.added);
    });
  }
});
