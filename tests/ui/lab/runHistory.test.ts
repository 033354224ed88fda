/** runHistory: the ghosts of the last three runs of a scenario, and axes that stay put once locked. */
import { describe, expect, it } from "vitest";
import { MAX_GHOSTS, axisTops, runHistory } from "../../../src/ui/lab/runHistory";
import { shareSeries } from "../../../src/ui/charts/timeline";
import { deadlineScenario, granovetter } from "../charts/runData";

const shares = (data: ReturnType<typeof granovetter>) => shareSeries(data.series.defected, data.series.army);

describe("runHistory", () => {
  it("keeps the defected shares of up to three earlier runs, oldest first, and none after a scenario switch", () => {
    const history = runHistory();
    const runs = [0.1, 0.2, 0.3, 0.4, 0.5].map((a) => deadlineScenario({ size: 2000, offer: { ...deadlineScenario().params.offer, attractiveness: a } }));
    history.next(runs[0], true);
    expect(history.extras(true).ghosts).toEqual([]);
    for (let k = 1; k < runs.length; k++) history.next(runs[k], true);
    const { ghosts } = history.extras(true);
    expect(ghosts.length).toBe(MAX_GHOSTS);
    expect(ghosts).toEqual([shares(runs[1]), shares(runs[2]), shares(runs[3])]);
    expect(history.extras(false).ghosts).toEqual([]);
    history.next(granovetter(), false);
    expect(history.extras(true).ghosts).toEqual([]);
  });

  it("locked axes keep the locked run's tops through a smaller run and widen only for a run that would leave them", () => {
    const history = runHistory();
    const fizzle = deadlineScenario({ size: 2000 });
    const cascade = granovetter();
    const smaller = granovetter({ size: 50, thresholds: { kind: "list", values: Array.from({ length: 50 }, (_, i) => 0.5 + i / 100) } });
    history.next(fizzle, true);
    expect(history.extras(true).axes).toBeUndefined();
    history.lock(true);
    expect(history.extras(true).axes).toEqual(axisTops(fizzle));
    history.next(smaller, true);
    expect(history.extras(true).axes).toEqual({ share: Math.max(axisTops(fizzle).share, axisTops(smaller).share), daily: Math.max(axisTops(fizzle).daily, axisTops(smaller).daily) });
    history.next(cascade, true);
    const wide = history.extras(true).axes!;
    expect(wide.share).toBe(1);
    history.next(fizzle, true);
    expect(history.extras(true).axes).toEqual(wide); // never narrows while locked
    history.lock(false);
    expect(history.extras(true).axes).toBeUndefined();
  });
});

describe("runHistory and runs of the same settings", () => {
  it("a run of the settings on screen adds no ghost; a ghost whose settings come back on screen goes", () => {
    const history = runHistory();
    const a = deadlineScenario({ size: 2000, offer: { ...deadlineScenario().params.offer, attractiveness: 0.1 } });
    const b = deadlineScenario({ size: 2000, offer: { ...deadlineScenario().params.offer, attractiveness: 0.3 } });
    history.next(a, true, "a");
    history.next(a, true, "a"); // Run again, or a tour's step that changes nothing
    expect(history.extras(true).ghosts).toEqual([]);
    history.next(b, true, "b");
    expect(history.extras(true).ghosts).toEqual([shares(a)]);
    history.next(b, true, "b");
    expect(history.extras(true).ghosts).toEqual([shares(a)]);
    history.next(a, true, "a"); // back to a: b is the earlier picture, a is on screen
    expect(history.extras(true).ghosts).toEqual([shares(b)]);
  });

  it("runs without settings to tell them apart each add a ghost, as before", () => {
    const history = runHistory();
    const a = deadlineScenario({ size: 2000 });
    history.next(a, true);
    history.next(a, true);
    expect(history.extras(true).ghosts).toEqual([shares(a)]);
  });
});
