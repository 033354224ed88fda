/**
 * Long names are read whole at 1280x800 and on a 390x844 phone (issue 18's leftovers): the
 * comparison's per-variant charts wrap a variant's name or put it above its row rather than cut it,
 * without the chart overflowing; native selects show the whole name of what they hold.
 * Screenshots go to test-output/screenshots/names-*.png.
 */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { NARROW, SHOTS, WIDE, commitNumber, openLabPage } from "./harness";
import { useLab } from "./useLab";

const lab = useLab();
const LONG = "Offer closes: day 100; Offer attractiveness: 0.2";
const ROW_CHARTS = ["final-share", "cascade-probability", "paired-difference"];

/** Each row label of a per-variant chart: its drawn text (lines joined), its box and its chart's box. */
async function rowLabels(page: Page, chart: string) {
  return page.locator(`#chart-${chart} .row-labels text`).evaluateAll((texts) =>
    texts.map((text) => {
      const lines = [...text.querySelectorAll("tspan")].map((t) => t.textContent ?? "");
      const box = text.getBoundingClientRect();
      const svg = text.closest("svg")!.getBoundingClientRect();
      return { text: lines.length > 0 ? lines.join(" ") : (text.textContent ?? ""), lines: Math.max(1, lines.length), left: box.left, right: box.right, top: box.top, bottom: box.bottom, svgLeft: svg.left, svgRight: svg.right };
    }),
  );
}

describe("long names read whole", () => {
  test("the per-variant charts show a long variant name whole (wrapped or above its row), at 1280x800 and 390x844, without overflowing", async () => {
    const page = await openLabPage(lab, "", WIDE);
    await page.click("#pin-variant");
    await page.click("#tab-run");
    await commitNumber(page.locator("#ctl-offer-windows-0-close-number"), "100");
    await commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.2");
    await page.waitForFunction(() => location.search.includes("offer.attractiveness:0.2") && location.search.includes("close"));
    await page.click("#pin-variant");
    const names = await page.locator("#variant-list .variant-name").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names[1]).toBe(LONG);
    await page.locator("#compare-runs").fill("10");
    await page.locator("#compare-runs").dispatchEvent("change");
    await page.click("#compare-run");
    await page.waitForFunction(() => document.body.dataset.compareState === "done", null, { timeout: 30_000 });

    for (const viewport of [WIDE, NARROW]) {
      await page.setViewportSize(viewport);
      await expect.poll(async () => (await rowLabels(page, "final-share"))[0]?.svgRight ?? Infinity).toBeLessThanOrEqual(viewport.width);
      for (const chart of ROW_CHARTS) {
        const labels = await rowLabels(page, chart);
        expect(labels.length).toBeGreaterThan(0);
        const long = labels.find((label) => label.text.startsWith("Offer closes"))!;
        expect(long.text, `${chart} at ${viewport.width}px`).toBe(LONG);
        expect(long.lines).toBeLessThanOrEqual(2);
        for (const label of labels) {
          expect(label.left).toBeGreaterThanOrEqual(label.svgLeft - 1);
          expect(label.right).toBeLessThanOrEqual(label.svgRight + 1);
        }
        // Names do not run into each other.
        for (let i = 1; i < labels.length; i++) expect(labels[i].top).toBeGreaterThanOrEqual(labels[i - 1].bottom - 1);
        await page.locator(`#chart-${chart}`).screenshot({ path: join(SHOTS, `names-${chart}-${viewport.width}x${viewport.height}.png`) });
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    }
    expect(page.problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("a select that cuts its chosen name shows it whole under it and as its title; one that fits shows no extra line", async () => {
    const hessians = "Hessians, 1776-1783: land for deserters";
    const page = await openLabPage(lab, "?scenario=hessians-1776", WIDE);
    const picker = page.locator("#scenario-picker");
    const caption = page.locator("#scenario-picker + .whole-option-text");
    // Set from the address (in code, no change event): the side column cuts this name at 1280 px.
    expect(await picker.getAttribute("title")).toBe(hessians);
    await expect.poll(() => caption.isVisible()).toBe(true);
    expect(await caption.innerText()).toBe(hessians);
    const side = (await page.locator("#side").boundingBox())!;
    const box = (await caption.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(side.x + side.width);
    await page.screenshot({ path: join(SHOTS, "names-picker-1280x800.png"), clip: { x: 0, y: 0, width: 360, height: 260 } });
    // A shorter name fits: no extra line, the title follows.
    await page.selectOption("#scenario-picker", "asylum-offer-deadline");
    await expect.poll(() => caption.isVisible()).toBe(false);
    expect(await picker.getAttribute("title")).toBe("Asylum offer with a 60-day deadline");

    // The comparison's scenario list holds long names too: whole under it when cut, at both sizes.
    await page.click("#tab-compare");
    for (const viewport of [WIDE, NARROW]) {
      await page.setViewportSize(viewport);
      await page.selectOption("#compare-shipped", { label: 'Chieu Hoi ("Open Arms"), South Vietnam 1963-1973' });
      const shipped = page.locator("#compare-shipped");
      const whole = page.locator("#compare-shipped + .whole-option-text");
      // At 1280 px the list is as wide as its longest name; a phone cuts it.
      const cut = viewport === NARROW;
      await expect.poll(() => whole.isVisible()).toBe(cut);
      if (cut) expect(await whole.innerText()).toBe('Chieu Hoi ("Open Arms"), South Vietnam 1963-1973');
      expect((await shipped.boundingBox())!.x + (await shipped.boundingBox())!.width).toBeLessThanOrEqual(viewport.width);
      await page.locator(".compare-add").screenshot({ path: join(SHOTS, `names-compare-add-${viewport.width}x${viewport.height}.png`) });
    }

    // On a phone the levers' scale selects show "log-uniform" whole, and the table stays within the page.
    await page.click("#tab-levers");
    await expect.poll(() => page.locator("#lever-scale-0").isVisible()).toBe(true);
    expect(await page.locator(".lever-table .whole-option-text:not([hidden])").count()).toBe(0);
    const wrap = await page.locator(".lever-table-wrap").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);
});
