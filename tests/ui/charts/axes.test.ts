// @vitest-environment jsdom
/** The y axis's share ticks: as many decimals as the step needs, so no two ticks read the same. */
import { describe, expect, it } from "vitest";
import { scaleLinear, select } from "d3";
import { drawYAxis } from "../../../src/ui/charts/axes";

function yTicks(max: number): string[] {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const plot = select<SVGGElement, unknown>(svg.appendChild(document.createElementNS(ns, "g")));
  drawYAxis(plot, scaleLinear().domain([0, max]).range([300, 0]), 500, "share of army", "share");
  return [...svg.querySelectorAll(".axis-y .tick text")].map((t) => t.textContent ?? "");
}

describe("drawYAxis with share ticks", () => {
  it("a run under 1% (the default scenario since issue 14) gets distinct ticks with a decimal", () => {
    const ticks = yTicks(0.0093);
    expect(ticks.length).toBeGreaterThan(2);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks).toContain("0.2%");
  });
  it("a cascade to the whole army keeps whole percentages", () => {
    expect(yTicks(1)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
  });
});
