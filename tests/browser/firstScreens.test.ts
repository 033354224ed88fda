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

/** Pairs of the visible elements matching `selector` whose boxes overlap (by more than a pixel each way). */
const overlapsAmong = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ name: el.id || el.className || el.tagName, box: el.getBoundingClientRect() }));
    const pairs: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 1 && y > 1) pairs.push(`${a.name} / ${b.name}`);
      }),
    );
    return pairs;
  }, selector);

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

  // The historical scenarios and the default, once the knife-edge check has had its say (its notice, when shown, sits above the chart).
  const FIRST_RUNS = ["?scenario=hessians-1776&set=offer.attractiveness:0.26", "?scenario=hessians-1776", "?scenario=chieu-hoi", "?scenario=russia-asylum-2022", "?scenario=russia-asylum-2022-open-ended", "?scenario=gulf-war-1991", ""];
  for (const viewport of [NARROW, WIDE]) {
    test(`at ${viewport.width}x${viewport.height} the whole cascade chart is on the first screen, under a run head and a player whose parts do not overlap`, async () => {
      for (const search of FIRST_RUNS) {
        const page = await openLabPage(lab, search, viewport);
        await page.waitForFunction(() => ["flips", "steady"].includes(document.body.dataset.knifeEdgeState ?? ""), null, { timeout: 60_000 });
        if (search.includes("0.26")) expect(await page.locator("#knife-edge").isVisible(), search).toBe(true);
        const chart = (await page.locator("#chart-cascade svg").boundingBox())!;
        expect(chart.y + chart.height, `${search}: bottom of the cascade chart`).toBeLessThanOrEqual(viewport.height);
        // The phone hides the word "Speed" from sight, not from the select's name.
        expect(await page.getByRole("combobox", { name: "Speed" }).count(), search).toBe(1);
        expect(await overlapsAmong(page, "#run-view .run-head :is(h2, .status-text, button, a), #player > :is(button, input, output, label:not(.visually-hidden)), #view-options label"), search).toEqual([]);
        expect(page.problems).toEqual([]);
        await page.close();
      }
    }, 180_000);
  }

  test("event labels never overlap on any chart over days, and hessians-1776's five mobilisations are one row of tags named in the legend on a phone", async () => {
    for (const viewport of [NARROW, WIDE]) {
      // A link to a day draws the day's label on the curve too: it must clear the event labels.
      for (const search of ["?scenario=hessians-1776", "?scenario=hessians-1776&day=1000", "?scenario=chieu-hoi", "?scenario=gulf-war-1991&day=30", "?scenario=russia-asylum-2022"]) {
        const page = await openLabPage(lab, search, viewport);
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll("#charts svg")].map((svg) => ({
            chart: svg.closest("[id^=chart-]")?.id ?? "?",
            labels: [...svg.querySelectorAll(".events text, .now text")].map((text) => {
              const box = text.getBoundingClientRect();
              return { text: text.textContent ?? "", left: box.left, right: box.right, top: box.top, bottom: box.bottom };
            }),
            legend: [...svg.querySelectorAll(".legend text")].map((text) => text.textContent),
          })),
        );
        const withEvents = charts.filter((c) => c.labels.length > 0);
        expect(withEvents.length, search).toBeGreaterThanOrEqual(3); // the curve, the daily chart and awareness
        for (const { chart, labels } of withEvents) {
          const overlapping = labels.flatMap((a, i) =>
            labels.slice(i + 1).filter((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5).map((b) => `${a.text} / ${b.text}`),
          );
          expect(overlapping, `${search} ${viewport.width}: ${chart}`).toEqual([]);
        }
        if (search === "?scenario=hessians-1776") {
          const cascade = charts.find((c) => c.chart === "chart-cascade")!;
          expect(new Set(cascade.labels.map((l) => Math.round(l.top))).size, `rows of labels at ${viewport.width}`).toBe(1);
          if (viewport === NARROW) {
            expect(cascade.labels.map((l) => l.text)).toEqual(["M", "M", "M", "M", "M"]);
            expect(cascade.legend).toEqual(expect.arrayContaining(["M", "mobilisation"]));
          } else expect(cascade.labels.map((l) => l.text)).toEqual(Array(5).fill("mobilisation"));
        }
        await page.screenshot({ path: join(SHOTS, `first-events-${search.slice(1).replace(/\W+/g, "-")}-${viewport.width}x${viewport.height}.png`) });
        expect(page.problems).toEqual([]);
        await page.close();
      }
    }
  }, 120_000);

  test("on a phone the readouts keep their rows when a link opens a run at a day (hessians-1776, gulf-war-1991, the default), so the chart does not move as the cascade plays", async () => {
    const summaryHeight = async (search: string) => {
      const page = await openLabPage(lab, search, NARROW);
      const height = (await page.locator("#summary").boundingBox())!.height;
      expect(page.problems).toEqual([]);
      await page.close();
      return height;
    };
    for (const [scenario, day] of [["?scenario=hessians-1776", 1000], ["?scenario=gulf-war-1991", 30], ["?", 40]] as const) {
      const whole = await summaryHeight(scenario);
      expect(await summaryHeight(`${scenario}&day=${day}`), `${scenario} at day ${day}`).toBeLessThanOrEqual(whole);
    }
  }, 60_000);

  test("on a phone the knife-edge notice is a two-line headline whose why opens under it", async () => {
    const page = await openLabPage(lab, "?scenario=hessians-1776&set=offer.attractiveness:0.26", NARROW);
    await page.waitForFunction(() => document.body.dataset.knifeEdgeState === "flips", null, { timeout: 60_000 });
    const notice = page.locator("#knife-edge");
    const lines = (box: { height: number }, lineHeight: number) => Math.round(box.height / lineHeight);
    const lineHeight = await notice.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(lines((await notice.locator("summary").boundingBox())!, lineHeight)).toBeLessThanOrEqual(2);
    const chartBefore = (await page.locator("#chart-cascade svg").boundingBox())!.y;
    await notice.locator("summary").click();
    expect(await notice.locator("p").isVisible()).toBe(true);
    // Opened, it pushes the chart down by its own height; the reader asked for it.
    expect((await page.locator("#chart-cascade svg").boundingBox())!.y).toBeGreaterThan(chartBefore);
    await page.screenshot({ path: join(SHOTS, "first-knife-edge-390x844.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 90_000);

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
