/** The lab's part of the address: every value checked at the boundary, the panels' parameters let through to appAddress. */
import { describe, expect, it } from "vitest";
import { decodeState, encodeState, parseValue } from "../../../src/ui/state/labAddress";
import { controlsFor } from "../../../src/ui/lab/controlSpecs";
import { SHIPPED } from "../../../src/ui/shippedScenarios";

describe("the lab's address", () => {
  it("refuses an address that sets a field of another kind, or a kind only a file can give", () => {
    expect(decodeState("?scenario=asylum-offer-deadline&set=thresholds.min:0.2").problems).toEqual(["thresholds.min: not used by this scenario"]);
    expect(decodeState("?scenario=asylum-offer-deadline&set=thresholds.distribution:list").problems[0]).toMatch(/thresholds.distribution: "list" is not one of normal, uniform, beta/);
  });

  it("reads a control's value as the number box does: the whole value in the registry's range, or why not", () => {
    const size = controlsFor(SHIPPED.get("asylum-offer-deadline")!).main.find((s) => s.path === "army.size")!;
    expect(parseValue(size, "2000")).toBe(2000);
    expect(parseValue(size, "1e99")).toEqual({ problem: "1e+99 is not allowed: expected a whole number from 1 to 10,000,000 (soldiers)" });
    expect(parseValue(size, "3.7")).toEqual({ problem: "3.7 is not allowed: expected a whole number from 1 to 10,000,000 (soldiers)" });
  });

  it("leaves the comparison's and the panels' parameters to appAddress, and refuses any other", () => {
    expect(decodeState("?scenario=watts-2002&compare=x&sweep=y&tipping=z&calibrate=w").problems).toEqual([]);
    expect(decodeState("?scenario=watts-2002&colour=red").problems).toEqual(['unknown address parameter "colour"']);
    expect(encodeState(decodeState("?scenario=watts-2002&sweep=y").state).search).toBe("?scenario=watts-2002");
  });
});
