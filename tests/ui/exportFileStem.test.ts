/** An export's file name: the job's name made safe, then its seed; the fallback without a job. */
import { describe, expect, it } from "vitest";
import { exportFileStem } from "../../src/ui/exportFileStem";

describe("exportFileStem", () => {
  it("keeps word characters, dots and dashes, and puts the seed after the name", () => {
    expect(exportFileStem({ name: "Gulf war / 1991: v2.1", masterSeed: 7 }, "sweep")).toBe("Gulf_war_1991_v2.1-seed7");
  });

  it("cuts the name at 80 characters", () => {
    expect(exportFileStem({ name: "a".repeat(100), masterSeed: 1 }, "sweep")).toBe(`${"a".repeat(80)}-seed1`);
  });

  it("uses the fallback for a name with nothing safe left, and alone without a job", () => {
    expect(exportFileStem({ name: "", masterSeed: 3 }, "levers")).toBe("levers-seed3");
    expect(exportFileStem(undefined, "levers")).toBe("levers");
    expect(exportFileStem(null, "comparison")).toBe("comparison");
  });
});
