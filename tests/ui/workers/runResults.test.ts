/**
 * The page's kept runs: found again by an equal scenario whatever its key order, never by a
 * different one; the least recently used go first past the count or byte limit. Through the lab's
 * runner (over a real MessageChannel): a scenario run before is reused with the same numbers as a
 * fresh run and a new run id, without the worker.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Simulation } from "../../../src/model/index";
import { scenarioFromObject, toModelParams } from "../../../src/scenario/index";
import { RunResults, scenarioKey } from "../../../src/ui/workers/runResults";
import { SimulationRunner, type RunOutcome } from "../../../src/ui/workers/simulationRunner";
import type { RunOutput } from "../../../workers/protocol";
import { ChannelWorker, useChannelWorkers } from "./channelWorker";

const scenario = JSON.parse(readFileSync(join(import.meta.dirname, "../../../scenarios/kuran-bandwagon.json"), "utf8")) as { parameters: { seed: number; offer: { attractiveness: number } } };
const withSeed = (seed: number) => ({ ...scenario, parameters: { ...scenario.parameters, seed } });

/** A stand-in output of `bytes` bytes of typed arrays (the cache reads only their sizes). */
const fakeOutput = (runId: number, bytes: number) => ({ runId, series: {}, fate: new Int32Array(bytes / 4), thresholds: new Float64Array(0) }) as unknown as RunOutput;

describe("scenarioKey", () => {
  it("is the same for equal scenarios built in another key order and differs for any other value", () => {
    expect(scenarioKey({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(scenarioKey({ b: { d: "x", c: [1, 2] }, a: 1 }));
    expect(scenarioKey({ a: 1, b: { c: [1, 2] } })).not.toBe(scenarioKey({ a: 1, b: { c: [2, 1] } }));
    expect(scenarioKey(withSeed(1))).not.toBe(scenarioKey(withSeed(2)));
  });
});

describe("RunResults", () => {
  it("finds a kept run by an equal scenario and forgets the least recently used past its limits", () => {
    const results = new RunResults(2, 1000);
    results.put(scenarioKey(withSeed(1)), fakeOutput(1, 400));
    results.put(scenarioKey(withSeed(2)), fakeOutput(2, 400));
    expect(results.get(scenarioKey(JSON.parse(JSON.stringify(withSeed(1)))))?.runId).toBe(1); // seed 1 is now the most recent
    results.put(scenarioKey(withSeed(3)), fakeOutput(3, 400)); // three runs: seed 2 goes
    expect(results.get(scenarioKey(withSeed(2)))).toBeUndefined();
    expect(results.get(scenarioKey(withSeed(1)))?.runId).toBe(1);
    expect(results.get(scenarioKey(withSeed(3)))?.runId).toBe(3);
    results.put(scenarioKey(withSeed(4)), fakeOutput(4, 800)); // 1200 bytes with seed 3: seed 1 and 3 go
    expect(results.size).toBe(1);
    expect(results.get(scenarioKey(withSeed(4)))?.runId).toBe(4);
    results.put(scenarioKey(withSeed(5)), fakeOutput(5, 2000)); // larger than the whole budget: not kept
    expect(results.get(scenarioKey(withSeed(5)))).toBeUndefined();
    expect(results.get(scenarioKey(withSeed(4)))?.runId).toBe(4);
  });
});

// The worker module behind every ChannelWorker is one (its newest run id is shared), so these tests use one runner.
let restore: () => void;
let runner: SimulationRunner;
beforeAll(() => {
  restore = useChannelWorkers();
  runner = new SimulationRunner(() => {}, () => {}, new RunResults());
});
afterAll(() => restore());

describe("SimulationRunner with kept runs", () => {
  const done = (outcome: RunOutcome) => {
    if (outcome.kind !== "done") throw new Error(`expected a finished run, got ${outcome.kind}`);
    return outcome;
  };

  it("reuses a scenario run before, with the numbers of a fresh run, and runs any other", async () => {
    const moved = { ...scenario, parameters: { ...scenario.parameters, offer: { ...scenario.parameters.offer, attractiveness: scenario.parameters.offer.attractiveness + 0.01 } } };
    const first = done(await runner.run(scenario));
    const other = done(await runner.run(moved));
    const again = done(await runner.run(JSON.parse(JSON.stringify(scenario))));
    expect([first.reused, other.reused, again.reused]).toEqual([undefined, undefined, true]);
    expect(again.output.runId).toBeGreaterThan(other.output.runId);
    // Run afresh in Node, as the CLI does: the same numbers.
    const file = scenarioFromObject(scenario);
    const fresh = new Simulation(toModelParams(file), file.parameters.seed).result();
    expect(Array.from(again.output.series.defected)).toEqual(Array.from(fresh.series.defected));
    expect(Array.from(again.output.fate)).toEqual(Array.from(fresh.fate));
    expect(again.output.summary).toEqual(fresh.summary);
    // The moved value is a different run.
    expect(other.output.summary).not.toEqual(first.output.summary);
  });

  it("a reused run supersedes the run in flight, which never reports", async () => {
    done(await runner.run(scenario));
    const big = { ...scenario, parameters: { ...scenario.parameters, army: { ...(scenario.parameters as unknown as { army: object }).army, size: 200_000, days: 400 } } };
    const slow = runner.run(big);
    const reused = runner.run(scenario);
    expect((await slow).kind).toBe("superseded");
    expect(done(await reused).reused).toBe(true);
    expect(ChannelWorker.spawned.length).toBe(1);
  });
});
