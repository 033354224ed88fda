// @vitest-environment jsdom
/** The lab's summary cards on real runs: the evasion, capture and unit-surrender readouts appear only where they can happen. */
import { describe, expect, it } from "vitest";
import { behaviourOff, foundationParams, leadersOff, simulate } from "../../../src/model/index";
import type { ModelParams } from "../../../src/model/params";
import { canEvade, renderSummary } from "../../../src/ui/lab/summaryPanel";

const army = (draftEvasion: number, mobilise = true): ModelParams => ({
  ...foundationParams({
    size: 1000,
    days: 40,
    thresholds: { kind: "normal", mean: 0.2, sd: 0.1 },
    offer: { attractiveness: 0.1, windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 14 },
    events: mobilise ? [{ kind: "mobilisation", day: 10, count: 2000, thresholds: { kind: "normal", mean: 0.4, sd: 0.1 }, aware: 0.5 }] : [],
  }),
  behaviour: { ...behaviourOff(), draftEvasion },
});

function summaryOf(params: ModelParams): HTMLElement {
  const run = simulate(params, 4);
  const root = document.createElement("div");
  renderSummary(root, { runId: 1, params, series: run.series, summary: run.summary, fate: run.fate, thresholds: run.thresholds, elapsedMs: 1 });
  return root;
}
const card = (root: HTMLElement, key: string) => root.querySelector<HTMLElement>(`dd[data-key="${key}"]`)?.textContent ?? null;

describe("the run's summary", () => {
  it("with draft evasion and a mobilisation, shows the evaded and the manpower denied the run gives", () => {
    const params = army(0.2);
    const { summary } = simulate(params, 4);
    expect(summary.finalEvaded).toBeGreaterThan(0);
    const root = summaryOf(params);
    expect(card(root, "evaded")).toBe(summary.finalEvaded.toLocaleString("en-US"));
    expect(card(root, "manpower-denied")).toBe(`${summary.finalManpowerDenied.toLocaleString("en-US")} (defected, caught and evaded)`);
    expect(summary.finalManpowerDenied).toBe(summary.finalDefected + summary.finalCaught + summary.finalEvaded);
  });

  it("leaves both out where nobody can evade (evasion off, or no mobilisation to evade)", () => {
    for (const params of [army(0), army(0.2, false)]) {
      expect(canEvade(params)).toBe(false);
      const root = summaryOf(params);
      expect(card(root, "evaded")).toBeNull();
      expect(card(root, "manpower-denied")).toBeNull();
      expect(card(root, "caught")).not.toBeNull();
    }
  });

  it("with capture in combat and leaders whose units surrender, shows the captured and the units that surrendered whole", () => {
    const params: ModelParams = {
      ...army(0, false),
      unitSize: 10,
      capture: { daily: 0.01, newsReaches: false },
      leaders: { ...leadersOff(), share: 1, thresholds: { kind: "uniform", min: 0, max: 0 }, surrender: 0.5 },
    };
    const { summary } = simulate(params, 4);
    expect(summary.finalCaptured).toBeGreaterThan(0);
    expect(summary.finalUnitSurrenders).toBeGreaterThan(0);
    const root = summaryOf(params);
    expect(card(root, "captured")).toBe(`${summary.finalCaptured.toLocaleString("en-US")} (not defected)`);
    expect(card(root, "unit-surrenders")).toBe(summary.finalUnitSurrenders.toLocaleString("en-US"));
    const plain = summaryOf(army(0, false));
    expect(card(plain, "captured")).toBeNull();
    expect(card(plain, "unit-surrenders")).toBeNull();
  });
});
