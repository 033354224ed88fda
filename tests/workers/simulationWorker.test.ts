/**
 * The worker API over a real MessageChannel, wrapped with comlink as the page wraps the Worker:
 * what crosses the boundary (a run's typed arrays, an ensemble's batch, progress through a proxy)
 * and how failures cross it, as real Errors with their name and message.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as Comlink from "comlink";
import { api, warmUps } from "../../workers/simulationWorker";
import type { RunProgress, SimulationApi } from "../../workers/protocol";
import { loadScenario, toModelParams } from "../../src/scenario/index";
import { simulate } from "../../src/model/index";

const scenario = JSON.parse(readFileSync(join(import.meta.dirname, "../../scenarios/granovetter-uniform.json"), "utf8")) as { parameters: { seed: number } };
const channels: MessageChannel[] = [];

/** The api exposed on one end of a fresh MessageChannel, wrapped on the other. */
function connect(): Comlink.Remote<SimulationApi> {
  const channel = new MessageChannel();
  channels.push(channel);
  Comlink.expose(api, channel.port1);
  return Comlink.wrap<SimulationApi>(channel.port2);
}

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to reject");
}

describe("the simulation worker's API over a MessageChannel", () => {
  it("runs a scenario with progress and returns the numbers Node computes, typed arrays intact", async () => {
    const remote = connect();
    const progress: RunProgress[] = [];
    const output = await remote.run(scenario, 1, Comlink.proxy((p: RunProgress) => void progress.push(p)));
    const expected = simulate(toModelParams(loadScenario(JSON.stringify(scenario))), scenario.parameters.seed);
    expect(output.runId).toBe(1);
    expect(output.series.defected).toBeInstanceOf(Int32Array);
    expect(Array.from(output.series.defected)).toEqual(Array.from(expected.series.defected));
    expect(output.summary).toEqual(expected.summary);
    expect(Array.from(output.fate)).toEqual(Array.from(expected.fate));
    await expect.poll(() => progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ runId: 1, phase: "building" });
  });

  it("a run after a slider move gives simulate()'s numbers on the soldiers it kept, and its thresholds whole", async () => {
    const remote = connect();
    const first = await remote.run(scenario, 11, Comlink.proxy(() => {}));
    const moved = JSON.parse(JSON.stringify(scenario));
    moved.parameters.offer = { ...moved.parameters.offer, attractiveness: 0.3 };
    const second = await remote.run(moved, 12, Comlink.proxy(() => {}));
    const again = await remote.run(scenario, 13, Comlink.proxy(() => {}));
    const expected = simulate(toModelParams(loadScenario(JSON.stringify(moved))), scenario.parameters.seed);
    expect(second.summary).toEqual(expected.summary);
    expect(Array.from(second.series.defected)).toEqual(Array.from(expected.series.defected));
    expect(Array.from(second.fate)).toEqual(Array.from(expected.fate));
    // Each run's thresholds arrive whole although the worker keeps its soldiers (a copy is transferred).
    for (const output of [first, second, again]) expect(Array.from(output.thresholds)).toEqual(Array.from(expected.thresholds));
    expect(again.summary).toEqual(first.summary);
    expect(second.summary).not.toEqual(first.summary);
  });

  it("runs a prepared ensemble's batch, each run as simulate() gives it", async () => {
    const remote = connect();
    await remote.prepareEnsemble(7, [scenario]);
    const batch = await remote.runBatch(7, [{ variant: 0, run: 0, seed: 3 }, { variant: 0, run: 1, seed: 4 }]);
    const params = toModelParams(loadScenario(JSON.stringify(scenario)));
    expect(batch.runs.map((r) => r.summary)).toEqual([simulate(params, 3).summary, simulate(params, 4).summary]);
  });

  it("runs the variants of one seed on the soldiers drawn once, each run as simulate() gives it", async () => {
    const remote = connect();
    const deadline = JSON.parse(readFileSync(join(import.meta.dirname, "../../scenarios/asylum-offer-deadline.json"), "utf8"));
    const openEnded = JSON.parse(readFileSync(join(import.meta.dirname, "../../scenarios/asylum-offer-open-ended.json"), "utf8"));
    for (const s of [deadline, openEnded]) Object.assign(s.parameters.army, { size: 2000, days: 90 });
    await remote.prepareEnsemble(8, [deadline, openEnded]);
    const tasks = [3, 4].flatMap((seed, run) => [0, 1].map((variant) => ({ variant, run, seed })));
    const batch = await remote.runBatch(8, tasks);
    const params = [deadline, openEnded].map((s) => toModelParams(loadScenario(JSON.stringify(s))));
    const expected = tasks.map(({ variant, seed }) => simulate(params[variant], seed));
    expect(batch.runs.map((r) => r.summary)).toEqual(expected.map((r) => r.summary));
    expect(batch.runs.map((r) => Array.from(r.series.defected))).toEqual(expected.map((r) => Array.from(r.series.defected)));
    expect(expected[0].summary).not.toEqual(expected[1].summary); // the variants differ, on the same soldiers
  });

  it("an invalid scenario arrives as a real InputError naming the field", async () => {
    const remote = connect();
    const bad = { ...scenario, parameters: { ...scenario.parameters, army: { size: -5, days: 10 } } };
    const error = await rejection(remote.run(bad, 2, Comlink.proxy(() => {})));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputError");
    expect(error.message).toMatch(/army\.size/);
  });

  it("a run that throws in the worker arrives as an Error with its message", async () => {
    const remote = connect();
    await remote.fail("throw");
    const error = await rejection(remote.run(scenario, 3, Comlink.proxy(() => {})));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("simulation worker failed on purpose (test hook)");
  });

  it("a batch of an ensemble never prepared, and a search with an unknown parameter, arrive as Errors saying why", async () => {
    const remote = connect();
    const batch = await rejection(remote.runBatch(99, [{ variant: 0, run: 0, seed: 1 }]));
    expect(batch).toBeInstanceOf(Error);
    expect(batch.message).toBe("ensemble 99 was not prepared in this worker");
    const tipping = await rejection(remote.tippingPoint(scenario, "no.such.path", [0, 1], 0.5, 2, 1));
    expect(tipping).toBeInstanceOf(Error);
    expect(tipping.name).toBe("InputError");
    expect(tipping.message).toMatch(/no\.such\.path/);
  });

  it("a cancelled run arrives as an Error named RunCancelled", async () => {
    const remote = connect();
    const running = remote.run(scenario, 10, Comlink.proxy(() => {}));
    await remote.cancel(10);
    const error = await rejection(running);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("RunCancelled");
  });
});

