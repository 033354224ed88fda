/** The story's step in the address. */
import { describe, expect, it } from "vitest";
import { decodeStoryStep, encodeStoryStep } from "../../../src/ui/state/storyAddress";
import { decodeAddress, encodeAddress } from "../../../src/ui/state/appAddress";
import { DEFAULT_APP_STATE } from "../../../src/ui/state/appState";

describe("story step in the address", () => {
  it("writes the step and nothing when no tour is on", () => {
    expect(encodeStoryStep(2)).toBe("story=2");
    expect(encodeStoryStep(0)).toBeNull();
  });
  it("reads steps 1 to 5 and refuses anything else, saying what is allowed", () => {
    expect(decodeStoryStep("3")).toEqual({ step: 3 });
    expect(decodeStoryStep(null)).toEqual({ step: 0 });
    for (const bad of ["0", "6", "2.5", "x", ""]) expect(decodeStoryStep(bad)).toEqual({ problem: expect.stringMatching(/^story: expected a step from 1 to 5, got /) });
  });
  it("round-trips with the lab's part, after it", async () => {
    const decoded = await decodeAddress("?scenario=hessians-1776&story=2");
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.story).toBe(2);
    expect(encodeAddress({ ...DEFAULT_APP_STATE, lab: decoded.state.lab, story: 2 }, null).search).toBe("?scenario=hessians-1776&story=2");
  });
  it("a bad step rejects the address as any bad setting does", async () => {
    const decoded = await decodeAddress("?scenario=hessians-1776&story=9");
    expect(decoded.problems).toEqual(['story: expected a step from 1 to 5, got "9"']);
    expect(decoded.state.story).toBeUndefined();
  });
});
