// @vitest-environment jsdom
/** The run/cancel/progress bar the sweep and levers views share: ids from the prefix, buttons wired, Run and Cancel exclusive. */
import { describe, expect, it } from "vitest";
import { runStatusBar } from "../../../src/ui/sweep/runStatusBar";

function bar(idPrefix: string) {
  const root = document.body.appendChild(document.createElement("div"));
  const calls: string[] = [];
  const made = runStatusBar(root, { idPrefix, runLabel: "Run it", progressLabel: "Its progress", noun: "point", run: () => calls.push("run"), cancel: () => calls.push("cancel") });
  return { root, calls, made };
}

describe("runStatusBar", () => {
  it("names its parts after the prefix and calls run and cancel", () => {
    document.body.replaceChildren();
    const { calls } = bar("levers");
    const run = document.getElementById("levers-run") as HTMLButtonElement;
    expect(run.textContent).toBe("Run it");
    expect(document.querySelector("progress")!.getAttribute("aria-label")).toBe("Its progress");
    expect(document.getElementById("levers-status")!.getAttribute("role")).toBe("status");
    expect(document.getElementById("levers-messages")).not.toBeNull();
    run.click();
    (document.getElementById("levers-cancel") as HTMLButtonElement).click();
    expect(calls).toEqual(["run", "cancel"]);
  });

  it("offers Run when idle and Cancel while running", () => {
    document.body.replaceChildren();
    const { made } = bar("sweep");
    const run = document.getElementById("sweep-run") as HTMLButtonElement;
    const cancel = document.getElementById("sweep-cancel") as HTMLButtonElement;
    made.setRunning(true);
    expect([run.disabled, cancel.disabled]).toEqual([true, false]);
    made.setRunning(false);
    expect([run.disabled, cancel.disabled]).toEqual([false, true]);
  });

  it("reports progress in its noun, and shows messages under the bar", () => {
    document.body.replaceChildren();
    const { made } = bar("sweep");
    made.progress.started(4, 10, 2);
    expect(document.getElementById("sweep-status")!.textContent).toBe("Starting 4 points (40 runs) on 2 workers…");
    made.messages.show("notice", "Busy");
    expect(document.querySelector("#sweep-messages .message.notice")!.textContent).toContain("Busy");
  });
});