describe("the worker's work while idle after the first run on new soldiers", () => {
  const russia = JSON.parse(readFileSync(join(import.meta.dirname, "../../scenarios/russia-asylum-2022-open-ended.json"), "utf8"));
  const withValues = (seed: number, attractiveness: number) => {
    const file = structuredClone(russia);
    file.parameters.seed = seed;
    file.parameters.offer.attractiveness = attractiveness;
    return file;
  };
  const expected = (file: unknown) => simulate(toModelParams(loadScenario(JSON.stringify(file))), (file as { parameters: { seed: number } }).parameters.seed);

  it("repeats the run once and draws every opportunity day ahead, once per set of soldiers; settled() waits for it; later moves give simulate()'s numbers", async () => {
    const remote = connect();
    const before = { ...warmUps };
    await remote.run(withValues(101, 0.12), 201, Comlink.proxy(() => {}));
    await remote.settled();
    expect({ ...warmUps }).toEqual({ done: before.done + 1, stopped: before.stopped, drawnAhead: before.drawnAhead + 1 });
    const moved = withValues(101, 0.13);
    const output = await remote.run(moved, 202, Comlink.proxy(() => {}));
    expect(Array.from(output.series.defected)).toEqual(Array.from(expected(moved).series.defected));
    expect(output.summary).toEqual(expected(moved).summary);
    await remote.settled();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect({ ...warmUps }).toEqual({ done: before.done + 1, stopped: before.stopped, drawnAhead: before.drawnAhead + 1 }); // the same soldiers: nothing more to do
  });

  it("a newer run stops it at once and gets its own numbers; the work is taken up again after that run", async () => {
    const remote = connect();
    const before = { ...warmUps };
    // A larger army, so that the warm-up is still running when the next run arrives.
    const larger = (file: ReturnType<typeof withValues>) => ((file.parameters.army.size = 100_000), file);
    await remote.run(larger(withValues(102, 0.12)), 301, Comlink.proxy(() => {}));
    const moved = larger(withValues(102, 0.14));
    const output = await remote.run(moved, 302, Comlink.proxy(() => {}));
    expect({ ...warmUps }).toEqual({ ...before, stopped: before.stopped + 1 });
    expect(Array.from(output.series.defected)).toEqual(Array.from(expected(moved).series.defected));
    expect(Array.from(output.fate)).toEqual(Array.from(expected(moved).fate));
    await remote.settled();
    expect({ ...warmUps }).toEqual({ done: before.done + 1, stopped: before.stopped + 1, drawnAhead: before.drawnAhead + 1 });
  });

  /** Runs `file` as run `runId` and checks that no idle work followed, once settled. */
  async function noIdleWorkAfter(file: unknown, runId: number, workWhileIdle?: boolean): Promise<void> {
    const remote = connect();
    const before = { ...warmUps };
    await remote.run(file, runId, Comlink.proxy(() => {}), workWhileIdle);
    await remote.settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect({ ...warmUps }).toEqual(before);
  }

  it("does nothing after a run on an army too large to keep (drawn anew each run)", async () => {
    const huge = JSON.parse(readFileSync(join(import.meta.dirname, "../../scenarios/granovetter-normal.json"), "utf8"));
    huge.parameters.army.size = 1_000_001;
    huge.parameters.army.days = 20;
    await noIdleWorkAfter(huge, 351);
  });

  it("does nothing when the run asks for no idle work (the knife-edge probe's runs)", async () => {
    await noIdleWorkAfter(withValues(104, 0.12), 361, false);
  });

  it("a cancel stops it too, and settled() then resolves without it", async () => {
    const remote = connect();
    const before = { ...warmUps };
    const file = withValues(103, 0.12);
    file.parameters.army.size = 100_000;
    await remote.run(file, 401, Comlink.proxy(() => {}));
    await remote.cancel(401);
    await remote.settled();
    expect({ ...warmUps }).toEqual({ ...before, stopped: before.stopped + 1 });
  });
});
