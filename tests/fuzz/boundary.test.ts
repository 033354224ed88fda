/**
 * Fuzzing the boundary: thousands of generated inputs, valid and invalid. Validation never throws
 * anything but its own InputError, every issue names its field, and every accepted scenario runs
 * to the end without NaN or Infinity in any output.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError, toModelParams, validateScenario } from "../../src/scenario";
import { simulate } from "../../src/model";
import { validateSweep } from "../../src/sweep/sweepSpec";
import { validateComparison } from "../../src/ensemble/comparisonFile";
import { decodeState } from "../../src/ui/state/labAddress";
import { cli } from "../../src/cli/cli";
import { memoryIo } from "../cli/memoryIo";
import { addressSearch, commandLine, comparisonObject, scenarioObject, sweepObject } from "./arbitraries";

/** Runs `check`, which must either succeed or throw an InputError whose every issue is specific. */
function acceptedOrClearlyRefused<T>(check: () => T): T | null {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.message.length).toBeGreaterThan(3);
      expect(issue.message).not.toMatch(/undefined|\[object Object\]/);
    }
    return null;
  }
}

const finite = (values: ArrayLike<number>) => Array.prototype.every.call(values, (v: number) => Number.isFinite(v));

describe("fuzzing the boundary", () => {
  it("scenario objects: 10,000 validated, each accepted or refused with named fields", () => {
    let accepted = 0;
    fc.assert(
      fc.property(scenarioObject(), (input) => {
        const file = acceptedOrClearlyRefused(() => validateScenario(input));
        if (file) accepted++;
        else {
          try {
            validateScenario(input);
          } catch (error) {
            // A refusal names where: a field path, except for problems with the whole file.
            for (const issue of (error as InputError).issues) expect(issue.path === "" ? issue.message : issue.path).toMatch(/\w/);
          }
        }
      }),
      { numRuns: 10_000, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(500); // the generator must also reach valid scenarios
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepted scenarios run to the end with finite numbers everywhere (600 runs)", () => {
    let ran = 0;
    fc.assert(
      fc.property(scenarioObject(300, 40), fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const file = acceptedOrClearlyRefused(() => validateScenario(input));
        if (!file) return;
        const result = simulate(toModelParams(file), seed);
        ran++;
        for (const column of Object.values(result.series)) expect(finite(column)).toBe(true);
        const { summary } = result;
        expect(Number.isFinite(summary.finalShare) && summary.finalShare >= 0 && summary.finalShare <= 1).toBe(true);
        expect(Number.isFinite(summary.peakDailyRate)).toBe(true);
      }),
      { numRuns: 600, seed: 7 },
    );
    expect(ran).toBeGreaterThan(50);
  });

  it("sweep specs and comparison files: 2,000 each, accepted or refused with named fields", () => {
    fc.assert(fc.property(sweepObject, (input) => void acceptedOrClearlyRefused(() => validateSweep(input, null))), { numRuns: 2000, seed: 3 });
    fc.assert(fc.property(comparisonObject, (input) => void acceptedOrClearlyRefused(() => validateComparison(input))), { numRuns: 2000, seed: 4 });
  });

  it("address states: 3,000 decoded; bad ones fall back to the default with a message, never run", () => {
    fc.assert(
      fc.property(addressSearch, (search) => {
        const { state, problems } = decodeState(search);
        expect(state).toBeTruthy();
        for (const problem of problems) expect(problem).toMatch(/\w/);
        expect(({} as Record<string, unknown>).x).toBeUndefined();
        expect(({} as Record<string, unknown>).y).toBeUndefined();
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it("command lines: 400 in-process calls end with exit code 0, 1 or 2, a message for every failure", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fuzz-cli-"));
    const tiny = join(dir, "tiny.json");
    writeFileSync(tiny, JSON.stringify({ name: "tiny", parameters: { army: { size: 30, days: 5 } } }));
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"name": "broken", "parameters": {"army": {"size": -3}');
    await fc.assert(
      fc.asyncProperty(commandLine(tiny, broken), async (argv) => {
        // Keep the fuzz from writing files anywhere.
        if (argv.some((a) => a.startsWith("--out") || a.startsWith("--summary"))) return;
        const io = memoryIo();
        const code = await cli(argv, io);
        expect([0, 1, 2]).toContain(code);
        if (code !== 0) expect(io.err().length).toBeGreaterThan(0);
        expect(io.err()).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack traces
      }),
      { numRuns: 400, seed: 6 },
    );
  });
});
