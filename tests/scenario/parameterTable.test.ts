import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PARAMETERS } from "../../src/scenario";
import { parameterTableMarkdown, withParameterTable } from "../../src/scenario/parameterTable";

describe("the README's parameter table", () => {
  it("lists every registered parameter with its default, unit and range", () => {
    const table = parameterTableMarkdown();
    for (const p of PARAMETERS) expect(table).toContain(`| \`${p.path}\` |`);
    expect(table).toContain("| `army.size` | 1000 | soldiers | 1 to 10,000,000 (whole) |");
    expect(table).toMatch(/\| `leaders\.thresholds\.mean` \| 0\.5 \| share \| 0 to 1 \| Leaders' \(officers'\) normal thresholds: mean/);
  });

  it("is up to date in README.md (run npm run docs after changing the registry)", () => {
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    expect(withParameterTable(readme)).toBe(readme);
  });
});
