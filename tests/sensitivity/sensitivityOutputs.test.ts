/** Each output a sensitivity analysis explains, read off real runs; manpower denied only when asked for. */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model";
import { scenarioFromObject, toModelParams } from "../../src/scenario";
import { DEFAULT_SENSITIVITY_OUTPUTS, OUTPUT_OF_RUN, pointOutputs } from "../../src/sensitivity/sensitivityOutputs";
import { validateSensitivity } from "../../src/sensitivity/sensitivitySpec";

// A small army whose mobilisation loses men to draft evasion, so manpower denied exceeds defected + caught.
const scenario = {
  name: "draft",
  parameters: {
    army: { size: 300, days: 40 },
    thresholds: { distribution: "normal", mean: 0.25, sd: 0.15 },
    offer: { attractiveness: 0.1, windows: [{ open: 0, close: null }] },
    behaviour: { draftEvasion: 0.2 },
    events: [{ type: "mobilisation", day: 10, count: 200, thresholds: { distribution: "normal", mean: 0.3, sd: 0.15 } }],
  },
};

describe("sensitivity outputs", () => {
  it("read manpower denied as defected + caught + evaded of the run, in soldiers", () => {
    const run = simulate(toModelParams(scenarioFromObject(scenario, null)), 3).summary;
    expect(run.finalEvaded).toBeGreaterThan(0);
    expect(OUTPUT_OF_RUN.manpowerDenied(run)).toBe(run.finalDefected + run.finalCaught + run.finalEvaded);
    const [mean] = pointOutputs([run, run], ["manpowerDenied"]);
    expect(mean).toEqual({ mean: run.finalManpowerDenied, variance: 0 });
  });

  it("leave manpower denied out unless the spec names it, so older specs keep their points", () => {
    const inputs = [{ path: "offer.attractiveness", from: 0, to: 0.2 }];
    expect(validateSensitivity({ kind: "sensitivity", scenario, method: "morris", inputs }, null).outputs).toEqual(DEFAULT_SENSITIVITY_OUTPUTS);
    expect(validateSensitivity({ kind: "sensitivity", scenario, method: "morris", inputs, outputs: ["manpowerDenied", "finalShare"] }, null).outputs).toEqual(["finalShare", "manpowerDenied"]);
  });
});
