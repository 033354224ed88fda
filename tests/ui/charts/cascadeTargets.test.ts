import { describe, expect, it } from "vitest";
import { cascadePoints } from "../../../src/ui/charts/cascadeChart";
import { parseTarget } from "../../../src/scenario/target";
import { foundationParams, simulate } from "../../../src/model";

describe("historical targets on the cascade chart", () => {
  const params = foundationParams({ size: 1000, days: 50 });
  const run = simulate(params, 1);
  const data = { params, ...run };

  it("turns counts into shares of that day's army and keeps shares as they are", () => {
    const points = cascadePoints({ ...data, targets: [parseTarget("defected@day=40:100..300"), parseTarget("defected@day=10:0.5"), parseTarget("aware@day=5:0.2")] });
    expect(points.targets).toEqual([
      { day: 40, low: 0.1, high: 0.3, text: "defected@day=40:100..300" },
      { day: 10, low: 0.5, high: 0.5, text: "defected@day=10:0.5" },
    ]);
    // The share axis reaches up to the highest target.
    expect(points.yMax).toBeGreaterThanOrEqual(0.5);
  });

  it("draws nothing for targets beyond the run", () => {
    expect(cascadePoints({ ...data, targets: [parseTarget("defected@day=400:0.1")] }).targets).toEqual([]);
  });
});
