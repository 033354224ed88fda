/**
 * A search in a worker of its own (calibration, tipping point) over a real MessageChannel
 * (ChannelWorker): its result, its failure as a real Error naming the field, and Cancel.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TippingRunner } from "../../../src/ui/workers/tippingRunner";
import { CalibrationRunner } from "../../../src/ui/workers/calibrationRunner";
import { ChannelWorker, useChannelWorkers } from "./channelWorker";

const scenario = JSON.parse(readFileSync(join(import.meta.dirname, "../../../scenarios/kuran-bandwagon.json"), "utf8")) as { parameters: { seed: number } };

let restore: () => void;
beforeEach(() => (restore = useChannelWorkers()));
afterEach(() => restore());

describe("the search runners", () => {
  it("a tipping-point search with an unknown parameter fails with the worker's InputError naming it, and its worker is gone", async () => {
    const outcome = await new TippingRunner().run({ scenario, path: "no.such", range: [0, 1], level: 0.5, runs: 2, seed: 1 });
    expect(outcome.kind).toBe("failed");
    const error = (outcome as { error: Error }).error;
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputError");
    expect(error.message).toMatch(/no\.such/);
    expect(ChannelWorker.spawned.map((w) => [w.name, w.terminated])).toEqual([["tipping-point", true]]);
  });

  it("a calibration to an impossible target fails with an Error saying why", async () => {
    const outcome = await new CalibrationRunner().run({ scenario, fit: ["offer.attractiveness"], targets: ["not a target"], runs: 2, seed: 1, ranges: {} }, () => {});
    expect(outcome.kind).toBe("failed");
    expect((outcome as { error: Error }).error).toBeInstanceOf(Error);
    expect((outcome as { error: Error }).error.message).toMatch(/target/);
  });

  it("a worker that dies fails the search with an Error; Cancel ends one at once", async () => {
    const runner = new TippingRunner();
    const dying = runner.run({ scenario, path: "offer.attractiveness", range: [0, 0.2], level: 0.5, runs: 50, seed: 1 });
    ChannelWorker.spawned[0].crash("out of memory");
    const outcome = await dying;
    expect(outcome).toEqual({ kind: "failed", error: expect.any(Error) });
    expect((outcome as { error: Error }).error.message).toBe("the tipping-point worker stopped: out of memory");
    const cancelled = runner.run({ scenario, path: "offer.attractiveness", range: [0, 0.2], level: 0.5, runs: 50, seed: 1 });
    runner.cancel();
    expect(await cancelled).toEqual({ kind: "cancelled" });
  });
});
