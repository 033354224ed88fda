/**
 * The "Calibrate to history" panel in a real headless Chromium, against the production build: the
 * fitted value equals what calibrate() gives in Node for the same inputs, "Use these values" sets
 * the control, Cancel stops mid-way with the page responsive, and bad inputs are named.
 * Screenshots go to test-output/screenshots/calibrate-*.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { loadScenario, scenarioFromObject, setParameter, toModelParams } from "../../src/scenario/index";
import { parseTarget } from "../../src/scenario/target";
import { calibrate } from "../../src/calibration/calibrate";
import { ROOT, SHOTS, openLabPage, type TestPage, WIDE, NARROW, commitNumber } from "./harness";
import { useLab } from "./useLab";

const GULF = loadScenario(readFileSync(join(ROOT, "scenarios", "gulf-war-1991.json"), "utf8"));
/** The air campaign's deserters by its eve alone: one parameter and one target, fitted by bisection. */
const TARGET = "defected@day=37:150..300";

const lab = useLab();

async function open(search: string, viewport = WIDE): Promise<TestPage> {
  return openLabPage(lab, search, viewport);
}

async function fill(page: Page, runs: string, low: string, high: string): Promise<void> {
  await page.locator("#calibrate > summary").click();
  for (const box of await page.locator("#calibrate .cal-targets input").all()) if ((await box.inputValue()) !== TARGET) await box.uncheck();
  expect(await page.locator("#cal-fit-1").inputValue()).toBe("offer.attractiveness");
  await page.locator("#cal-runs").fill(runs);
  await page.locator("#cal-range-1-low").fill(low);
  await page.locator("#cal-range-1-high").fill(high);
}

describe("calibrate panel", () => {
  test("fits offer.attractiveness as calibrate() does in Node, and Use these values sets the control", async () => {
    const page = await open("?scenario=gulf-war-1991");
    expect(await page.locator("#calibrate").isVisible()).toBe(true);
    await fill(page, "3", "0", "0.05");
    await page.click("#cal-start");
    // The same calibration in Node, while the page's worker runs its own.
    const expected = calibrate({
      build: (values) => toModelParams(scenarioFromObject(setParameter(GULF, "offer.attractiveness", values[0]))),
      fit: ["offer.attractiveness"],
      targets: [parseTarget(TARGET)],
      runs: 3,
      seed: GULF.parameters.seed,
      ranges: { "offer.attractiveness": [0, 0.05] },
    });
    await page.waitForFunction(() => document.body.dataset.calibrateState === "done", null, { timeout: 25_000 });
    const fitted = page.locator("#cal-result li[data-path='offer.attractiveness']");
    const inPage = Number(await fitted.getAttribute("data-value"));
    expect(inPage).toBe(expected.parameters[0].value);
    expect(Number(await fitted.getAttribute("data-low"))).toBe(expected.parameters[0].low);
    expect(Number(await fitted.getAttribute("data-high"))).toBe(expected.parameters[0].high);
    expect(await fitted.innerText()).toMatch(/(values whose mean meets the range|simulation-noise interval): [\d.e-]+ to [\d.e-]+/);
    expect(await page.locator(".cal-interval-note").innerText()).toMatch(/^Not a credible interval/);
    await page.screenshot({ path: join(SHOTS, "calibrate-1280x800.png") });

    const before = await page.evaluate(() => document.body.dataset.renderedAt);
    await page.click("#cal-use");
    await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev, before);
    expect(Number(await page.locator("#ctl-offer-attractiveness-number").inputValue())).toBeCloseTo(inPage, 6);
    expect(page.url()).toContain(`offer.attractiveness:${inPage}`);
    await page.setViewportSize(NARROW);
    await page.locator("#cal-result").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "calibrate-390x844.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);

  test("Cancel stops a calibration mid-way and the page stays responsive; bad inputs are named", async () => {
    const page = await open("?scenario=gulf-war-1991");
    await fill(page, "20", "", "");
    await page.click("#cal-start");
    await expect.poll(() => page.locator("#cal-status").innerText(), { timeout: 15_000 }).toMatch(/\d+ ensembles? of 20 runs done/);
    await page.click("#cal-cancel");
    await page.waitForFunction(() => document.body.dataset.calibrateState === "cancelled");
    expect(await page.locator("#cal-status").innerText()).toMatch(/cancelled/);
    expect(await page.locator("#cal-result li").count()).toBe(0);
    // The lab still runs.
    const before = await page.evaluate(() => document.body.dataset.renderedAt);
    await commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.06");
    await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev, before, { timeout: 10_000 });

    // Bad fields are named before anything runs; an unreachable target is the calibration's own message.
    await page.locator("#cal-runs").fill("0");
    await page.locator("#cal-range-1-low").fill("0.5");
    await page.locator("#cal-range-1-high").fill("0.2");
    await page.click("#cal-start");
    expect(await page.locator("#cal-error").innerText()).toMatch(/Runs per ensemble: 0 is not allowed/);
    expect(await page.locator("#cal-error").innerText()).toMatch(/Range of offer.attractiveness \(fit 1\): the low end \(0.5\) must be below/);
    await page.locator("#cal-runs").fill("2");
    // An offer this attractive sends far more than 300 across by day 37.
    await page.locator("#cal-range-1-low").fill("0.4");
    await page.locator("#cal-range-1-high").fill("0.5");
    await page.click("#cal-start");
    await page.waitForFunction(() => document.body.dataset.calibrateState === "failed", null, { timeout: 20_000 });
    expect(await page.locator("#cal-error").innerText()).toMatch(/out of reach/);
    await page.screenshot({ path: join(SHOTS, "calibrate-error-1280x800.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("the panel is hidden for a scenario without targets", async () => {
    const page = await open("?scenario=watts-2002");
    expect(await page.locator("#calibrate").isVisible()).toBe(false);
    await page.close();
  });
});
