import { describe, expect, it } from "vitest";
import { bandwagonModel } from "../../../src/ui/charts/bandwagonModel";
import { bandwagonSubtitle, describeBandwagon, sharesPhrase } from "../../../src/ui/charts/bandwagonChart";
import { deadlineScenario, granovetter } from "./runData";

describe("bandwagonSubtitle", () => {
  it("states what the diagram assumes", () => {
    const text = bandwagonSubtitle(granovetter());
    expect(text).toContain("attractiveness (0.00)");
    expect(text).toMatch(/everyone is aware/);
    expect(text).toMatch(/left out/);
  });
});

describe("describeBandwagon", () => {
  it("words none, one and several equilibria as a sentence, never 'at none'", () => {
    expect(sharesPhrase([], "tipping point", "tipping points")).toBe("no tipping point");
    expect(sharesPhrase(["20.0%"], "tipping point", "tipping points")).toBe("a tipping point at 20.0%");
    expect(sharesPhrase(["7.6%", "100.0%"], "stable equilibrium", "stable equilibria")).toBe("stable equilibria at 7.6% and 100.0%");
    expect(sharesPhrase(["1.0%", "2.0%", "3.0%"], "tipping point", "tipping points")).toBe("tipping points at 1.0%, 2.0% and 3.0%");
  });

  it("a run without a tipping point says so in words", () => {
    const data = deadlineScenario();
    expect(bandwagonModel(data).equilibria.filter((m) => !m.stable)).toEqual([]);
    const text = describeBandwagon(data);
    expect(text).toContain("; no tipping point.");
    expect(text).not.toMatch(/at none/);
  });
});
