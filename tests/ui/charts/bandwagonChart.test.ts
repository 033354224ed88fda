import { describe, expect, it } from "vitest";
import { bandwagonSubtitle } from "../../../src/ui/charts/bandwagonChart";
import { granovetter } from "./runData";

describe("bandwagonSubtitle", () => {
  it("states what the diagram assumes", () => {
    const text = bandwagonSubtitle(granovetter());
    expect(text).toContain("attractiveness (0.00)");
    expect(text).toMatch(/everyone is aware/);
    expect(text).toMatch(/left out/);
  });
});
