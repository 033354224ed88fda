/** A job's scenarios are checked before anything runs: the first invalid one is named with its issues. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setParameter } from "../../../src/scenario/index";
import { firstInvalidScenario } from "../../../src/ui/sweep/firstInvalidScenario";

const valid: object = JSON.parse(readFileSync(new URL("../../../scenarios/asylum-offer-deadline.json", import.meta.url), "utf8"));

describe("firstInvalidScenario", () => {
  it("gives null when every scenario is valid", () => {
    expect(firstInvalidScenario([valid, valid])).toBeNull();
  });

  it("gives the index of the first invalid scenario and its issues", () => {
    const tooSmall = setParameter(valid, "army.size", 0);
    const found = firstInvalidScenario([valid, tooSmall, setParameter(valid, "army.days", -1)]);
    expect(found?.index).toBe(1);
    expect(found?.issues.map((issue) => issue.path)).toContain("parameters.army.size");
  });

  it("throws what is not a scenario's issue", () => {
    const hostile = {
      get parameters(): never {
        throw new TypeError("boom");
      },
    };
    expect(() => firstInvalidScenario([hostile])).toThrow(TypeError);
  });
});
