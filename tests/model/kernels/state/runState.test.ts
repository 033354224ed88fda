/**
 * A run's chance draws read from kept opportunity days (structures/chanceDays.ts) are the ones it
 * draws without them: hasChance for every soldier and day, firstChance for spans with ends at word
 * edges, with and without procrastination, for believers and doubters of a deadline, and for
 * certain, impossible and tiny opportunities; and a firstChance allowed to look past its last day
 * stops only where the soldier has a chance or the kept days end.
 */
import { describe, expect, it } from "vitest";
import { foundationParams, type ModelParams } from "../../../../src/model";
import { buildRunInputs } from "../../../../src/model/kernels/state/runInputs";
import { buildSchedule } from "../../../../src/model/schedule";
import { RunState } from "../../../../src/model/kernels/state/runState";
import { RunScratch } from "../../../../src/model/kernels/state/scratch";
import { ChanceDaysSlot } from "../../../../src/model/kernels/structures/chanceDays";

const DAYS = 200;
const SEED = 11;
const EDGES = [1, 2, 31, 32, 33, 63, 64, 65, 100, 127, 128, 199, DAYS];

function params(opportunity: number, procrastinates: boolean): ModelParams {
  return foundationParams({
    size: 60,
    days: DAYS,
    opportunity,
    // A deadline on day 150 pulls believers to act before it; half the soldiers doubt it.
    offer: { attractiveness: 0.1, windows: [{ open: 0, close: 150 }], urgency: 0, urgencyDays: 14 },
    behaviour: { ...foundationParams().behaviour, actRate: procrastinates ? 0.2 : 1, pullDays: 40, credibility: 0.5 },
    events: [{ kind: "mobilisation", day: 50, count: 20, thresholds: { kind: "uniform", min: 0, max: 1 }, aware: 1 }],
  });
}

/** Two states of one run: one drawing every day, one reading kept opportunity days (from `slot`). */
function states(p: ModelParams, slot = new ChanceDaysSlot()): { plain: RunState; kept: RunState } {
  const inputs = buildRunInputs(p, SEED);
  const make = (chanceDays: ChanceDaysSlot | null) => new RunState(p, SEED, inputs.population, null, buildSchedule(p), new RunScratch(), chanceDays);
  return { plain: make(null), kept: make(slot) };
}

describe("RunState chance draws from kept opportunity days", () => {
  for (const opportunity of [0, 1e-9, 0.0016, 0.05, 0.4, 1]) {
    for (const procrastinates of [false, true]) {
      it(`equal the drawn ones (opportunity ${opportunity}, ${procrastinates ? "procrastinating" : "acting at once"})`, () => {
        const p = params(opportunity, procrastinates);
        const { plain, kept } = states(p);
        const n = plain.capacity;
        expect(n).toBe(80);
        expect(plain.believes.some((b) => b === 0) && plain.believes.some((b) => b === 1)).toBe(true);
        for (let i = 0; i < n; i += 3) {
          for (const from of EDGES) {
            for (const last of EDGES) {
              if (last < from) continue;
              expect(kept.firstChance(i, from, last), `firstChance(${i}, ${from}, ${last})`).toBe(plain.firstChance(i, from, last));
            }
          }
        }
        for (let i = 0; i < n; i++) for (let d = 0; d <= DAYS; d++) expect(kept.hasChance(i, d), `hasChance(${i}, ${d})`).toBe(plain.hasChance(i, d));
      });
    }
  }

  it("look past the last day only through days already known, stopping at a chance", () => {
    for (const procrastinates of [false, true]) {
      const p = params(0.02, procrastinates);
      const { plain, kept } = states(p);
      for (let i = 0; i < plain.capacity; i++) {
        // Cold: known past the last day (39) only through the rest of its word (to 63).
        expect(kept.firstChance(i, 10, 40, DAYS + 1)).toBe(plain.firstChance(i, 10, 64));
      }
      // Warm: every day of every soldier known, so as if drawn up to `further`.
      for (let i = 0; i < plain.capacity; i++) for (let t = kept.firstChance(i, 0, DAYS + 1); t <= DAYS; t = kept.firstChance(i, t + 1, DAYS + 1));
      for (let i = 0; i < plain.capacity; i++) {
        for (const [from, last, further] of [[10, 40, DAYS + 1], [33, 64, 150], [1, 1, 100], [120, 130, 131]]) {
          expect(kept.firstChance(i, from, last, further), `firstChance(${i}, ${from}, ${last}, ${further})`).toBe(plain.firstChance(i, from, further));
        }
      }
    }
  });

  it("a warm look past the last day ends where the known days end", () => {
    const p = params(0.002, false);
    const slot = new ChanceDaysSlot();
    const { plain, kept } = states(p, slot);
    let checked = 0;
    for (let i = 0; i < plain.capacity; i++) {
      kept.firstChance(i, 1, 70); // draws up to day 95 at most (words 0..2)
      const got = kept.firstChance(i, 1, 40, DAYS + 1);
      const truth = plain.firstChance(i, 1, DAYS + 1);
      if (truth < 96) expect(got).toBe(truth);
      else {
        expect(got).toBe(96); // no chance through the known days: parked up to them
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
