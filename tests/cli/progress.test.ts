import { describe, expect, it } from "vitest";
import { progressBar } from "../../src/cli/progress";

describe("progressBar", () => {
  it("draws nothing when stderr is not a terminal", () => {
    let written = "";
    const out = { write: (chunk: string) => ((written += chunk), true), once() {}, isTTY: false };
    let t = 0;
    const bar = progressBar(out, 10, "x", () => (t += 1000));
    for (let k = 1; k <= 10; k++) bar.update(k);
    bar.finish();
    expect(written).toBe("");
  });
  it("draws on a terminal once the batch has run for a moment, and clears its line at the end", () => {
    let written = "";
    const out = { write: (chunk: string) => ((written += chunk), true), once() {}, isTTY: true, columns: 80 };
    let t = 0;
    const bar = progressBar(out, 4, "x", () => (t += 300));
    for (let k = 1; k <= 4; k++) bar.update(k);
    bar.finish();
    expect(written).toContain("/4");
    expect(written.endsWith("\r\x1b[K")).toBe(true);
  });
  it("shows a label's control characters escaped, so a file name cannot recolour the terminal", () => {
    let written = "";
    const out = { write: (chunk: string) => ((written += chunk), true), once() {}, isTTY: true, columns: 80 };
    let t = 0;
    const bar = progressBar(out, 2, "evil\x1b[31mred", () => (t += 600));
    bar.update(1);
    expect(written).toContain("evil\\x1b[31mred");
    expect(written).not.toContain("\x1b[31m");
  });
});
