import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { targetCalendarOf, targetLabel, targetWhen, targetWords } from "../../src/calibration/targetWords";
import { loadScenario, parseTarget, scenarioTargets } from "../../src/scenario";

const scenario = (name: string) => loadScenario(readFileSync(join(__dirname, "../../scenarios", name), "utf8"));

describe("targets in words", () => {
  it("says days without a calendar, as before", () => {
    expect(targetWords(parseTarget("defected@day=2650:4500..6000±500"))).toBe("4,500–6,000 soldiers defected by day 2,650 (± 500)");
    expect(targetWhen({ fromDay: 0, day: 365 })).toBe("from day 0 to day 365");
    expect(targetLabel(parseTarget("defected@day=29:48..78"))).toBe("defected@day=29:48..78");
  });

  it("says the date on a calendar: the day in a short run, the month in a long one", () => {
    expect(targetWhen({ day: 29 }, { start: "1991-01-17", days: 42 })).toBe("by 15 Feb 1991");
    expect(targetWhen({ day: 2650 }, { start: "1776-08-14", days: 2650 })).toBe("by Nov 1783");
    expect(targetWhen({ fromDay: 0, day: 29 }, { start: "1991-01-17", days: 42 })).toBe("from 17 Jan 1991 to 15 Feb 1991");
  });

  it("says a year's turn as the year, and a period from one turn to the next as the year", () => {
    const calendar = { start: "1963-04-17", days: 3650 };
    // 1963-04-17 + 990 days = 1966-01-01.
    expect(targetWhen({ day: 990 }, calendar)).toBe("by 1966");
    expect(targetWhen({ fromDay: 990, day: 1355 }, calendar)).toBe("in 1966");
    expect(targetWhen({ fromDay: 990, day: 1721 }, calendar)).toBe("in 1966–1967");
    // A series of 365.25-day years drifts a day off 1 January: still the year's turn.
    expect(targetWhen({ fromDay: 1356, day: 1721 }, calendar)).toBe("in 1967");
    // Mid-year: the months.
    expect(targetWhen({ fromDay: 1096, day: 1461 }, calendar)).toBe("from Apr 1966 to Apr 1967");
  });

  it("puts the words before the code on the command line when there is a calendar", () => {
    const target = parseTarget("defected@day=2650:4500..6000±500");
    expect(targetLabel(target, { start: "1776-08-14", days: 2650 })).toBe("4,500–6,000 soldiers defected by Nov 1783 (± 500) [defected@day=2650:4500..6000±500]");
  });

  it("says every shipped historical target with a date, none with a day number", () => {
    for (const name of ["hessians-1776.json", "gulf-war-1991.json", "ukraine-hotline-2022.json", "chieu-hoi.json"]) {
      const file = scenario(name);
      const calendar = targetCalendarOf(file);
      expect(calendar, name).toBeDefined();
      for (const target of scenarioTargets(file)) expect(targetWords(target, calendar), name).not.toMatch(/\bday \d/);
    }
    expect(targetCalendarOf(scenario("kuran-bandwagon.json"))).toBeUndefined();
  });
});
