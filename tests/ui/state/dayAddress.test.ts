/** The player's day in the address: `&day=N`, a whole day of the run, round-tripped with the rest. */
import { describe, expect, it } from "vitest";
import { decodeDay } from "../../../src/ui/state/dayAddress";
import { decodeAddress, encodeAddress } from "../../../src/ui/state/appAddress";
import { DEFAULT_APP_STATE } from "../../../src/ui/state/appState";
import { decodeState } from "../../../src/ui/state/labAddress";

describe("the player's day in the address", () => {
  it("accepts a whole day from 0 to the run's last day; absent is the whole run", () => {
    expect(decodeDay(null, 120)).toEqual({ day: null });
    expect(decodeDay("0", 120)).toEqual({ day: 0 });
    expect(decodeDay("120", 120)).toEqual({ day: 120 });
    for (const bad of ["121", "-1", "1.5", "", "1e2", "x"]) expect(decodeDay(bad, 120)).toEqual({ problem: expect.stringMatching(/^day: .* is not a day of this run \(a whole number from 0 to 120\)$/) });
  });

  it("round-trips with the lab's settings, and a day past the scenario's last rejects the address", async () => {
    const lab = decodeState("?scenario=asylum-offer-deadline&set=army.days:60").state;
    const { search } = encodeAddress({ ...DEFAULT_APP_STATE, lab, day: 40 }, null);
    expect(search).toBe("?scenario=asylum-offer-deadline&set=army.days:60&day=40");
    const decoded = await decodeAddress(search);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state).toEqual({ lab, day: 40 });
    expect(encodeAddress({ ...DEFAULT_APP_STATE, lab }, null).search).not.toContain("day=");
    const late = await decodeAddress("?scenario=asylum-offer-deadline&set=army.days:60&day=61");
    expect(late.problems).toEqual(["day: \"61\" is not a day of this run (a whole number from 0 to 60)"]);
  });
});
