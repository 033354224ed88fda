/**
 * Kept runs in the page (src/ui/workers/runResults.ts): one arrow press to a value the knife-edge
 * probe has just run, and a move back to a value run before, are drawn at once from the kept runs,
 * and what is drawn is what a fresh page at that address (nothing kept) runs and draws. After a
 * run the worker's start-up work (warming its code, drawing opportunity days ahead) is marked when
 * done (the knife-edge probe starts only after it), and a move after it draws what a fresh page draws.
 */
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { openLabPage } from "./harness";
import { useLab } from "./useLab";

const lab = useLab();

const renderedAt = (page: Page) => page.evaluate(() => document.body.dataset.renderedAt ?? "");
async function redraw(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await renderedAt(page);
  await action();
  await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev, before, { timeout: 15_000 });
}
const statusText = (page: Page) => page.locator("#run-status .status-text").innerText();
/** What the run drew: the summary and the cascade curve. */
const drawn = async (page: Page) => ({ summary: await page.locator("#summary").innerText(), curve: await page.locator("#chart-cascade path.series-defected").getAttribute("d") });

describe("kept runs", () => {
  test("a value the knife-edge probe ran, and a value run before, are shown again at once with the numbers a fresh run gives", async () => {
    const page = await openLabPage(lab);
    const first = await drawn(page);
    const firstAddress = page.url();
    await page.waitForFunction(() => ["flips", "steady"].includes(document.body.dataset.knifeEdgeState ?? ""), null, { timeout: 60_000 });
    const slider = page.locator("#ctl-offer-attractiveness");
    const value = Number(await slider.inputValue());

    // One step down: the probe's first neighbour.
    await redraw(page, () => slider.press("ArrowLeft"));
    expect(Number(await slider.inputValue())).toBeCloseTo(value - 0.01, 9);
    expect(await statusText(page)).toMatch(/shown again: these settings ran before/);
    const down = await drawn(page);
    expect(down).not.toEqual(first);
    const downAddress = page.url();

    // Back up: the run the page started with.
    await redraw(page, () => slider.press("ArrowRight"));
    expect(await statusText(page)).toMatch(/shown again/);
    expect(await drawn(page)).toEqual(first);

    // A fresh page at each address runs it (nothing kept) and draws the same.
    for (const [address, expected] of [[downAddress, down], [firstAddress, first]] as const) {
      const fresh = await lab.browser.newPage({ viewport: page.viewportSize()! });
      await fresh.goto(address);
      await fresh.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
      expect(await statusText(fresh)).not.toMatch(/shown again/);
      expect(await drawn(fresh)).toEqual(expected);
      await fresh.close();
    }
    await page.close();
  }, 120_000);

  test("the worker's start-up work after the first run is marked when done, and a move after it draws what a fresh page draws", async () => {
    const page = await openLabPage(lab, "?scenario=chieu-hoi");
    // settledRunId follows runId once the worker's work while idle is over (workers/simulationWorker.ts).
    await page.waitForFunction(() => document.body.dataset.settledRunId === document.body.dataset.runId, null, { timeout: 60_000 });
    // The knife-edge probe waits for it (the two would share the cores), then a quiet moment more.
    expect(await page.evaluate(() => document.body.dataset.knifeEdgeState)).toBe("waiting");
    const slider = page.locator("#ctl-offer-attractiveness");
    await redraw(page, () => slider.press("ArrowRight"));
    expect(await statusText(page)).not.toMatch(/shown again/);
    const moved = await drawn(page);
    const fresh = await lab.browser.newPage({ viewport: page.viewportSize()! });
    await fresh.goto(page.url());
    await fresh.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 30_000 });
    expect(await drawn(fresh)).toEqual(moved);
    await fresh.close();
    await page.close();
  }, 120_000);
});
