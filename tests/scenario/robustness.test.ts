/**
 * A scenario's robustness statement: kept when it has its three parts, refused with the field named
 * otherwise; the shipped historical scenarios state theirs (gulf-war-1991 is being rebuilt apart).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, loadScenario, validateScenario } from "../../src/scenario";

const minimal = { name: "x", parameters: {} };
const statement = { conclusion: "A trickle, no cascade.", holds: "At 0.8 to 1.2 times every main lever.", measured: "scripts/robustness.ts, 10 runs per value." };

const issues = (robustness: unknown) => {
  try {
    validateScenario({ ...minimal, robustness });
    return [];
  } catch (error) {
    return (error as InputError).issues;
  }
};

describe("robustness statement", () => {
  it("keeps a statement with its conclusion, how far it holds and how that was measured", () => {
    expect(validateScenario({ ...minimal, robustness: statement }).robustness).toEqual(statement);
    expect(validateScenario(minimal).robustness).toBeUndefined();
  });

  it("names a missing part and an unknown key", () => {
    expect(issues({ conclusion: "x", holds: "y" })).toEqual([expect.objectContaining({ path: "robustness.measured" })]);
    expect(issues({ ...statement, extra: 1 })[0].path).toBe("robustness");
    expect(issues({ ...statement, holds: 3 })[0].path).toBe("robustness.holds");
  });

  it("every shipped historical scenario states how far its conclusion holds", () => {
    for (const name of ["hessians-1776", "chieu-hoi", "ukraine-hotline-2022", "russia-asylum-2022"]) {
      const scenario = loadScenario(readFileSync(join(__dirname, "../../scenarios", `${name}.json`), "utf8"));
      expect(scenario.robustness?.holds, name).toMatch(/\d/);
      expect(scenario.robustness?.measured, name).toMatch(/robustness\.ts|sweep|sensitivity/);
    }
  });
});
