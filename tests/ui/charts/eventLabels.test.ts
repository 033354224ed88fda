import { describe, expect, it } from "vitest";
import { scaleLinear } from "d3";
import { EVENT_TAGS, MAX_ROWS, eventLabelLayout, eventLegend, type EventLabelLayout } from "../../../src/ui/charts/eventLabels";
import { eventMarks, type EventMark } from "../../../src/ui/charts/timeline";
import { SHIPPED } from "../../../src/ui/shippedScenarios";
import { toModelParams } from "../../../src/scenario/index";

/** About the cascade chart's plot on a 390-px phone and at 1280x800. */
const PHONE = 290;
const DESKTOP = 815;

const params = (id: string) => toModelParams(SHIPPED.get(id)!);
const scale = (days: number, width: number) => scaleLinear().domain([0, days]).range([0, width]);

/** Pairs of labels in one row whose text overlaps. */
function overlaps(layout: EventLabelLayout): string[] {
  const found: string[] = [];
  layout.labels.forEach((a, i) =>
    layout.labels.slice(i + 1).forEach((b) => {
      if (a.row === b.row && a.left < b.right && b.left < a.right) found.push(`${a.text}@${a.mark.day} / ${b.text}@${b.mark.day}`);
    }),
  );
  return found;
}

describe("event labels", () => {
  it("hessians-1776's five mobilisations: names in one row at 1280, tags in one row with a legend entry on a phone", () => {
    const p = params("hessians-1776");
    const marks = eventMarks(p);
    expect(marks.map((m) => m.kind)).toEqual(Array(5).fill("mobilisation"));
    const wide = eventLabelLayout(marks, scale(p.days, DESKTOP));
    expect(wide).toMatchObject({ tagged: false, rows: 1 });
    expect(wide.labels.map((l) => l.text)).toEqual(Array(5).fill("mobilisation"));
    expect(eventLegend(p, scale(p.days, DESKTOP))).toEqual([]);

    const narrow = eventLabelLayout(marks, scale(p.days, PHONE));
    // The names would stack into three rows there.
    expect(narrow).toMatchObject({ tagged: true, rows: 1 });
    expect(narrow.labels.map((l) => l.text)).toEqual(Array(5).fill("M"));
    expect(overlaps(narrow)).toEqual([]);
    expect(eventLegend(p, scale(p.days, PHONE))).toEqual([{ label: "mobilisation", colour: expect.any(String), mark: "event", tag: "M" }]);
  });

  it("names every kind a tagged chart shows, once each, in the order they first happen", () => {
    const p = params("chieu-hoi");
    const legend = eventLegend(p, scale(p.days, PHONE));
    expect(legend.map((e) => `${e.tag} ${e.label}`)).toEqual(["S setback", "M mobilisation", "L leaflets"]);
    const layout = eventLabelLayout(eventMarks(p), scale(p.days, PHONE));
    expect(layout.tagged).toBe(true);
    expect(overlaps(layout)).toEqual([]);
    expect(new Set(Object.values(EVENT_TAGS)).size).toBe(Object.keys(EVENT_TAGS).length);
  });

  it("keeps names when they fit in two rows (gulf-war-1991 at 1280)", () => {
    const p = params("gulf-war-1991");
    const layout = eventLabelLayout(eventMarks(p), scale(p.days, DESKTOP));
    expect(layout.tagged).toBe(false);
    expect(layout.rows).toBeLessThanOrEqual(MAX_ROWS);
    expect(overlaps(layout)).toEqual([]);
  });

  it("gives a row by where a label is drawn: labels turned left of their rule at the right end do not overlap the one before", () => {
    const mark = (day: number): EventMark => ({ day, kind: "setback", label: "setback", detail: "" });
    // On 0..100 over 300 px the name at day 85 does not fit right of its rule and turns left, onto the
    // name at day 60: placed by its rule alone it would share that name's row.
    const layout = eventLabelLayout([mark(60), mark(85)], scale(100, 300));
    expect(layout.labels.map((l) => l.anchor)).toEqual(["start", "end"]);
    expect(layout.labels.map((l) => l.row)).toEqual([0, 1]);
    expect(overlaps(layout)).toEqual([]);
    for (const l of layout.labels) expect(l.right).toBeLessThanOrEqual(300);
  });
});
