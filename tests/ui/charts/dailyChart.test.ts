import { describe, expect, it } from "vitest";
import { barsPath, dailyMax } from "../../../src/ui/charts/dailyChart";
import { granovetter } from "./runData";

describe("barsPath", () => {
  it("draws one closed bar per day with defections (1 px apart), none for empty days", () => {
    const counts = [5, 0, 3, 1];
    const d = barsPath(3, (v) => v * 10, () => 100, (day) => 100 - counts[day] * 10);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).toBe("M15.5,100h9V70h-9ZM25.5,100h9V90h-9Z");
  });
  it("dailyMax stacks caught on defected and ignores day 0", () => {
    const data = granovetter();
    expect(dailyMax(data)).toBe(1);
  });
});
