/**
 * Complex contagion and divided armies (issue 15) on hand-checked armies: count thresholds
 * (Centola & Macy 2007), homophily between subgroups and their own treatment (Lyall 2020), and
 * replacements who join existing units. Each case runs through the reference full sweep and every
 * kernel that takes it, which must agree with the hand-worked numbers.
 */
import { describe, expect, it } from "vitest";
import { Simulation, buildPopulation, foundationParams, type ModelParams, type RunResult } from "../../src/model";
import { simulateReference } from "../../src/model/kernels/reference";
import { EventDrivenSimulation } from "../../src/model/kernels/eventDriven/eventDrivenSimulation";
import { NetworkCascadeSimulation } from "../../src/model/kernels/deterministic/networkCascadeSimulation";
import { GlobalCutoffSimulation } from "../../src/model/kernels/deterministic/globalCutoffSimulation";
import { GlobalNeedSimulation } from "../../src/model/kernels/deterministic/globalNeedSimulation";
import { unitAssignment } from "../../src/model/unitAssignment";

const network = (size: number, edges: number[], extra: Partial<ModelParams> = {}): ModelParams =>
  foundationParams({
    size,
    days: 6,
    thresholds: { kind: "uniform", min: 0, max: 0 },
    observation: { scope: "network", globalWeight: 0, local: "network", countThreshold: 2 },
    network: { kind: "edges", edges: Int32Array.from(edges) },
    ...extra,
  });
const seeded = (params: ModelParams, ids: number[]): ModelParams => ({ ...params, initialDefectors: { kind: "ids", ids } });

/** Every kernel that applies, and the reference, give the same run; it is returned. */
function run(params: ModelParams): RunResult {
  const reference = simulateReference(params, 1);
  const kernels = [GlobalNeedSimulation, GlobalCutoffSimulation, NetworkCascadeSimulation, EventDrivenSimulation].filter((k) => k.applies(params));
  for (const Kernel of kernels) expect(Array.from(new Kernel(params, 1).result().fate), Kernel.name).toEqual(Array.from(reference.fate));
  expect(Array.from(new Simulation(params, 1).result().fate)).toEqual(Array.from(reference.fate));
  return reference;
}

describe("count thresholds (complex contagion)", () => {
  // 0-1-2-3-0: every soldier has two comrades.
  const cycle = [0, 1, 1, 2, 2, 3, 3, 0];
  // Triangle 0-1-2 and a tail 2-3.
  const triangleWithTail = [0, 1, 1, 2, 0, 2, 2, 3];

  it("on a 4-cycle, two neighbouring seeds take no one: each other soldier sees one (a share threshold of 1/2 would take all)", () => {
    expect(Array.from(run(seeded(network(4, cycle), [0, 1])).fate)).toEqual([0, 0, -1, -1]);
    const share = seeded(network(4, cycle, { thresholds: { kind: "uniform", min: 0.5, max: 0.5 } }), [0, 1]);
    expect(Array.from(run({ ...share, observation: { ...share.observation, countThreshold: 0 } }).fate)).toEqual([0, 0, 1, 1]);
  });

  it("on a 4-cycle, two opposite seeds take the other two on day 1: each sees both", () => {
    expect(Array.from(run(seeded(network(4, cycle), [0, 2])).fate)).toEqual([0, 1, 0, 1]);
  });

  it("on a triangle with a tail, two seeds in the triangle take the third, but not the tail, whose one comrade is all he sees", () => {
    expect(Array.from(run(seeded(network(4, triangleWithTail), [0, 1])).fate)).toEqual([0, 0, 1, -1]);
    // With shares only (threshold 1/2) the tail goes on day 2: one defected comrade of one is all of them.
    const share = seeded(network(4, triangleWithTail, { thresholds: { kind: "uniform", min: 0.5, max: 0.5 } }), [0, 1]);
    expect(Array.from(run({ ...share, observation: { ...share.observation, countThreshold: 0 } }).fate)).toEqual([0, 0, 1, 2]);
  });

  it("counts with the share threshold: both must hold (a count of 2 and a share of 2/3 at degree 3)", () => {
    // Soldier 3 tied to 0, 1, 2; seeds 0 and 1: two defected comrades, 2/3 of his ties.
    const star = [0, 3, 1, 3, 2, 3];
    const at = (t: number) => run(seeded(network(4, star, { thresholds: { kind: "list", values: [0, 0, 1, t] } }), [0, 1])).fate[3];
    expect(at(0.66)).toBe(1);
    expect(at(0.67)).toBe(-1);
  });

  it("under unit observation counts the defected unit mates, and under global observation the army's defectors", () => {
    const units = (ids: number[]) =>
      run(seeded(foundationParams({ size: 8, days: 4, unitSize: 4, thresholds: { kind: "uniform", min: 0, max: 0 }, observation: { scope: "unit", globalWeight: 0, local: "unit", countThreshold: 2 } }), ids)).fate;
    expect(Array.from(units([0]))).toEqual([0, -1, -1, -1, -1, -1, -1, -1]);
    expect(Array.from(units([0, 1]))).toEqual([0, 0, 1, 1, -1, -1, -1, -1]);
    const global = (count: number) =>
      run(seeded(foundationParams({ size: 8, days: 4, thresholds: { kind: "uniform", min: 0, max: 0 }, observation: { scope: "global", globalWeight: 0, local: "unit", countThreshold: count } }), [0, 5])).summary.finalDefected;
    expect(global(2)).toBe(8);
    expect(global(3)).toBe(2);
  });

  it("a count threshold of 0 changes nothing (the off value)", () => {
    const plain = seeded(network(4, triangleWithTail, { thresholds: { kind: "uniform", min: 0.5, max: 0.5 } }), [0, 1]);
    const off = { ...plain, observation: { ...plain.observation, countThreshold: 0 } };
    const absent = { ...plain, observation: { scope: "network" as const, globalWeight: 0, local: "network" as const } };
    expect(Array.from(run(off).fate)).toEqual(Array.from(run(absent).fate));
  });
});

