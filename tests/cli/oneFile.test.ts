/** The one file a command reads: missing and extra arguments are usage errors naming what was expected. */
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { oneFile } from "../../src/cli/oneFile";
import { UsageError } from "../../src/cli/usageError";

const args = (...words: string[]) => parseArgs(words, { json: { type: "boolean" } });

describe("oneFile", () => {
  it("gives the only positional argument, wherever the flags are", () => {
    expect(oneFile(args("--json", "a.json"), "SCENARIO.json", "run")).toBe("a.json");
  });

  it("names the missing file", () => {
    let error: unknown;
    try {
      oneFile(args("--json"), "SWEEP.json", "sweep");
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ message: "missing SWEEP.json", command: "sweep" });
  });

  it("names the first extra argument, with the reason when given", () => {
    expect(() => oneFile(args("a.json", "b.json", "c.json"), "SCENARIO.json", "tipping")).toThrow('unexpected argument "b.json"');
    expect(() => oneFile(args("a.json", "b.json"), "SCENARIO.json", "run", "one scenario per run")).toThrow('unexpected argument "b.json" (one scenario per run)');
  });
});
