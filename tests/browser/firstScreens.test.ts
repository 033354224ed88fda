/**
 * The first screen of each view (the run, compare, sweep with its tipping point, calibrate, which
 * levers matter, the library) at 1280x800 and on a 390x844 phone, as a first-time user opens it:
 * nothing wider than the page, every view tab whole, the controls' values whole in their boxes.
 * Screenshots go to test-output/screenshots/first-*.png.
 */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { NARROW, SHOTS, WIDE, openLabPage } from "./harness";
import { useLab } from "./useLab";

const lab = useLab();

/** Boxes in view whose text the box cuts (an input's or a select's content wider than the box is not one: selects show theirs under them). */
const cutInputs = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>("input[type=number], input[type=text]")]
      .filter((input) => input.getClientRects().length > 0 && input.value !== "")
      .filter((input) => {
        const box = input.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight && input.scrollWidth > input.clientWidth + 1;
      })
      .map((input) => `${input.id || input.getAttribute("aria-label")}=${input.value}`),
  );

const VIEWS: { name: string; search?: string; open: (page: Page) => Promise<void> }[] = [
  { name: "lab", open: async () => {} },
  { name: "compare", open: (page) => page.click("#tab-compare") },
  { name: "sweep", open: (page) => page.click("#tab-sweep") },
  { name: "tipping", open: async (page) => (await page.click("#tab-sweep"), page.locator("#tip-path").scrollIntoViewIfNeeded()) },
  { name: "calibrate", search: "?scenario=gulf-war-1991", open: async (page) => (await page.locator("#calibrate > summary").click(), page.locator("#calibrate").scrollIntoViewIfNeeded()) },
  { name: "levers", open: (page) => page.click("#tab-levers") },
];

describe("the first screen of each view", () => {
  for (const viewport of [WIDE, NARROW]) {
    test(`at ${viewport.width}x${viewport.height}: no view is wider than the page, every tab is whole, no value is cut in its box`, async () => {
      for (const view of VIEWS) {
        const page = await openLabPage(lab, view.search ?? "", viewport);
        await view.open(page);
        await page.waitForTimeout(200);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), view.name).toBeLessThanOrEqual(viewport.width);
        // Each tab whole inside the tab row (a phone once cut the last one to "Which").
        const tabs = await page.locator("#results .view-tabs").evaluate((row) => {
          const edge = row.getBoundingClientRect();
          return [...row.querySelectorAll("[role=tab]")].map((tab) => {
            const box = tab.getBoundingClientRect();
            return { text: (tab as HTMLElement).innerText.trim(), whole: box.left >= edge.left - 1 && box.right <= edge.right + 1 };
          });
        });
        expect(tabs.filter((tab) => !tab.whole), `${view.name}: tabs cut`).toEqual([]);
        expect(await cutInputs(page), `${view.name}: values cut in their boxes`).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `first-${view.name}-${viewport.width}x${viewport.height}.png`) });
        expect(page.problems).toEqual([]);
        await page.close();
      }
    }, 90_000);
  }

  test("at 1280x800 the cascade chart stays on the first screen when a knife-edge notice is shown (hessians-1776)", async () => {
    // One slider step above the fitted 0.25, where the next step flips the outcome (as words.test.ts opens it).
    const page = await openLabPage(lab, "?scenario=hessians-1776&set=offer.attractiveness:0.26", WIDE);
    await page.waitForFunction(() => document.body.dataset.knifeEdgeState === "flips", null, { timeout: 30_000 });
    expect(await page.locator("#knife-edge").isVisible()).toBe(true);
    const chart = (await page.locator("#chart-cascade svg").boundingBox())!;
    expect(chart.y + chart.height).toBeLessThanOrEqual(WIDE.height);
    await page.screenshot({ path: join(SHOTS, "first-knife-edge-1280x800.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);

  test("the comparison's empty hint points at the controls wherever they are, and the library fits a phone", async () => {
    const page = await openLabPage(lab, "", NARROW);
    await page.click("#tab-compare");
    expect(await page.locator("#compare-view .empty-hint").innerText()).not.toMatch(/on the left/);
    await page.goto(`${lab.url}scenarios.html`);
    await page.waitForSelector(".scenario-card, article, h2");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
    await page.screenshot({ path: join(SHOTS, "first-library-390x844.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 30_000);
});
