/** A loaded scenario in the address leaves out its parameter groups at their defaults, and reads back the same. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, validateScenario } from "../../../src/scenario";
import { compactScenario } from "../../../src/ui/state/compactScenario";
import { decodeState, encodeState, MAX_ENCODED_SCENARIO } from "../../../src/ui/state/labAddress";
import { effectiveScenario } from "../../../src/ui/state/labState";

const folder = join(__dirname, "../../../scenarios");

describe("compactScenario", () => {
  it("every shipped scenario reads back exactly as it was, without its default groups", () => {
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
      const scenario = loadScenario(readFileSync(join(folder, file), "utf8"));
      const compact = compactScenario(scenario) as { parameters: Record<string, unknown> };
      expect(validateScenario(JSON.parse(JSON.stringify(compact))), file).toEqual(scenario);
      if (file === "asylum-offer-deadline.json") {
        // It uses neither capture, leaders nor cohesion: those groups are left out.
        for (const group of ["capture", "leaders", "cohesion"]) expect(compact.parameters[group], group).toBeUndefined();
        expect(compact.parameters.offer).toEqual(scenario.parameters.offer);
      }
    }
  });

  it("keeps within the address's limit a loaded scenario that fitted before the format gained capture, leaders and cohesion", () => {
    // The default scenario with a one-line description (as the browser test loads it): about 5,700
    // characters encoded, 6,160 with the three new groups at their defaults spelt out.
    const scenario = loadScenario(JSON.stringify({ ...JSON.parse(readFileSync(join(folder, "asylum-offer-deadline.json"), "utf8")), description: "short" }));
    const state = { source: { kind: "file" as const, name: "mine", scenario }, overrides: new Map() };
    const { search, warning } = encodeState(state);
    expect(warning).toBeNull();
    expect(new URLSearchParams(search).get("file")!.length).toBeLessThanOrEqual(MAX_ENCODED_SCENARIO);
    const decoded = decodeState(search);
    expect(decoded.problems).toEqual([]);
    expect(effectiveScenario(decoded.state)).toEqual(scenario);
  });
});