describe("divided armies", () => {
  // Ten soldiers, two subgroups of five placed by the seeded shuffle; two of group b defect at day 0.
  const divided = (homophily: number, extra: Partial<ModelParams> = {}): { params: ModelParams; group: Uint8Array } => {
    const base = foundationParams({
      size: 10,
      days: 6,
      subgroups: [
        { name: "a", share: 0.5, thresholds: { kind: "uniform", min: 0.15, max: 0.15 } },
        { name: "b", share: 0.5, thresholds: { kind: "uniform", min: 0.1, max: 0.1 } },
      ],
      observation: { scope: "global", globalWeight: 0, local: "unit", homophily },
      ...extra,
    });
    const group = buildPopulation(base, 1).subgroup;
    const ids = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((i) => group[i] === 1).slice(0, 2);
    return { params: seeded(base, ids), group };
  };
  const byGroup = (fate: Int32Array, group: Uint8Array, g: number) => Array.from(fate).filter((_, i) => group[i] === g);

  it("with homophily 1 a cascade stays in its subgroup: b sees 2/5, a sees none of b", () => {
    const { params, group } = divided(1);
    const { fate } = run(params);
    expect(byGroup(fate, group, 1).sort()).toEqual([0, 0, 1, 1, 1]);
    expect(byGroup(fate, group, 0)).toEqual([-1, -1, -1, -1, -1]);
  });

  it("with homophily 1/2, a sees b's defectors at half weight: (0 + 2/2) / (5 + 5/2) = 0.133 < 0.15 on day 1, (5/2) / 7.5 = 1/3 on day 2", () => {
    const { params, group } = divided(0.5);
    const { fate } = run(params);
    expect(byGroup(fate, group, 0)).toEqual([2, 2, 2, 2, 2]);
  });

  it("with homophily 0 everyone sees the army's share, 2/10, and all go on day 1", () => {
    const { params, group } = divided(0);
    expect(byGroup(run(params).fate, group, 0)).toEqual([1, 1, 1, 1, 1]);
  });

  it("a subgroup may be excluded from the offer on its own, and its own families threatened", () => {
    const { params, group } = divided(0);
    const excluded = { ...params, subgroups: [{ ...params.subgroups[0], ineligibleShare: 1 }, params.subgroups[1]] };
    expect(byGroup(run(excluded).fate, group, 0)).toEqual([-1, -1, -1, -1, -1]);
    const threatened = { ...params, deterrence: { ...params.deterrence, reprisal: 0.5 }, subgroups: [{ ...params.subgroups[0], familyShare: 1 }, params.subgroups[1]] };
    const fate = run(threatened).fate;
    expect(byGroup(fate, group, 0)).toEqual([-1, -1, -1, -1, -1]);
    expect(byGroup(fate, group, 1).every((d) => d >= 0)).toBe(true);
  });
});

describe("replacements joining existing units", () => {
  // Units {0, 1} and {2, 3}; soldier 0 defected. Two men mobilised on day 1 (threshold 1/2).
  const params = (joinUnits: "new" | "existing"): ModelParams =>
    seeded(
      foundationParams({
        size: 4,
        days: 4,
        unitSize: 2,
        thresholds: { kind: "list", values: [0, 1, 1, 1] },
        observation: { scope: "unit", globalWeight: 0, local: "unit" },
        events: [{ kind: "mobilisation", day: 1, count: 2, thresholds: { kind: "uniform", min: 0.5, max: 0.5 }, aware: 1, joinUnits }],
      }),
      [0],
    );

  it("sends the k-th replacement to unit k mod (initial units)", () => {
    expect(Array.from(unitAssignment(params("existing"))!)).toEqual([0, 0, 1, 1, 0, 1]);
    expect(unitAssignment(params("new"))).toBeNull();
  });

  it("a replacement in soldier 0's unit sees him (1 of 2) and goes on day 1; his mate now sees 1 of 2 and waits a day", () => {
    expect(Array.from(run(params("existing")).fate)).toEqual([0, 2, -1, -1, 1, -1]);
    // New units: soldier 1 sees 1 of 1 on day 1; the newcomers' unit has no defector.
    expect(Array.from(run(params("new")).fate)).toEqual([0, 1, -1, -1, -1, -1]);
  });
});
