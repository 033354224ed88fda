/**
 * The lab's runner over a real MessageChannel (ChannelWorker): a run's output, a failure as a real
 * Error with the worker's message, a newer run superseding the one in flight, and a worker that
 * dies while idle replaced at once, the page told with an Error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SimulationRunner } from "../../../src/ui/workers/simulationRunner";
import { ChannelWorker, useChannelWorkers } from "./channelWorker";

const scenario = JSON.parse(readFileSync(join(import.meta.dirname, "../../../scenarios/granovetter-uniform.json"), "utf8")) as { parameters: object };

let restore: () => void;
beforeEach(() => (restore = useChannelWorkers()));
afterEach(() => restore());

describe("SimulationRunner", () => {
  it("runs a scenario; an invalid one fails with the worker's InputError, a real Error", async () => {
    const runner = new SimulationRunner(() => {}, () => {});
    const done = await runner.run(scenario);
    expect(done.kind).toBe("done");
    expect((done as { output: { summary: { finalShare: number } } }).output.summary.finalShare).toBe(1);
    const failed = await runner.run({ ...scenario, parameters: { ...scenario.parameters, army: { size: 0, days: 5 } } });
    expect(failed.kind).toBe("failed");
    const error = (failed as { error: Error }).error;
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputError");
    expect(error.message).toMatch(/army\.size/);
  });

  it("a newer run supersedes the one in flight", async () => {
    const runner = new SimulationRunner(() => {}, () => {});
    const first = runner.run(scenario);
    const second = runner.run(scenario);
    expect((await first).kind).toBe("superseded");
    expect((await second).kind).toBe("done");
  });

  it("a worker that dies while idle is replaced and the page is told with an Error", async () => {
    const crashes: Error[] = [];
    const runner = new SimulationRunner(() => {}, (error) => crashes.push(error));
    await runner.run(scenario);
    ChannelWorker.spawned[0].crash("killed");
    expect(crashes.map((e) => [e instanceof Error, e.message])).toEqual([[true, "the simulation worker stopped: killed"]]);
    expect(ChannelWorker.spawned.length).toBe(2);
    expect((await runner.run(scenario)).kind).toBe("done");
  });
});
