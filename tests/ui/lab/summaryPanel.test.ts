// @vitest-environment jsdom
/** The lab's summary cards on real runs: the evasion, capture and unit-surrender readouts appear only where they can happen. */
import { describe, expect, it } from "vitest";
import { behaviourOff, foundationParams, leadersOff, simulate } from "../../../src/model/index";
import type { ModelParams } from "../../../src/model/params";
import { canEvade, renderSummary, summaryUpTo } from "../../../src/ui/lab/summaryPanel";

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

const outputOf = (params: ModelParams) => {
  const run = simulate(params, 4);
  return { runId: 1, params, series: run.series, summary: run.summary, fate: run.fate, thresholds: run.thresholds, elapsedMs: 1, phases: { setupMs: 0, stepMs: 1, resultMs: 0 } };
};
function summaryOf(params: ModelParams, day: number | null = null): HTMLElement {
  const root = document.createElement("div");
  renderSummary(root, outputOf(params), day);
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

  describe("while the cascade is played", () => {
    const params = army(0.2);
    const output = outputOf(params);
    const { series, summary } = output;
    const share = (d: number) => series.defected[d] / series.army[d];

    it("the readouts up to a day are those of the run's series up to that day", () => {
      expect(summary.dayPast10).not.toBeNull();
      const before = summary.dayPast10! - 1;
      const early = summaryUpTo(output, before);
      expect(early.finalShare).toBe(share(before));
      expect(early.finalDefected).toBe(series.defected[before]);
      expect(early.finalCaught).toBe(series.caught[before]);
      expect(early.finalEvaded).toBe(series.evaded[before]);
      expect(early.dayPast10).toBeNull();
      expect(early.peakDay === null || early.peakDay <= before).toBe(true);
      const later = summaryUpTo(output, summary.dayPast10!);
      expect(later.dayPast10).toBe(summary.dayPast10);
      // Peak so far: never above the whole run's, and the same once the run's peak day is reached.
      expect(early.peakDailyRate).toBeLessThanOrEqual(summary.peakDailyRate);
      expect(summaryUpTo(output, summary.peakDay!).peakDailyRate).toBe(summary.peakDailyRate);
      // The last day, or none, is the whole run itself.
      expect(summaryUpTo(output, summary.days)).toBe(summary);
      expect(summaryUpTo(output, null)).toBe(summary);
    });

    it("shows the day's figures and says so; the cascade verdict stays the whole run's; at the end, the whole run again", () => {
      const before = summary.dayPast10! - 1;
      const root = summaryOf(params, before);
      expect(root.dataset.day).toBe(String(before));
      expect(card(root, "final-share")).toContain(`(${series.defected[before].toLocaleString("en-US")} soldiers)`);
      expect(card(root, "past-10")).toBe("not yet");
      expect(card(root, "caught")).toBe(series.caught[before].toLocaleString("en-US"));
      expect(root.querySelector('dd[data-key="final-share"]')!.previousElementSibling!.textContent).toBe(`Defected share by day ${before}`);
      expect(root.querySelector('dd[data-key="cascade"]')!.previousElementSibling!.textContent).toBe("Cascade at the end");
      expect(card(root, "cascade")).toMatch(summary.cascade ? /^yes/ : /^no/);
      const end = summaryOf(params, summary.days);
      expect(end.dataset.day).toBe("whole");
      expect(card(end, "final-share")).toContain(`(${summary.finalDefected.toLocaleString("en-US")} soldiers)`);
      expect(end.textContent).not.toContain("by day");
    });
  });
});
