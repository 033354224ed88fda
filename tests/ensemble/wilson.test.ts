/** Wilson intervals against published values. */
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../src/ensemble/wilson";

describe("Wilson interval", () => {
  it("matches published values", () => {
    // R: binom::binom.wilson(5, 10) gives 0.2365931 to 0.7634069; (0, 20) gives 0 to 0.1611252.
    const half = wilsonInterval(5, 10);
    expect(half.low).toBeCloseTo(0.2365931, 6);
    expect(half.high).toBeCloseTo(0.7634069, 6);
    const none = wilsonInterval(0, 20);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.1611252, 6);
    expect(wilsonInterval(20, 20).high).toBe(1);
  });
});
