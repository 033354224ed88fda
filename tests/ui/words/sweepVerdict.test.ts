import { describe, expect, it } from "vitest";
import { sweepVerdict } from "../../../src/ui/words/sweepVerdict";

const cell = (values: number[], p: number) => ({ values, cascadeProbability: p, finalShareMean: p });

describe("sweepVerdict", () => {
  it("says where a one-parameter sweep's cascade chance crosses one half", () => {
    const cells = [cell([0.1], 0.65), cell([0.06], 0.1), cell([0.08], 0.3)];
    expect(sweepVerdict(["offer.attractiveness"], cells, 3)).toBe("As offer attractiveness goes from 0.06 to 0.1, the cascade chance rises past 50% between 0.08 (30%) and 0.1 (65%).");
  });
  it("says when it stays on one side, and how far the sweep has got", () => {
    expect(sweepVerdict(["offer.attractiveness"], [cell([0.1], 0.05), cell([0.2], 0.2)], 5)).toBe("Over offer attractiveness 0.1 to 0.2, a cascade is less likely than not throughout (chance 5% to 20%) (2 of 5 cells so far).");
  });
  it("says a chance that is the same everywhere once", () => {
    expect(sweepVerdict(["offer.attractiveness"], [cell([0], 0), cell([0.8], 0)], 2)).toBe("Over offer attractiveness 0 to 0.8, a cascade is less likely than not throughout (chance 0% in every cell).");
  });
  it("counts likely cells of a two-parameter sweep and names the extremes", () => {
    const cells = [cell([0.1, 2], 0.9), cell([0.1, 4], 0.4), cell([0.2, 2], 0.6), cell([0.2, 4], 0)];
    expect(sweepVerdict(["thresholds.mean", "network.meanDegree"], cells, 4)).toBe("A cascade is more likely than not in 2 of 4 cells; the chance is highest (90%) at threshold mean 0.1 and mean degree 2 and lowest (0%) at threshold mean 0.2 and mean degree 4.");
  });
  it("has nothing to say before a cell is done", () => expect(sweepVerdict(["seed"], [], 4)).toBeNull());
});
