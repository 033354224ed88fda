import { describe, expect, it } from "vitest";
import { decodePanelSettings, encodePanelSettings, sameSettings } from "../../../src/ui/state/panelSettings";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("panel settings in the address", () => {
  it("round-trips a form's fields, whatever their text", () => {
    const settings = { "path-0": "offer.attractiveness", "values-1": "0.05, 0.1; 2e-3 & ?=", runs: "" };
    expect(decodePanelSettings(encodePanelSettings(settings), "sweep")).toEqual({ settings });
  });
  it("refuses what is not an object of short field names with text, naming the parameter", () => {
    expect(decodePanelSettings("%%%", "sweep")).toEqual({ problems: [expect.stringMatching(/^sweep: not a panel's settings/)] });
    expect(decodePanelSettings(encode([1]), "tipping")).toEqual({ problems: ["tipping: expected an object, got a list of 1"] });
    expect(decodePanelSettings(encode({ runs: 5 }), "calibrate")).toEqual({ problems: [expect.stringMatching(/^calibrate\.runs: expected text/)] });
    expect(decodePanelSettings(encode({ "a b": "x" }), "sweep")).toEqual({ problems: ['sweep: "a b" is not a field name'] });
    expect(decodePanelSettings(encode({ x: "y".repeat(2001) }), "sweep")).toEqual({ problems: [expect.stringMatching(/at most 2000 characters/)] });
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, k) => [`f${k}`, "1"]));
    expect(decodePanelSettings(encode(many), "sweep")).toEqual({ problems: ["sweep: 41 fields, at most 40"] });
  });
  it("refuses __proto__ keys (parsed safely)", () => {
    const read = decodePanelSettings(Buffer.from('{"__proto__":{"polluted":"1"}}').toString("base64url"), "sweep");
    expect("problems" in read).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("sameSettings compares field by field", () => {
    expect(sameSettings({ a: "1", b: "2" }, { b: "2", a: "1" })).toBe(true);
    expect(sameSettings({ a: "1" }, { a: "1", b: "" })).toBe(false);
  });
});
