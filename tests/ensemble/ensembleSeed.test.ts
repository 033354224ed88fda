/** Run seeds of an ensemble, with and without common random numbers. */
import { describe, expect, it } from "vitest";
import { ensembleSeed } from "../../src/ensemble/ensembleSeed";

describe("ensemble seeds", () => {
  it("share seeds across variants with common random numbers, and not without", () => {
    expect(ensembleSeed(10, 0, 3, 100, true)).toBe(13);
    expect(ensembleSeed(10, 2, 3, 100, true)).toBe(13);
    expect(ensembleSeed(10, 0, 3, 100, false)).toBe(13);
    expect(ensembleSeed(10, 2, 3, 100, false)).toBe(213);
  });
});
