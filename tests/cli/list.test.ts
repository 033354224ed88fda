import { describe, expect, it } from "vitest";
import { firstSentence } from "../../src/cli/commands/list";

describe("firstSentence", () => {
  it("stops at a full stop followed by a capital", () => {
    expect(firstSentence("An army of 10,000 in a war. The other side offers asylum.")).toBe("An army of 10,000 in a war.");
  });
  it("does not stop at an ellipsis inside a list of numbers", () => {
    expect(firstSentence("Thresholds 0, 1, 2, ..., 99 percent. Then more.")).toBe("Thresholds 0, 1, 2, ..., 99 percent.");
  });
  it("returns the whole text when there is one sentence or none", () => {
    expect(firstSentence("No full stop")).toBe("No full stop");
  });
});
