import { describe, expect, it } from "vitest";
import { DueDays, NONE } from "../../../../src/model/kernels/structures/dueDays";
import { RunScratch } from "../../../../src/model/kernels/state/scratch";

function listOf(due: DueDays, d: number): number[] {
  const out: number[] = [];
  for (let i = due.take(d); i !== NONE; i = due.next[i]) out.push(i);
  return out;
}

describe("soldiers filed under the day something happens to them", () => {
  it("gives each day its soldiers once, and the next day with anyone due", () => {
    const due = new DueDays(new RunScratch(), 10, 6);
    due.file(0, 3);
    due.file(4, 3);
    due.file(2, 7);
    expect(due.pending).toBe(3);
    expect(due.nextDayAfter(0)).toBe(3);
    expect(due.nextDayAfter(3)).toBe(7);
    expect(listOf(due, 3).sort()).toEqual([0, 4]);
    expect(listOf(due, 3)).toEqual([]);
    expect(due.pending).toBe(1);
    expect(due.nextDayAfter(0)).toBe(7);
    expect(listOf(due, 7)).toEqual([2]);
    expect(due.nextDayAfter(0)).toBe(Infinity);
  });

  it("takes a soldier again once he is filed again (after his day was taken)", () => {
    const due = new DueDays(new RunScratch(), 5, 3);
    due.file(1, 2);
    expect(listOf(due, 2)).toEqual([1]);
    due.file(1, 5);
    expect(due.nextDayAfter(2)).toBe(5);
    expect(listOf(due, 5)).toEqual([1]);
  });
});
