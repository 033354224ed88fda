import { describe, expect, it } from "vitest";
import { binCounts } from "../../../../src/ui/charts/ensemble/finalShareChart";

describe("binCounts", () => {
  it("bins final shares, the top value in the last bin", () => {
    expect(binCounts([0, 0.01, 0.5, 0.99, 1], 1, 4)).toEqual([2, 0, 1, 2]);
  });
});
