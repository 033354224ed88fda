import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sortByKey } from "../../../../src/model/kernels/structures/sortByKey";

describe("sortByKey", () => {
  it("sorts ids by key, keeping every id once, for lumpy keys with many ties", () => {
    const key = fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: -2, max: 3, noNaN: true }), fc.integer({ min: 0, max: 10 }).map((k) => k / 10));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 400 }), (values) => {
        const keyOf = Float64Array.from(values);
        const ids = Int32Array.from(values.keys());
        const keys = sortByKey(ids, keyOf);
        expect(Array.from(ids).sort((a, b) => a - b)).toEqual(values.map((_, i) => i));
        for (let k = 0; k < ids.length; k++) expect(keys[k]).toBe(keyOf[ids[k]]);
        for (let k = 1; k < keys.length; k++) expect(keys[k - 1]).toBeLessThanOrEqual(keys[k]);
      }),
      { numRuns: 300 },
    );
  });

  it("sorts a subset of ids and infinite keys", () => {
    const keyOf = Float64Array.from([5, Infinity, -Infinity, 0, 2, 2]);
    const ids = Int32Array.from([0, 1, 2, 4, 5]);
    expect(Array.from(sortByKey(ids, keyOf))).toEqual([-Infinity, 2, 2, 5, Infinity]);
    expect(ids[0]).toBe(2);
    expect(ids[4]).toBe(1);
  });
});
