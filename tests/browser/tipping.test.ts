/**
 * The tipping-point finder in the Sweep view, in a real headless Chromium against the production
 * build: the value found equals findTippingPoint() in Node for the same inputs, "Show at the
 * tipping point" sets the control and shows that run with a notice, and a range where the cascade
 * probability does not cross the level is refused next to the form.
 * Screenshots go to test-output/screenshots/tipping-*.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { loadScenario, scenarioFromObject, setParameter, toModelParams } from "../../src/scenario/index";
import { findTippingPoint } from "../../src/sweep/tippingPoint";
import { ROOT, SHOTS, openLabPage, type TestPage } from "./harness";
import { useLab } from "./useLab";

const KURAN = loadScenario(readFileSync(join(ROOT, "scenarios", "kuran-bandwagon.json"), "utf8"));
const PATH = "offer.attractiveness";

const lab = useLab();

async function open(search: string): Promise<TestPage> {
  const page = await openLabPage(lab, search);
  await page.click("#tab-sweep");
  return page;
}

async function find(page: Page, from: string, to: string, runs: string): Promise<void> {
  expect(await page.locator("#tip-path").inputValue()).toBe(PATH);
  await page.locator("#tip-from").fill(from);
  await page.locator("#tip-to").fill(to);
  await page.locator("#tip-runs").fill(runs);
  expect(await page.locator("#tip-level").inputValue()).toBe("0.5");
  await page.click("#tip-start");
  await page.waitForFunction(() => ["done", "failed", "cancelled"].includes(document.body.dataset.tippingState ?? ""), null, { timeout: 20_000 });
}

describe("tipping point", () => {
  test("finds the tipping point of offer.attractiveness as findTippingPoint() does in Node, and shows the army there", async () => {
    const page = await open("?scenario=kuran-bandwagon");
    // The default range is the parameter's range.
    expect(await page.locator("#tip-from").inputValue()).toBe("0");
    expect(await page.locator("#tip-to").inputValue()).toBe("1");
    await find(page, "0", "0.1", "3");
    expect(await page.evaluate(() => document.body.dataset.tippingState)).toBe("done");
    const expected = findTippingPoint({
      build: (value) => toModelParams(scenarioFromObject(setParameter(KURAN, PATH, value))),
      path: PATH,
      range: [0, 0.1],
      integer: false,
      level: 0.5,
      runs: 3,
      seed: KURAN.parameters.seed,
    });
    const line = page.locator("#tip-line");
    const value = Number(await line.getAttribute("data-value"));
    expect(value).toBe(expected.value);
    expect(Number(await line.getAttribute("data-low"))).toBe(expected.low);
    expect(Number(await line.getAttribute("data-high"))).toBe(expected.high);
    const text = await line.innerText();
    // Named as its control is, not by its path.
    expect(text).toContain("Offer attractiveness: the cascade probability crosses 0.5 at ");
    expect(text).toMatch(/95% interval .+ to .+\); P = 0 at 0 and 1 at 0\.1/);
    await page.locator("#tipping").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "tipping-1280x800.png") });

    const before = await page.evaluate(() => document.body.dataset.renderedAt);
    await page.click("#tip-show");
    await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev, before);
    expect(await page.locator("#tab-run").getAttribute("aria-selected")).toBe("true");
    expect(Number(await page.locator("#ctl-offer-attractiveness-number").inputValue())).toBeCloseTo(value, 6);
    expect(page.url()).toContain(`offer.attractiveness:${value}`);
    const notice = await page.locator("#messages .message.notice").innerText();
    expect(notice).toContain("Showing the army at the tipping point of Offer attractiveness: ");
    expect(notice).toContain("the cascade probability crosses 0.5; 95% interval");
    await page.screenshot({ path: join(SHOTS, "tipping-shown-1280x800.png") });
    expect(page.problems).toEqual([]);
  });

  test("a range where the probability does not cross the level is refused next to the form", async () => {
    const page = await open("?scenario=kuran-bandwagon");
    await find(page, "0", "0.001", "3");
    expect(await page.evaluate(() => document.body.dataset.tippingState)).toBe("failed");
    const error = await page.locator("#tip-error").innerText();
    expect(error).toContain("does not cross 0.5");
    expect(await page.locator("#tip-line").count()).toBe(0);
    // Fields are checked before anything runs.
    await page.locator("#tip-level").fill("1.5");
    await page.click("#tip-start");
    await expect.poll(() => page.locator("#tip-error").innerText()).toContain("Level");
    expect(page.problems).toEqual([]);
  });
});
