import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  const specs = { out: { type: "string" }, set: { type: "string", multiple: true }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } } as const;
  it("reads --name value, --name=value, repeated flags, short flags and --", () => {
    expect(parseArgs(["a.json", "--out", "x", "--set=a=1", "--set", "b=-2", "-h", "--json", "--", "--not-a-flag"], specs)).toEqual({
      flags: { out: "x", set: ["a=1", "b=-2"], help: true, json: true },
      positionals: ["a.json", "--not-a-flag"],
    });
  });
  it("takes a negative number as a value", () => {
    expect(parseArgs(["--out", "-1"], specs).flags.out).toBe("-1");
  });
  it("refuses inherited names such as --constructor", () => {
    expect(() => parseArgs(["--constructor"], specs)).toThrow("unknown flag --constructor");
  });
});
