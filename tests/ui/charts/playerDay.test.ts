// @vitest-environment jsdom
/**
 * The player's day on the run's charts: each draws the run up to that day only, on the axes of the
 * whole run; the cascade chart draws earlier runs faintly and takes locked axis tops.
 */
import { describe, expect, it } from "vitest";
import { armyCells } from "../../../src/ui/charts/armyCells";
import { bandwagonChart } from "../../../src/ui/charts/bandwagonChart";
import { cascadeChart } from "../../../src/ui/charts/cascadeChart";
import { dailyChart } from "../../../src/ui/charts/dailyChart";
import { awarenessChart } from "../../../src/ui/charts/awarenessChart";
import { shownDay, type ChartData } from "../../../src/ui/charts/chartData";
import { COLOURS, rgbOf } from "../../../src/ui/charts/palette";
import { packRgb } from "../../../src/ui/charts/armyCells";
import { CAUGHT_BASE } from "../../../src/model/result";
import { deadlineScenario } from "./runData";

const draw = (chart: { render(c: HTMLElement, d: ChartData): void }, data: ChartData) => {
  const container = document.createElement("div");
  document.body.appendChild(container);
  chart.render(container, data);
  return container;
};
const attr = (root: HTMLElement, selector: string, name: string) => root.querySelector(selector)?.getAttribute(name) ?? null;
const xTicks = (root: HTMLElement) => [...root.querySelectorAll(".axis-x .tick text")].map((t) => t.textContent);
const yTicks = (root: HTMLElement) => [...root.querySelectorAll(".axis-y .tick text")].map((t) => t.textContent);

describe("the charts at the player's day", () => {
  const data = deadlineScenario({ size: 3000 });
  const days = data.params.days;

  it("shownDay is the whole run without a day, and clamps one to 0..days", () => {
    expect(shownDay(data)).toBe(days);
    expect(shownDay({ ...data, day: 40 })).toBe(40);
    expect(shownDay({ ...data, day: -3 })).toBe(0);
    expect(shownDay({ ...data, day: days + 50 })).toBe(days);
  });

  it("the cascade curve, the daily bars, awareness and the bandwagon path stop at the day; the axes stay the whole run's", () => {
    const whole = { cascade: draw(cascadeChart, data), daily: draw(dailyChart, data) };
    const at = { cascade: draw(cascadeChart, { ...data, day: 40 }), daily: draw(dailyChart, { ...data, day: 40 }), aware: draw(awarenessChart, { ...data, day: 40 }), bandwagon: draw(bandwagonChart, { ...data, day: 40 }) };
    expect(attr(whole.cascade, "path.series-defected", "data-points")).toBe(String(days + 1));
    expect(attr(at.cascade, "path.series-defected", "data-points")).toBe("41");
    expect(attr(at.cascade, "path.series-caught", "data-points")).toBe("41");
    expect(attr(at.aware, "path.series-aware", "data-points")).toBe("41");
    expect(attr(at.daily, "path.series-new-defected", "data-points")).toBe("40");
    expect(at.cascade.querySelector("g.now text")?.textContent).toMatch(/^day 40: \d+\.\d%$/);
    expect(whole.cascade.querySelector("g.now")).toBeNull();
    expect(xTicks(at.cascade)).toEqual(xTicks(whole.cascade));
    expect(yTicks(at.cascade)).toEqual(yTicks(whole.cascade));
    expect(yTicks(at.daily)).toEqual(yTicks(whole.daily));
    expect(attr(at.bandwagon, "path.cobweb", "data-day")).toBe("40");
    // One step a day at most (a day that moves nothing, or less than a quarter pixel, joins the next), ending at day 40's share.
    const cobweb = attr(at.bandwagon, "path.cobweb", "d")!;
    const steps = cobweb.match(/V/g)!.length;
    expect(steps).toBeGreaterThanOrEqual(1);
    expect(steps).toBeLessThanOrEqual(40);
    const side = Number(attr(at.bandwagon, "line.diagonal", "x2"));
    const share40 = data.series.defected[40] / data.series.army[40];
    expect(Number(cobweb.split("H").at(-1)) / side).toBeCloseTo(share40, 4);
  });

  it("the army grid draws a soldier who defects or is caught after the day as loyal, on the whole run's colour scale", () => {
    const fate = Int32Array.from([5, 50, -1, CAUGHT_BASE - 10, CAUGHT_BASE - 60]);
    const whole = armyCells(fate, 5, 1, 100);
    const at = armyCells(fate, 5, 1, 100, undefined, 20);
    const loyal = packRgb(...rgbOf(COLOURS.loyal));
    const caught = packRgb(...rgbOf(COLOURS.caught));
    expect(at.colours[0]).toBe(whole.colours[0]);
    expect([at.colours[1], at.colours[2], at.colours[3], at.colours[4]]).toEqual([loyal, loyal, caught, loyal]);
    expect([at.firstDay, at.lastDay]).toEqual([whole.firstDay, whole.lastDay]);
    // Slots of soldiers not yet mobilised by the day are blank.
    expect(armyCells(fate, 5, 1, 100, undefined, 20, 3).colours[3]).toBe(packRgb(...rgbOf(COLOURS.background)));
    const groups = armyCells(fate, 5, 1, 100, 2, 20);
    expect(groups.mode).toBe("group");
    // Two cells of 3 and 2 soldiers: day 5 counts, day 50 not yet; caught on day 10 counts, on day 60 not yet.
    expect(Array.from(groups.defected)).toEqual([1, 0]);
    expect(Array.from(groups.caught)).toEqual([0, 1]);
  });

  it("draws up to three earlier runs faintly, older fainter, and a locked share axis", () => {
    const ghosts = [0.05, 0.1, 0.2].map((a) => deadlineScenario({ size: 3000, offer: { ...data.params.offer, attractiveness: a } })).map((g) => {
      const out = new Float64Array(g.series.defected.length);
      g.series.defected.forEach((v, d) => (out[d] = v / g.series.army[d]));
      return out;
    });
    const root = draw(cascadeChart, { ...data, ghosts, axes: { share: 1, daily: 500 } });
    const paths = [...root.querySelectorAll("g.ghosts path.ghost")];
    expect(paths.length).toBe(3);
    const opacities = paths.map((p) => Number(p.getAttribute("stroke-opacity")));
    expect(opacities[0]).toBeLessThan(opacities[1]);
    expect(opacities[1]).toBeLessThan(opacities[2]);
    expect(yTicks(root).at(-1)).toBe("100%");
    expect(root.textContent).toContain("previous 3 runs");
    const daily = draw(dailyChart, { ...data, axes: { share: 1, daily: 500 } });
    expect(yTicks(daily).at(-1)).toBe("500");
  });
});
