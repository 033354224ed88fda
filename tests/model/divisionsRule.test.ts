/**
 * The reference's homophily and count thresholds against a direct count: on random deterministic
 * scenarios (everyone aware, a chance every day, no catches, no mobilisation), every day each loyal
 * soldier's observed soldiers are walked one by one (the army, his unit mates, his neighbours, or
 * both parts of a mix), their defectors counted by group, and his decision taken from the weighted
 * share and count. The reference keeps those counts incrementally; both must give the same fates.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Simulation, type ModelParams } from "../../src/model";
import { simulateReference } from "../../src/model/kernels/reference";
import { buildSchedule } from "../../src/model/schedule";
import { weightedCount, weightedShare } from "../../src/model/divisions";
import { LOYAL_FATE } from "../../src/model";
import { deterministic, scenario } from "./kernels/scenarioArbitrary";

function directFates(params: ModelParams, seed: number): Int32Array {
  const sim = new Simulation(params, seed);
  const { population, graph } = sim;
  const n = params.size;
  const { scope, local, globalWeight } = params.observation;
  const h = params.observation.homophily ?? 0;
  const k = params.observation.countThreshold ?? 0;
  const group = population.subgroup;
  const schedule = buildSchedule(params);
  const fate = new Int32Array(n).fill(LOYAL_FATE);
  for (const i of population.initialDefectors) if (i >= 0 && i < n) fate[i] = 0;
  const own = (i: number) => (population.family[i] ? population.thresholds[i] + params.deterrence.reprisal : population.thresholds[i]);
  const usesUnits = scope === "unit" || (scope === "mix" && local === "unit");
  /** [share, count] over the soldiers `observed` lists, seen by soldier i. */
  const seen = (i: number, observed: Iterable<number>): [number, number] => {
    let same = 0, other = 0, sameN = 0, otherN = 0;
    for (const j of observed) {
      const defected = fate[j] >= 0 ? 1 : 0; // (a tie to a slot beyond the army, left by dropping a mobilisation, is to no defector)
      if (group[j] === group[i]) (sameN++, (same += defected));
      else (otherN++, (other += defected));
    }
    return [weightedShare(same, other, sameN, otherN, h), weightedCount(same, other, h)];
  };
  function* army() {
    for (let j = 0; j < n; j++) yield j;
  }
  function* locals(i: number) {
    if (usesUnits) {
      const u = Math.floor(i / params.unitSize);
      for (let j = u * params.unitSize; j < Math.min(n, (u + 1) * params.unitSize); j++) if (j !== i) yield j;
    } else for (let e = graph!.offsets[i]; e < graph!.offsets[i + 1]; e++) yield graph!.neighbours[e];
  }
  for (let d = 1; d <= params.days; d++) {
    if (!schedule.offerOpen[d]) continue;
    const today: number[] = [];
    for (let i = 0; i < n; i++) {
      if (fate[i] !== LOYAL_FATE || !population.eligible[i]) continue;
      let signal: number, count: number;
      if (scope === "global") [signal, count] = seen(i, army());
      else {
        const [localShare, localCount] = seen(i, locals(i));
        count = localCount;
        signal = scope === "mix" ? globalWeight * seen(i, army())[0] + (1 - globalWeight) * (localShare === localShare ? localShare : 0) : localShare;
      }
      if (signal >= own(i) + schedule.commonShift[d] && count >= k) today.push(i);
    }
    for (const i of today) fate[i] = d;
  }
  return fate;
}

describe("homophily and count thresholds in the reference", () => {
  for (const scope of ["global", "unit", "network", "mix"] as const) {
    it(`match a direct count of each soldier's observed defectors by group, observed by ${scope}`, () => {
      const scenarios = deterministic(scenario({ scope, divisions: "any", maxSize: 80, maxDays: 30 })).map((p) => ({
        ...p,
        events: p.events.filter((e) => e.kind !== "mobilisation"),
        observation: { ...p.observation, homophily: p.size % 3 === 0 ? 1 : p.observation.homophily || 0.5 },
      }));
      fc.assert(
        fc.property(scenarios, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
          expect(Array.from(simulateReference(params, seed).fate)).toEqual(Array.from(directFates(params, seed)));
        }),
        { numRuns: 150 },
      );
    });
  }
});
