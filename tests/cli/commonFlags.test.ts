/** The flags several commands share: one declaration each, and --seed and --workers read alike by every command. */
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { commonFlags, seedFlag, workersFlag } from "../../src/cli/commonFlags";
import { BATCH_DEFAULTS } from "../../src/batch/batchDefaults";

describe("commonFlags", () => {
  it("declares each named flag: values, repeats, switches and -h", () => {
    const specs = { ...commonFlags("runs", "set", "json", "help"), param: { type: "string" as const } };
    expect(parseArgs(["--runs", "5", "--set", "a=1", "--set=b=2", "--json", "-h", "--param", "x"], specs).flags).toEqual({ runs: "5", set: ["a=1", "b=2"], json: true, help: true, param: "x" });
    expect(() => parseArgs(["--seed", "1"], specs)).toThrow("unknown flag --seed");
  });
});

describe("seedFlag and workersFlag", () => {
  const specs = commonFlags("seed", "workers");
  it("are undefined when not given", () => {
    const args = parseArgs([], specs);
    expect(seedFlag(args, "run")).toBeUndefined();
    expect(workersFlag(args, "sweep")).toBeUndefined();
  });

  it("read whole numbers within their ranges", () => {
    const args = parseArgs(["--seed", String(BATCH_DEFAULTS.maxSeed), "--workers", "3"], specs);
    expect(seedFlag(args, "run")).toBe(BATCH_DEFAULTS.maxSeed);
    expect(workersFlag(args, "sweep")).toBe(3);
  });

  it("refuse values out of range, naming the flag and the range", () => {
    expect(() => seedFlag(parseArgs(["--seed", String(BATCH_DEFAULTS.maxSeed + 1)], specs), "run")).toThrow(`--seed must be a whole number from 0 to ${BATCH_DEFAULTS.maxSeed}`);
    expect(() => seedFlag(parseArgs(["--seed", "-1"], specs), "run")).toThrow("--seed must be a whole number");
    expect(() => workersFlag(parseArgs(["--workers", "0"], specs), "compare")).toThrow(`--workers must be a whole number from 1 to ${BATCH_DEFAULTS.workers.max}, got "0"`);
    expect(() => workersFlag(parseArgs(["--workers", "2.5"], specs), "compare")).toThrow("--workers must be a whole number");
  });
});
