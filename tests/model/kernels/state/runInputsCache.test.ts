/**
 * Inputs reused across the variants of one seed (common random numbers): a variant whose drawn
 * parameters are equal gets the very same soldiers and graph, every kernel then gives the numbers
 * of a fresh run (no kernel writes into the shared inputs), and the parameters left out of the
 * comparison never change what is drawn.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foundationParams, Simulation, simulate, SERIES_COLUMNS, type ModelParams, type RunResult } from "../../../../src/model";
import { buildRunInputs, type RunInputs } from "../../../../src/model/kernels/state/runInputs";
import { DRAWN_FROM, drawSameInputs, RunInputsCache } from "../../../../src/model/kernels/state/runInputsCache";
import { scenario } from "../scenarioArbitrary";

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const DRAWN = new Set<string>(DRAWN_FROM);

/** `a` with every parameter that is not drawn from taken from `b` (the days from `a`, which its events were drawn for). */
function otherVariant(a: ModelParams, b: ModelParams): ModelParams {
  const mixed = { ...a } as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!DRAWN.has(key) && key !== "days") mixed[key] = (b as unknown as Record<string, unknown>)[key];
  // Extensions name a window by index: keep a's windows, so that they still exist.
  return { ...(mixed as unknown as ModelParams), offer: { ...b.offer, windows: a.offer.windows } };
}

function expectSameRun(got: RunResult, expected: RunResult): void {
  for (const column of SERIES_COLUMNS) expect(Array.from(got.series[column]), column).toEqual(Array.from(expected.series[column]));
  expect(Array.from(got.fate)).toEqual(Array.from(expected.fate));
  expect(got.summary).toEqual(expected.summary);
}

function inputArrays(inputs: RunInputs): Record<string, number[]> {
  const p = inputs.population;
  const arrays: Record<string, ArrayLike<number>> = {
    thresholds: p.thresholds,
    joinDay: p.joinDay,
    eligible: p.eligible,
    family: p.family,
    initiallyAware: p.initiallyAware,
    awarenessResistance: p.awarenessResistance,
    initialDefectors: p.initialDefectors,
    subgroup: p.subgroup,
  };
  if (inputs.graph) Object.assign(arrays, { offsets: inputs.graph.offsets, neighbours: inputs.graph.neighbours });
  return Object.fromEntries(Object.entries(arrays).map(([k, v]) => [k, Array.from(v)]));
}

describe("run inputs reused across variants of one seed", () => {
  it("hands the same inputs to a variant with equal drawn parameters, new ones for another seed or other draws", () => {
    const cache = new RunInputsCache();
    const a = foundationParams({ size: 500, awareness: { initial: 0.3, leafletReach: 0.02, wordOfMouth: 0.1 }, offer: { attractiveness: 0.1, windows: [{ open: 10, close: 70 }], urgency: 0, urgencyDays: 21 } });
    const b = { ...a, offer: { ...a.offer, windows: [{ open: 10, close: null }] } };
    const first = cache.inputsFor(a, 5);
    expect(cache.inputsFor(b, 5)).toBe(first);
    expect(cache.inputsFor(b, 6)).not.toBe(first);
    const moved = cache.inputsFor({ ...b, thresholds: { kind: "uniform", min: 0, max: 0.9 } }, 6);
    expect(Array.from(moved.population.thresholds)).toEqual(Array.from(buildRunInputs({ ...b, thresholds: { kind: "uniform", min: 0, max: 0.9 } }, 6).population.thresholds));
    expect(drawSameInputs(a, { ...a, thresholds: { kind: "list", values: [0.1] } })).toBe(false);
    expect(drawSameInputs({ ...a, network: { kind: "edges", edges: Int32Array.of(0, 1) } }, { ...a, network: { kind: "edges", edges: Int32Array.of(0, 2) } })).toBe(false);
    expect(drawSameInputs({ ...a, network: { kind: "edges", edges: Int32Array.of(0, 1) } }, { ...a, network: { kind: "edges", edges: Int32Array.of(0, 1) } })).toBe(true);
  });

  it("keeps no inputs of an army larger than asked", () => {
    const cache = new RunInputsCache(100);
    const small = foundationParams({ size: 100 });
    const large = foundationParams({ size: 101 });
    expect(cache.inputsFor(small, 1)).toBe(cache.inputsFor(small, 1));
    expect(cache.inputsFor(large, 1)).not.toBe(cache.inputsFor(large, 1));
  });

  it("the parameters it does not compare never change the soldiers or graph drawn", () => {
    fc.assert(
      fc.property(scenario({ behaviour: "any", armies: "any", divisions: "any", maxSize: 80 }), scenario({ behaviour: "any", armies: "any", divisions: "any", maxSize: 80 }), seed, (a, b, s) => {
        const variant = otherVariant(a, b);
        expect(drawSameInputs(a, variant)).toBe(true);
        expect(inputArrays(buildRunInputs(variant, s))).toEqual(inputArrays(buildRunInputs(a, s)));
      }),
      { numRuns: 150 },
    );
  });

  it("every kernel gives a variant run on shared inputs the numbers of a fresh run, and leaves the inputs as drawn", () => {
    fc.assert(
      fc.property(scenario({ behaviour: "any" }), scenario({ behaviour: "any" }), seed, (a, b, s) => {
        const cache = new RunInputsCache();
        const variant = otherVariant(a, b);
        const inputs = cache.inputsFor(a, s);
        const drawn = inputArrays(inputs);
        expectSameRun(new Simulation(a, s, inputs).result(), simulate(a, s));
        expect(cache.inputsFor(variant, s)).toBe(inputs);
        expectSameRun(new Simulation(variant, s, inputs).result(), simulate(variant, s));
        expectSameRun(new Simulation(a, s, cache.inputsFor(a, s)).result(), simulate(a, s));
        expect(inputArrays(inputs)).toEqual(drawn);
      }),
      { numRuns: 300 },
    );
  });

  it("deterministic and global variants too (the need, cutoff and Watts kernels)", () => {
    const deterministicOf = (p: ModelParams): ModelParams => ({ ...p, awareness: { ...p.awareness, initial: 1 }, opportunity: 1, deterrence: { ...p.deterrence, catchProbability: 0 }, events: p.events.map((e) => (e.kind === "mobilisation" ? { ...e, aware: 1 } : e)) });
    fc.assert(
      fc.property(scenario({ maxSize: 200 }), scenario(), seed, (a0, b, s) => {
        const a = deterministicOf(a0);
        const variant = deterministicOf(otherVariant(a, b));
        const cache = new RunInputsCache();
        const inputs = cache.inputsFor(a, s);
        expectSameRun(new Simulation(a, s, inputs).result(), simulate(a, s));
        expect(cache.inputsFor(variant, s)).toBe(inputs);
        expectSameRun(new Simulation(variant, s, inputs).result(), simulate(variant, s));
      }),
      { numRuns: 300 },
    );
  });
});
