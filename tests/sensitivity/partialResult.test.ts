import { describe, expect, test } from "vitest";
import { csvLine } from "../../src/output/csvCell";
import { validateSensitivity } from "../../src/sensitivity/sensitivitySpec";
import { sensitivityDesign, designCells, pointValues } from "../../src/sensitivity/sensitivityDesign";
import { pointsHeader, pointsRow } from "../../src/sensitivity/pointsCsv";
import { partialResult, designUnits } from "../../src/sensitivity/partialResult";
import { sensitivityResult } from "../../src/sensitivity/sensitivityResult";

const scenario = { name: "s", parameters: { army: { size: 100, days: 30 } } };
const inputs = [
  { path: "offer.attractiveness", from: 0, to: 0.2 },
  { path: "opportunity.daily", from: 0.05, to: 1 },
  { path: "offer.urgency", from: 0, to: 0.2 },
];

/** A points file whose output is a known function of the inputs: 20 x1 + x2^2, x3 inert. */
function pointsText(method: "morris" | "sobol", keep: (p: number) => boolean) {
  const spec = validateSensitivity({ kind: "sensitivity", scenario, inputs, method, runs: 1, outputs: ["finalShare"], ...(method === "morris" ? { trajectories: 8 } : { sampleSize: 16 }) }, null);
  const design = sensitivityDesign(spec);
  const header = csvLine(pointsHeader(spec)) + "\n";
  let text = header;
  for (let p = 0; p < spec.points; p++) {
    if (!keep(p)) continue;
    const x = pointValues(spec, design, p);
    text += pointsRow(spec, p, designCells(spec, design, p), x, [{ mean: 20 * x[0] + x[1] ** 2, variance: 0 }], "h");
  }
  return { spec, design, header, text };
}

describe("partialResult", () => {
  test.each(["morris", "sobol"] as const)("%s: with every point done it is the finished analysis", (method) => {
    const { spec, design, header, text } = pointsText(method, () => true);
    const partial = partialResult(spec, design, text);
    expect(partial.units).toBe(partial.totalUnits);
    expect(partial.indicesText).toBe(sensitivityResult(spec, design, [{ name: "p", text }], header, "h").indicesText);
  });

  test.each(["morris", "sobol"] as const)("%s: uses only the complete units, and still ranks the inert input last", (method) => {
    const all = pointsText(method, () => true);
    const units = designUnits(all.design);
    // Drop one point of every other unit: half the units stay complete.
    const dropped = new Set(units.filter((_, u) => u % 2 === 1).map((points) => points[1]));
    const { spec, design, text } = pointsText(method, (p) => !dropped.has(p));
    const partial = partialResult(spec, design, text);
    expect(partial.totalUnits).toBe(units.length);
    expect(partial.units).toBe(Math.ceil(units.length / 2));
    const ranked = partial.analyses![0].inputs.map((i) => i.input);
    expect(ranked[0]).toBe("offer.attractiveness");
    expect(ranked[2]).toBe("offer.urgency");
  });

  test("fewer than two complete units give no indices", () => {
    const all = pointsText("morris", () => true);
    const firstUnit = new Set(designUnits(all.design)[0]);
    const { spec, design, text } = pointsText("morris", (p) => firstUnit.has(p));
    expect(partialResult(spec, design, text)).toMatchObject({ units: 1, analyses: null, indicesText: null });
  });
});
