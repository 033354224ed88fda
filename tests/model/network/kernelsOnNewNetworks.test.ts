/**
 * The new graphs are only inputs: the fast Watts kernel and the event-driven kernel give exactly the
 * reference's numbers on them (every series column, every soldier's fate), on armies large enough
 * for hubs, triangles and real cascades, with shared thresholds that make exact ties common.
 */
import { describe, expect, it } from "vitest";
import { SERIES_COLUMNS, foundationParams, type NetworkSpec, type RunResult } from "../../../src/model";
import { simulateReference } from "../../../src/model/kernels/reference";
import { NetworkCascadeSimulation } from "../../../src/model/kernels/deterministic/networkCascadeSimulation";
import { EventDrivenSimulation } from "../../../src/model/kernels/eventDriven/eventDrivenSimulation";

function expectSameRun(fast: RunResult, reference: RunResult): void {
  for (const column of SERIES_COLUMNS) expect(Array.from(fast.series[column]), column).toEqual(Array.from(reference.series[column]));
  expect(Array.from(fast.fate)).toEqual(Array.from(reference.fate));
  expect(fast.summary).toEqual(reference.summary);
}

const networks: NetworkSpec[] = [
  { kind: "scale-free", meanDegree: 3, exponent: 2.5, maxDegree: 200 },
  { kind: "scale-free", meanDegree: 6, exponent: 2.1, maxDegree: 1000 },
  { kind: "preferential-attachment", tiesPerSoldier: 2 },
  { kind: "regular-ring", degree: 6, rewire: 0.05 },
  { kind: "clustered", meanDegree: 4, clustering: 1 / 3 },
  { kind: "clustered", meanDegree: 4.5, clustering: 0.1 },
];

describe("kernels on scale-free, preferential-attachment and clustered graphs", () => {
  for (const network of networks) {
    for (const threshold of [0.18, 0.25, 0.5]) {
      it(`${JSON.stringify(network)}, threshold ${threshold}: Watts kernel and event-driven kernel equal the reference`, () => {
        for (const seed of [1, 2, 3]) {
          const params = foundationParams({
            size: 3000,
            days: 60,
            observation: { scope: "network", globalWeight: 0.5, local: "network" },
            network,
            thresholds: { kind: "uniform", min: threshold, max: threshold },
            initialDefectors: { kind: "count", count: 20 },
          });
          expect(NetworkCascadeSimulation.applies(params)).toBe(true);
          const reference = simulateReference(params, seed);
          expectSameRun(new NetworkCascadeSimulation(params, seed).result(), reference);
          expectSameRun(new EventDrivenSimulation(params, seed).result(), reference);
        }
      });
    }
  }

  it("some of these runs cascade and some do not (the test is not vacuous)", () => {
    const finals = networks.map((network) =>
      simulateReference(
        foundationParams({ size: 3000, days: 60, observation: { scope: "network", globalWeight: 0.5, local: "network" }, network, thresholds: { kind: "uniform", min: 0.18, max: 0.18 }, initialDefectors: { kind: "count", count: 20 } }),
        1,
      ).summary.finalShare,
    );
    expect(Math.max(...finals)).toBeGreaterThan(0.5);
    expect(Math.min(...finals)).toBeLessThan(0.1);
  });
});
