// @vitest-environment jsdom
/**
 * The compare view's controller on the page's store and a pool of workers over real
 * MessageChannels: an ensemble runs to the numbers simulate() gives; a reorder under common random
 * numbers keeps the runs, reordered; a change of the numbers drops them; a loaded file's comparison
 * runs at once, one from a link is only offered; the outcome is marked for the tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAppState } from "../../../src/ui/state/appState";
import { compareController } from "../../../src/ui/compare/compareController";
import { EMPTY_COMPARISON, moveVariant } from "../../../src/ui/compare/comparisonState";
import { WorkerPool } from "../../../src/ui/workers/workerPool";
import { scenarioFromObject, setParameter, toModelParams } from "../../../src/scenario/index";
import { simulate } from "../../../src/model/index";
import { ensembleSeed } from "../../../src/ensemble/ensembleSeed";
import { useChannelWorkers } from "../workers/channelWorker";

const ROOT = join(import.meta.dirname, "../../..");
const small = (attractiveness: number) => {
  let o: object = JSON.parse(readFileSync(join(ROOT, "scenarios", "asylum-offer-deadline.json"), "utf8"));
  o = setParameter(o, "army.size", 200);
  o = setParameter(o, "army.days", 40);
  o = setParameter(o, "offer.attractiveness", attractiveness);
  return scenarioFromObject(o);
};

let restore: () => void;
beforeEach(() => (restore = useChannelWorkers()));
afterEach(() => restore());

function setUp() {
  const store = createAppState({ comparison: { ...EMPTY_COMPARISON, runs: 4 } });
  const notes: string[] = [];
  let cleared = 0;
  const controller = compareController({
    store,
    pool: new WorkerPool(2),
    messages: { show: (_kind: string, text: string) => notes.push(text), clear: () => {} } as never,
    progress: { started: () => {}, update: () => {}, finished: (text: string) => notes.push(text) },
    render: () => {},
    requestDraw: () => {},
    flushDraw: () => {},
    clearDraw: () => cleared++,
    onCount: () => {},
  });
  return { store, controller, notes, cleared: () => cleared };
}

describe("compareController", () => {
  it("runs the ensemble of every variant to simulate()'s numbers and marks it done", async () => {
    const { store, controller } = setUp();
    controller.add(small(0.05), "weak");
    controller.add(small(0.2), "strong");
    expect(store.get().comparison.variants.map((v) => v.name)).toEqual(["weak", "strong"]);
    await controller.run();
    expect(document.body.dataset.compareState).toBe("done");
    const results = controller.ensemble!.results;
    expect(results.completeRuns).toBe(4);
    const c = store.get().comparison;
    c.variants.forEach((v, k) => {
      const params = toModelParams(v.scenario);
      for (let run = 0; run < 4; run++) expect(results.summaries[k][run]).toEqual(simulate(params, ensembleSeed(c.masterSeed, k, run, c.runs, c.commonRandomNumbers)).summary);
    });
  });

  it("a reorder under common random numbers keeps the runs, reordered; a change of the numbers drops them", async () => {
    const { store, controller, notes, cleared } = setUp();
    controller.add(small(0.05), "weak");
    controller.add(small(0.2), "strong");
    await controller.run();
    const weak = controller.ensemble!.results.summaries[0];
    store.set({ comparison: moveVariant(store.get().comparison, 0, 1) });
    expect(controller.ensemble!.results.summaries[1]).toEqual(weak);
    const before = cleared();
    store.set({ comparison: { ...store.get().comparison, runs: 5 } });
    expect(controller.ensemble).toBeNull();
    expect(cleared()).toBe(before + 1);
    expect(notes.at(-1)).toMatch(/changed: press “Run ensemble”/);
  });

  it("a loaded file's comparison replaces the store's and runs at once", async () => {
    const { store, controller, notes } = setUp();
    const loaded = { ...EMPTY_COMPARISON, runs: 2, variants: [{ name: "x", hidden: false, scenario: small(0.1) }] };
    controller.load(loaded, "Loaded x.json", "run");
    expect(store.get().comparison).toBe(loaded);
    expect(notes[0]).toBe("Loaded x.json: 1 variant, 2 runs each.");
    await expect.poll(() => document.body.dataset.compareState).toBe("done");
    expect(controller.ensemble!.results.completeRuns).toBe(2);
  });

  it("a comparison from a link replaces the store's but only offers to run", async () => {
    const { store, controller, notes } = setUp();
    const loaded = { ...EMPTY_COMPARISON, runs: 2, variants: [{ name: "x", hidden: false, scenario: small(0.1) }] };
    delete document.body.dataset.compareState;
    controller.load(loaded, "Comparison from the address", "offer");
    expect(store.get().comparison).toBe(loaded);
    expect(notes[0]).toBe("Comparison from the address: 1 variant, 2 runs each, not run yet.");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(controller.ensemble).toBeNull();
    expect(controller.running()).toBe(false);
    expect(document.body.dataset.compareState).toBeUndefined();
  });
});
