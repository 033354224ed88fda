import { describe, expect, it } from "vitest";
import { dateOfDay, dayTextFor } from "../../../src/ui/words/dayText";

describe("dayTextFor", () => {
  it("says day N without a calendar", () => expect(dayTextFor(undefined, 120)(34)).toBe("day 34"));
  it("gives the date from the start date, across a leap day", () => {
    expect(dayTextFor("1991-01-17", 42)(0)).toBe("17 Jan 1991");
    expect(dayTextFor("1991-01-17", 42)(42)).toBe("28 Feb 1991");
    expect(dayTextFor("1776-02-28", 42)(1)).toBe("29 Feb 1776");
  });
  it("gives months for runs over two years", () => expect(dayTextFor("1776-08-14", 2650)(2650)).toBe("Nov 1783"));
  it("counts in UTC", () => expect(dateOfDay("2022-09-01", 30).toISOString()).toBe("2022-10-01T00:00:00.000Z"));
});
