import { describe, expect, it } from "vitest";
import { exactShareText, pointsText, shareText } from "../../../src/ui/words/shareText";

describe("shareText", () => {
  it("gives whole percents from 10% up and one decimal below", () => {
    expect(shareText(0.917)).toBe("92%");
    expect(shareText(0.052)).toBe("5.2%");
    expect(shareText(0.05)).toBe("5%");
    expect(shareText(0)).toBe("0%");
    expect(shareText(0.004)).toBe("0.4%");
    expect(shareText(0.0004)).toBe("under 0.1%");
  });
  it("keeps one decimal where it is asked to", () => expect(exactShareText(0.504)).toBe("50.4%"));
  it("signs points", () => {
    expect(pointsText(0.022)).toBe("+2.2");
    expect(pointsText(-0.015)).toBe("\u22121.5");
    expect(pointsText(0.00001)).toBe("0");
    expect(pointsText(0.07)).toBe("+7");
  });
});
