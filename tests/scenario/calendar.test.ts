/** A scenario's start date and group: checked at the boundary, with messages that say what is allowed. */
import { describe, expect, it } from "vitest";
import { validateScenario } from "../../src/scenario";
import { isCalendarDate } from "../../src/scenario/calendar";
import { issuesOf } from "./issuesOf";


describe("calendar and group", () => {
  it("accepts a dated, grouped scenario and leaves both out when absent", () => {
    const file = validateScenario({ name: "x", calendar: { start: "1776-08-14", source: "Journals of the Continental Congress" }, group: "historical" });
    expect(file.calendar).toEqual({ start: "1776-08-14", source: "Journals of the Continental Congress" });
    expect(file.group).toBe("historical");
    expect(validateScenario({ name: "x" }).calendar).toBeUndefined();
  });
  it("refuses a day that is not on the calendar, naming the field and the format", () => {
    const [issue] = issuesOf({ name: "x", calendar: { start: "1991-02-30", source: "s" } });
    expect(issue.path).toBe("calendar.start");
    expect(issue.message).toBe('"1991-02-30" is not a date: expected YYYY-MM-DD (e.g. "1776-08-14"), a real day of the years 1 to 2999');
  });
  it("refuses a start date without its source", () => {
    const [issue] = issuesOf({ name: "x", calendar: { start: "1991-01-17" } });
    expect(issue.path).toBe("calendar.source");
  });
  it("refuses an unknown group, listing the allowed ones", () => {
    const [issue] = issuesOf({ name: "x", group: "fiction" });
    expect(issue).toEqual({ path: "group", message: 'expected one of historical, classic, what-if, got "fiction"' });
  });
  it("knows leap years and early years", () => {
    expect(isCalendarDate("1776-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("0001-01-01")).toBe(true);
    expect(isCalendarDate("0000-01-01")).toBe(false);
    expect(isCalendarDate("1991-1-17")).toBe(false);
  });
});
