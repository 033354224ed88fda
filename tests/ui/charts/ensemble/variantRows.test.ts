import { describe, expect, it } from "vitest";
import { rowLayout, rowScale, rowsHeight, splitInTwo, twoLines } from "../../../../src/ui/charts/ensemble/variantRows";
import type { VariantView } from "../../../../src/ui/charts/ensemble/ensembleViewTypes";
import { textWidth } from "../../../../src/ui/charts/textLayout";

const LONG = "Offer closes: day 100; Offer attractiveness: 0.2";
const named = (...names: string[]) => names.map((name, index) => ({ index, name }) as VariantView);

describe("variant names in the per-variant charts", () => {
  it("splits a name where its wider line is narrowest", () => {
    expect(splitInTwo(LONG)).toEqual(["Offer closes: day 100;", "Offer attractiveness: 0.2"]);
    expect(splitInTwo("baseline")).toEqual(["baseline"]);
  });

  it("keeps a name whole on two lines when it fits, and cuts it with an ellipsis only when it cannot", () => {
    expect(twoLines("weak", 100)).toEqual(["weak"]);
    expect(twoLines(LONG, 200)).toEqual(["Offer closes: day 100;", "Offer attractiveness: 0.2"]);
    const cut = twoLines(`${LONG}; Offer opens: day 20; Army size: 2,000 soldiers; Seed: 7`, 200);
    expect(cut).toHaveLength(2);
    expect(cut[1].endsWith("…")).toBe(true);
    for (const line of cut) expect(textWidth(line)).toBeLessThanOrEqual(200);
  });

  it("short names keep the default column (a third of the chart)", () => {
    const layout = rowLayout(named("weak", "strong"), 660);
    expect(layout).toMatchObject({ left: 220, above: false, labelSpace: 0 });
    expect([...layout.lines.values()]).toEqual([["weak"], ["strong"]]);
  });

  it("a wide chart widens the names' column for a long name and wraps it to two whole lines", () => {
    const layout = rowLayout(named("asylum-offer-deadline", LONG), 440);
    expect(layout.above).toBe(false);
    expect(layout.left).toBeGreaterThan(Math.round(440 / 3));
    expect(layout.left).toBeLessThanOrEqual(220);
    expect(layout.lines.get(1)).toEqual(["Offer closes: day 100;", "Offer attractiveness: 0.2"]);
  });

  it("a phone-wide chart puts long names above their rows, across the chart, with room for them", () => {
    const layout = rowLayout(named("asylum-offer-deadline", LONG), 350);
    expect(layout.above).toBe(true);
    expect(layout.left).toBeLessThan(40);
    expect(layout.lines.get(1)!.join(" ")).toBe(LONG);
    const height = rowsHeight(2, layout);
    const y = rowScale(named("a", "b"), height, layout);
    // Each row's band has its name's space above it, and the first name starts inside the plot.
    expect(y(0)!).toBeGreaterThanOrEqual(layout.labelSpace);
    expect(y(1)! - (y(0)! + y.bandwidth())).toBeGreaterThanOrEqual(layout.labelSpace);
    expect(y(1)! + y.bandwidth()).toBeLessThanOrEqual(height);
  });
});
