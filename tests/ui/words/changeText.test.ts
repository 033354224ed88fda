import { describe, expect, it } from "vitest";
import { changeFromText, changeText, settingLabel } from "../../../src/ui/words/changeText";

describe("changeText", () => {
  it("names settings as their controls do, with units in words", () => {
    expect(changeText("offer.windows.0.close", 100)).toBe("Offer closes: day 100");
    expect(changeText("offer.windows.0.close", null)).toBe("Offer closes: never");
    expect(changeText("ineligibleShare", 0.2)).toBe("Ineligible: 20%");
    expect(changeText("army.size", 20000)).toBe("Army size: 20,000 soldiers");
    expect(changeText("deterrence.punishmentDays", 30)).toBe("Punishment memory: 30 days");
    expect(changeText("network.type", "small-world")).toBe("Network: small-world");
    expect(changeText("offer.attractiveness", 0.30000000000000004)).toBe("Offer attractiveness: 0.3");
  });
  it("says which window or event an indexed setting belongs to", () => {
    expect(settingLabel("offer.windows.1.open")).toBe("Window 2: offer opens");
    expect(settingLabel("events.0.day")).toMatch(/^Event 1: /);
    expect(settingLabel("no.such.path")).toBe("no.such.path");
  });
  it("says what it was instead", () => expect(changeFromText("offer.windows.0.close", 70, 100)).toBe("Offer closes: day 100 instead of day 70"));
});
