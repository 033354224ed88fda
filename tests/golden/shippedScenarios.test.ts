/**
 * Golden files: the series of every shipped scenario, run with its own seed, are pinned (summary,
 * the defected count of every day, and a SHA-256 of the whole series CSV), so that no change to the
 * model can alter a number unnoticed. On a difference the test fails and writes NAME-changed.json
 * beside the golden file; an intended change replaces the golden file with it in the same commit,
 * saying why.
 *
 * Columns added later (the draft's evaded and manpower denied, issue 14) are pinned apart (`added`),
 * so the pins of the first columns (`summary`, `defected`, `seriesSha256` over the core series
 * columns) stay exactly what they were before those columns existed. The columns of what armies do
 * (captured, whole-unit surrenders, issue 15) are pinned in `armies` by the scenarios that use
 * them; every other scenario must give 0 in each of them on every day.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, toModelParams } from "../../src/scenario";
import { ARMY_SERIES_COLUMNS, CORE_SERIES_COLUMNS, DRAFT_SERIES_COLUMNS, simulate, type RunResult } from "../../src/model";
import { SUMMARY_COLUMNS, seriesCsv } from "../../src/output/runCsv";

const scenarios = join(__dirname, "../../scenarios");
const goldenDir = join(__dirname, "files");

interface Golden {
  seed: number;
  summary: unknown;
  defected: number[];
  seriesSha256: string;
  added: { summary: unknown; seriesSha256: string };
  /** Only in the golden files of scenarios that capture men or have units surrender. */
  armies?: { summary: unknown; seriesSha256: string };
}

/** The core series CSV: scenario, run, seed, day, the core columns and defectedShare (the file as it was before columns were added). */
const CORE_FIELDS = 4 + CORE_SERIES_COLUMNS.length + 1;
const firstFields = (csv: string, fields: number) =>
  csv
    .split("\n")
    .map((line) => line.split(",").slice(0, fields).join(","))
    .join("\n");
const coreCsv = (csv: string) => firstFields(csv, CORE_FIELDS);
/** The series CSV as it was with the draft's columns, before the columns of what armies do. */
const draftCsv = (csv: string) => firstFields(csv, CORE_FIELDS + DRAFT_SERIES_COLUMNS.length);
const ADDED_SUMMARY = ["finalEvaded", "finalManpowerDenied"] as const;
const ARMY_SUMMARY = ["finalCaptured", "finalUnitSurrenders"] as const;
const LATER_SUMMARY: readonly string[] = [...ADDED_SUMMARY, ...ARMY_SUMMARY];
const CORE_SUMMARY = ["seed", "days", ...SUMMARY_COLUMNS.filter((c) => !LATER_SUMMARY.includes(c))] as const;
const pick = (o: object, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function observe(file: string): { golden: Golden; result: RunResult } {
  const scenario = loadScenario(readFileSync(join(scenarios, file), "utf8"));
  const seed = scenario.parameters.seed;
  const result = simulate(toModelParams(scenario), seed);
  const csv = seriesCsv([{ scenario: file.replace(/\.json$/, ""), run: 0, result }]);
  const golden: Golden = {
    seed,
    summary: pick(result.summary, CORE_SUMMARY),
    defected: Array.from(result.series.defected),
    seriesSha256: sha256(coreCsv(csv)),
    added: { summary: pick(result.summary, ADDED_SUMMARY), seriesSha256: sha256(draftCsv(csv)) },
  };
  const armiesAct = ARMY_SERIES_COLUMNS.some((column) => result.series[column].some((v) => v !== 0));
  if (armiesAct) golden.armies = { summary: pick(result.summary, ARMY_SUMMARY), seriesSha256: sha256(csv) };
  return { golden, result };
}

describe("golden runs of the shipped scenarios", () => {
  for (const file of readdirSync(scenarios).filter((f) => f.endsWith(".json"))) {
    it(`${file} gives exactly its pinned series`, () => {
      const name = file.replace(/\.json$/, "");
      const goldenPath = join(goldenDir, `${name}.json`);
      const { golden: observed, result } = observe(file);
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
      expect(observed.armies, "captures and unit surrenders as pinned (none in a scenario whose golden file pins none)").toEqual(golden.armies);
      if (!golden.armies) for (const column of ARMY_SERIES_COLUMNS) expect(result.series[column].every((v) => v === 0), column).toBe(true);
    });
  }
});
