import { describe, expect, it } from "vitest";
import { scenarioChanges } from "../../../src/ui/words/scenarioChanges";
import { SHIPPED } from "../../../src/ui/shippedScenarios";
import { setParameter } from "../../../src/scenario/index";

describe("scenarioChanges", () => {
  const base = SHIPPED.get("asylum-offer-deadline")!;
  it("finds nothing between a scenario and itself", () => expect(scenarioChanges(base, base)).toEqual([]));
  it("finds a changed window's close by its indexed path", () => {
    const later = setParameter(base, "offer.windows.0.close", 100);
    expect(scenarioChanges(base, later)).toEqual([{ path: "offer.windows.0.close", from: base.parameters.offer.windows[0].close, to: 100 }]);
  });
  it("reports a new kind once, not field by field", () => {
    const other = setParameter(base, "network.type", "small-world");
    const changes = scenarioChanges(base, other);
    expect(changes.map((c) => c.path)).toEqual(["network.type"]);
  });
});
