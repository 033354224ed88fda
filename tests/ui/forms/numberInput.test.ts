// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { describeRule, numberInput, onCommit, readNumber } from "../../../src/ui/forms/numberInput";

const type = (input: HTMLInputElement, text: string) => {
  for (let k = 1; k <= text.length; k++) {
    input.value = text.slice(0, k);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
};
const enter = (input: HTMLInputElement) => input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
const change = (input: HTMLInputElement) => input.dispatchEvent(new Event("change", { bubbles: true }));

describe("readNumber", () => {
  const size = { min: 1, max: 10_000_000, integer: true, unit: "soldiers" };
  it("takes a number in range, refuses the rest naming the value and the range", () => {
    expect(readNumber(" 2000 ", size)).toBe(2000);
    expect(readNumber("1e99", size)).toEqual({ problem: "1e+99 is not allowed: expected a whole number from 1 to 10,000,000 (soldiers)" });
    expect(readNumber("3.7", size)).toEqual({ problem: "3.7 is not allowed: expected a whole number from 1 to 10,000,000 (soldiers)" });
    expect(readNumber("", size)).toEqual({ problem: "(empty) is not allowed: expected a whole number from 1 to 10,000,000 (soldiers)" });
    expect(readNumber("abc", { min: 0, max: 1 })).toEqual({ problem: '"abc" is not allowed: expected a number from 0 to 1' });
    expect(readNumber("0.5", { min: 0, max: 1 })).toBe(0.5);
  });
  it("describeRule says the kind and the range", () => {
    expect(describeRule({ min: 0, max: 4294967295, integer: true })).toBe("a whole number from 0 to 4,294,967,295");
  });
});

describe("onCommit", () => {
  it("commits when the user is done (Enter, or change on leaving), once per edit, never on a keystroke", () => {
    const input = document.createElement("input");
    const commits: string[] = [];
    onCommit(input, (text) => commits.push(text));
    type(input, "1e99");
    expect(commits).toEqual([]);
    enter(input);
    change(input); // the browser's change after Enter: the same edit, not committed twice
    expect(commits).toEqual(["1e99"]);
    enter(input);
    expect(commits).toEqual(["1e99"]);
    type(input, "3000");
    change(input); // leaving the box
    expect(commits).toEqual(["1e99", "3000"]);
  });
});

describe("numberInput", () => {
  it("shows an invalid value's problem and never passes it on; a valid one clears the problem", () => {
    const input = document.body.appendChild(document.createElement("input"));
    const error = document.body.appendChild(document.createElement("p"));
    error.id = "runs-error";
    const values: number[] = [];
    const box = numberInput(input, error, { min: 1, max: 100, integer: true }, (v) => values.push(v));
    type(input, "0");
    enter(input);
    expect(values).toEqual([]);
    expect(error.hidden).toBe(false);
    expect(error.textContent).toBe("0 is not allowed: expected a whole number from 1 to 100");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    type(input, "20");
    enter(input);
    expect(values).toEqual([20]);
    expect(error.hidden).toBe(true);
    expect(box.read()).toBe(20);
  });
});
