/** The tally of needs counts like a plain array of counts, past 256 soldiers on one need too. */
import { describe, expect, it } from "vitest";
import { NeedTally } from "../../../../src/model/kernels/structures/needTally";

describe("NeedTally", () => {
  it("sums like plain counts after adds and removes, with needs shared by up to 1,000 soldiers", () => {
    const size = 300;
    const tally = new NeedTally(size);
    const plain = new Int32Array(size + 1);
    let s = 12345;
    const random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    for (let step = 0; step < 20_000; step++) {
      // Needs 0 and size take most adds (clipped thresholds), so they pass 256 several times.
      const r = random();
      const need = r < 0.05 ? 0 : r < 0.08 ? size : Math.floor(random() * (size + 1));
      if (plain[need] > 0 && random() < 0.3) {
        tally.remove(need);
        plain[need]--;
      } else {
        tally.add(need);
        plain[need]++;
      }
    }
    expect(plain[0]).toBeGreaterThan(256 + 128);
    for (const [from, to] of [[0, 0], [0, size], [1, size - 1], [size, size], [17, 230], [5, 4]]) {
      let expected = 0;
      for (let k = from; k <= to; k++) expected += plain[k];
      expect(tally.sum(from, to), `${from}..${to}`).toBe(expected);
    }
  });

  it("takes a need back below a multiple of 256", () => {
    const tally = new NeedTally(3);
    for (let k = 0; k < 256; k++) tally.add(2);
    expect(tally.sum(2, 2)).toBe(256);
    tally.remove(2);
    expect(tally.sum(0, 3)).toBe(255);
    tally.add(2);
    tally.add(2);
    expect(tally.sum(2, 3)).toBe(257);
  });
});
