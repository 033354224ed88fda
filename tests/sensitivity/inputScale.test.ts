import { describe, expect, it } from "vitest";
import { inputValue, type SensitivityInput } from "../../src/sensitivity/inputScale";

const input = (over: Partial<SensitivityInput>): SensitivityInput => ({ path: "x", low: 0, high: 1, scale: "uniform", integer: false, ...over });

describe("inputValue", () => {
  it("maps [0, 1] linearly onto a uniform range, without floating dust", () => {
    expect([0, 0.25, 0.5, 1].map((u) => inputValue(input({ low: 0.1, high: 0.3 }), u))).toEqual([0.1, 0.15, 0.2, 0.3]);
  });

  it("maps [0, 1] evenly by ratio onto a log-uniform range", () => {
    expect([0, 0.5, 1].map((u) => inputValue(input({ low: 0.0001, high: 0.01, scale: "log-uniform" }), u))).toEqual([0.0001, 0.001, 0.01]);
  });

  it("rounds whole-number parameters and stays inside the range", () => {
    expect([0, 0.49, 0.51, 1].map((u) => inputValue(input({ low: 7, high: 28, integer: true }), u))).toEqual([7, 17, 18, 28]);
  });
});
