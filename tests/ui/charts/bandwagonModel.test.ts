import { describe, expect, it } from "vitest";
import { bandwagonModel, cobwebPath, groupEquilibria, offerThresholds } from "../../../src/ui/charts/bandwagonModel";
import { granovetter } from "./runData";

describe("groupEquilibria", () => {
  it("merges equilibria within the tolerance and takes the stability of the highest", () => {
    const marks = groupEquilibria(
      [
        { share: 0.1, count: 10, stable: false },
        { share: 0.105, count: 11, stable: true },
        { share: 0.11, count: 12, stable: false },
        { share: 0.6, count: 60, stable: true },
      ],
      0.01,
    );
    expect(marks).toEqual([
      { share: 0.1, last: 0.11, members: 3, stable: false },
      { share: 0.6, last: 0.6, members: 1, stable: true },
    ]);
  });
  it("keeps every equilibrium with tolerance below the grid", () => {
    expect(groupEquilibria([{ share: 0, count: 0, stable: true }, { share: 0.01, count: 1, stable: false }], 0)).toHaveLength(2);
  });
});

describe("bandwagonModel", () => {
  it("Granovetter's 0..99: the only equilibrium is everyone, reached from 0", () => {
    const model = bandwagonModel(granovetter());
    expect(model.equilibria).toEqual([{ share: 1, last: 1, members: 1, stable: true }]);
    expect(model.settles).toBe(1);
    expect(model.finalShare).toBe(1);
  });
  it("Granovetter perturbed (1/100 -> 2/100): stops at 1 soldier, an equilibrium at 1% that one more defector would tip", () => {
    const values = Array.from({ length: 100 }, (_, i) => (i === 1 ? 0.02 : i / 100));
    const data = granovetter({ thresholds: { kind: "list", values } });
    const model = bandwagonModel(data, 0);
    expect(model.settles).toBe(0.01);
    expect(model.finalShare).toBe(0.01);
    expect(model.equilibria[0]).toMatchObject({ share: 0.01, stable: false });
  });
  it("uses the thresholds the offer leaves: base thresholds of the initial army minus attractiveness", () => {
    const data = granovetter();
    data.params = { ...data.params, offer: { ...data.params.offer, attractiveness: 0.25 } };
    const t = offerThresholds(data);
    expect(t.length).toBe(100);
    expect(t[30]).toBeCloseTo(0.05, 12);
    expect(bandwagonModel(data).bandwagon.share(0)).toBeCloseTo(0.26, 12);
  });
  it("a new run with the same base thresholds reuses their sort, with exactly the array a fresh sort gives", () => {
    // Random thresholds (ties and values that round on subtraction included), a run at attractiveness 0.1, then new runs (new arrays) at other values.
    const values = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? 0.3 : Math.abs(Math.sin(i * 12.9898)) * 1.3 - 0.1));
    const run = (attractiveness: number, thresholds = values) => {
      const data = granovetter({ thresholds: { kind: "list", values: thresholds } });
      data.thresholds = Float64Array.from(thresholds);
      data.params = { ...data.params, size: thresholds.length, offer: { ...data.params.offer, attractiveness } };
      return data;
    };
    for (const a of [0.1, 0.13, 0.27, 0.1]) {
      const data = run(a);
      expect(Array.from(bandwagonModel(data).bandwagon.sorted)).toEqual(Array.from(offerThresholds(data).sort()));
    }
    // One soldier's threshold changed: sorted afresh, not served the kept sort.
    const changed = values.map((v, i) => (i === 3 ? 2 : v));
    const data = run(0.13, changed);
    expect(Array.from(bandwagonModel(data).bandwagon.sorted)).toEqual(Array.from(offerThresholds(data).sort()));
    expect(bandwagonModel(data).bandwagon.sorted.at(-1)).toBeCloseTo(2 - 0.13, 12);
  });
  it("returns the same model for describe and render of one run", () => {
    const data = granovetter();
    expect(bandwagonModel(data)).toBe(bandwagonModel(data));
  });
});

describe("cobwebPath", () => {
  it("steps up to the next day's share, then across to the diagonal", () => {
    expect(cobwebPath([0, 0.5, 1], (v) => v * 100, (v) => 100 - v * 100)).toBe("M0,100V50H50V0H100");
    expect(cobwebPath([], (v) => v, (v) => v)).toBe("");
  });

  it("leaves out days that move nothing, and steps under minStep pixels, but never the last day", () => {
    const x = (v: number) => v * 100;
    const y = (v: number) => 100 - v * 100;
    expect(cobwebPath([0, 0, 0.5, 0.5, 1], x, y)).toBe("M0,100V50H50V0H100");
    expect(cobwebPath([0, 0.001, 0.002, 0.5, 0.501], x, y, 0.25)).toBe("M0,100V50H50V49.9H50.1");
    expect(cobwebPath([0, 0.001], x, y, 0.25)).toBe("M0,100V99.9H0.1");
    expect(cobwebPath([0, 1 / 3], x, y)).toBe("M0,100V66.667H33.333");
  });
});
