/**
 * The sweep view in a real headless Chromium, against the production build: a small 2-D sweep
 * draws its phase diagram cell by cell, its grid CSV has the numbers of `defection sweep` on the
 * same spec (linear ranges, log ranges and lists of values), a click on a cell opens it as a
 * variant, and cancel leaves a usable partial grid.
 * Screenshots: test-output/screenshots/sweep-*.png.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { csvParse } from "d3";
import type { Page } from "playwright-core";
import { ROOT, SHOTS, NARROW, openLabPage, type TestPage } from "./harness";
import { useLab } from "./useLab";

const dir = mkdtempSync(join(tmpdir(), "sweep-page-"));
const lab = useLab();

async function open(search: string): Promise<TestPage> {
  const page = await openLabPage(lab, search);
  await page.click("#tab-sweep");
  return page;
}

async function setNumber(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).fill(value);
}

async function axis(page: Page, k: number, path: string, from: string, to: string, steps: string): Promise<void> {
  await page.selectOption(`#sweep-path-${k}`, path);
  await setNumber(page, `#sweep-from-${k}`, from);
  await setNumber(page, `#sweep-to-${k}`, to);
  await setNumber(page, `#sweep-steps-${k}`, steps);
}

/** The page's sweep run by `defection sweep` on the same spec: the grid CSVs must agree but for the spec column. */
async function expectSameAsCommandLine(page: Page, grid: string): Promise<void> {
  const input = await page.evaluate(() => (window as unknown as { defectionSweep: { input(): unknown } }).defectionSweep.input());
  writeFileSync(join(dir, "spec.json"), JSON.stringify(input));
  const cli = spawnSync(process.execPath, [join(ROOT, "bin", "defection.js"), "sweep", "spec.json", "--out", "x.csv", "--workers", "2"], { cwd: dir, encoding: "utf8" });
  expect(cli.status, cli.stderr).toBe(0);
  const expected = readFileSync(join(dir, "x.csv"), "utf8");
  expect(grid.split("\n")[0]).toBe(expected.split("\n")[0]);
  expect(withoutSpec(grid)).toEqual(withoutSpec(expected));
}

/** A 4 x 4 sweep of 20,000 soldiers, 10 runs a cell, on one worker: still running once `cells` cells are drawn. */
async function startSlowSweep(cells: number): Promise<TestPage> {
  const page = await open("?scenario=asylum-offer-deadline&set=army.size:20000");
  await page.evaluate(() => (window as unknown as { defectionSweep: { setPoolSize(n: number): void } }).defectionSweep.setPoolSize(1));
  await axis(page, 0, "offer.attractiveness", "0.1", "0.9", "4");
  await axis(page, 1, "thresholds.mean", "0.2", "0.6", "4");
  await setNumber(page, "#sweep-runs", "10");
  await page.click("#sweep-run");
  await page.waitForFunction((n) => Number(document.body.dataset.sweepCells ?? 0) >= n, cells, { timeout: 20_000 });
  return page;
}

async function fetchDownload(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return readFileSync((await download.path())!, "utf8");
}

const withoutSpec = (text: string) => csvParse(text).map(({ spec: _spec, ...rest }) => rest);

describe("sweep view", () => {
  test("a 3 x 3 sweep draws 9 cells with the command line's numbers, and a click opens a cell as a variant", async () => {
    // Soldiers who act on the first chance and never forget, so that some cells cascade and the 0.5 contour exists
    // (with the default scenario's procrastination and forgetting no cell cascades).
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:500,behaviour.actRate:1,behaviour.forgetRate:0");
    await axis(page, 0, "offer.attractiveness", "0.1", "0.9", "3");
    await axis(page, 1, "thresholds.mean", "0.2", "0.6", "3");
    await setNumber(page, "#sweep-runs", "4");
    await page.click("#sweep-run");
    await page.waitForFunction(() => document.body.dataset.sweepState === "done", null, { timeout: 20_000 });
    expect(await page.locator("#sweep-chart-body rect.sweep-cell").count()).toBe(9);
    expect(await page.locator("#sweep-status").innerText()).toContain("9 cells");
    expect(await page.locator("#sweep-verdict").innerText()).toMatch(/^A cascade is more likely than not in \d of 9 cells; the chance is highest \(\d+%\) at offer attractiveness [\d.]+ and threshold mean [\d.]+ and lowest/);

    const grid = await fetchDownload(page, "#sweep-download-csv");
    await expectSameAsCommandLine(page, grid);
    expect(csvParse(grid).every((row) => row.spec === "page")).toBe(true);

    // Hover shows the exact numbers; a screenshot of the phase diagram.
    await page.locator('rect.sweep-cell[data-cell="4"]').hover();
    expect(await page.locator("#sweep-chart-body .dc-tooltip").innerText()).toContain("Cascade probability");
    expect(await page.locator("#sweep-chart-body path.sweep-contour").count()).toBe(1);
    await page.locator("#sweep-chart").scrollIntoViewIfNeeded();
    await page.locator('rect.sweep-cell[data-cell="4"]').hover();
    await page.screenshot({ path: join(SHOTS, "sweep-1280x800.png") });

    await page.locator('rect.sweep-cell[data-cell="4"]').click();
    expect(await page.locator("#tab-compare").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => page.locator("#variant-list > li").count()).toBe(1);
    expect(await page.locator("#variant-list .variant-name").first().inputValue()).toBe("Offer attractiveness: 0.5, Threshold mean: 0.4");

    // Enter on a focused cell adds another.
    await page.click("#tab-sweep");
    await page.locator('rect.sweep-cell[data-cell="0"]').focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#variant-list > li").count()).toBe(2);
    expect(page.problems).toEqual([]);
  }, 40_000);

  test("a cell whose value makes no valid scenario is named before anything runs (the form checks only the axes)", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:500");
    // 100 to 201 in 3 steps: 100, 150.5, 201; the middle army size is not a whole number.
    await axis(page, 0, "army.size", "100", "201", "3");
    await page.selectOption("#sweep-path-1", "");
    await setNumber(page, "#sweep-runs", "2");
    await page.click("#sweep-run");
    await expect.poll(() => page.locator("#sweep-messages").innerText()).toContain("Cell 2 of the sweep (Army size = 150.5) is not a valid scenario, so nothing was run");
    expect(await page.locator("#sweep-messages").innerText()).toContain("parameters.army.size");
    expect(await page.locator("#sweep-status").innerText()).toContain("Not run");
    expect(await page.locator("#sweep-chart-body circle.sweep-point").count()).toBe(0);
    await page.close();
  }, 40_000);

  test("one parameter draws the cascade probability with its band and the mean final share", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:500");
    await axis(page, 0, "offer.attractiveness", "0", "0.8", "5");
    await page.selectOption("#sweep-path-1", "");
    await setNumber(page, "#sweep-runs", "4");
    await page.click("#sweep-run");
    await page.waitForFunction(() => document.body.dataset.sweepState === "done", null, { timeout: 20_000 });
    expect(await page.locator("#sweep-chart-body circle.sweep-point").count()).toBe(5);
    expect(await page.locator("#sweep-verdict").innerText()).toMatch(/^(As offer attractiveness goes from 0 to 0\.8, the cascade chance (rises past|falls below) 50% between|Over offer attractiveness 0 to 0\.8, a cascade is)/);
    for (const mark of ["path.sweep-band", "path.sweep-probability", "path.sweep-share"]) expect(await page.locator(`#sweep-chart-body ${mark}`).count()).toBe(1);
    await page.locator("#sweep-chart").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "sweep-line-1280x800.png") });
    const svg = await fetchDownload(page, "#sweep-download-svg");
    expect(svg).toContain("Cascade probability and final share");
    expect(csvParse(await fetchDownload(page, "#sweep-download-csv")).columns.slice(0, 4)).toEqual(["cell", "cells", "offer.attractiveness", "runs"]);
    await page.locator('circle.sweep-point[data-cell="1"]').click();
    await expect.poll(() => page.locator("#variant-list > li").count()).toBe(1);
    expect(await page.locator("#variant-list .variant-name").first().inputValue()).toBe("Offer attractiveness: 0.2");
    expect(page.problems).toEqual([]);
  });

  test("a log range is drawn on a log axis, and a list of values sweeps just those values, as the command line does", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:500");
    await page.selectOption("#sweep-scale-0", "log");
    await axis(page, 0, "offer.attractiveness", "0.01", "1", "3");
    await page.selectOption("#sweep-path-1", "");
    await setNumber(page, "#sweep-runs", "4");
    await page.click("#sweep-run");
    await page.waitForFunction(() => document.body.dataset.sweepState === "done", null, { timeout: 20_000 });
    const xs = await page.locator("#sweep-chart-body circle.sweep-point").evaluateAll((points) => points.map((p) => Number(p.getAttribute("cx"))));
    expect(xs.length).toBe(3);
    // 0.01, 0.1, 1: evenly spaced on a log axis (on a linear one the first gap would be 1/11 of the second).
    expect(Math.abs(xs[1] - xs[0] - (xs[2] - xs[1]))).toBeLessThan(1);
    expect(csvParse(await fetchDownload(page, "#sweep-download-csv")).map((row) => row["offer.attractiveness"])).toEqual(["0.01", "0.1", "1"]);
    await page.locator("#sweep-chart").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "sweep-log-1280x800.png") });

    // A second parameter given as a list: 3 x 2 cells.
    await page.selectOption("#sweep-path-1", "thresholds.mean");
    await page.selectOption("#sweep-scale-1", "list");
    expect(await page.locator("#sweep-from-1").isVisible()).toBe(false);
    await page.locator("#sweep-values-1").fill("0.2, 0.5");
    await page.click("#sweep-run");
    await page.waitForFunction(() => document.body.dataset.sweepState === "done" && document.body.dataset.sweepCells === "6", null, { timeout: 20_000 });
    expect(await page.locator("#sweep-chart-body rect.sweep-cell").count()).toBe(6);
    await expectSameAsCommandLine(page, await fetchDownload(page, "#sweep-download-csv"));
    await page.locator("fieldset.sweep-form").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "sweep-list-1280x800.png") });
    expect(page.problems).toEqual([]);
  }, 40_000);

  test("a log range from 0 and a list with a word in it are refused, naming the parameter", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:500");
    await page.selectOption("#sweep-scale-0", "log");
    await axis(page, 0, "offer.attractiveness", "0", "1", "3");
    await page.selectOption("#sweep-path-1", "thresholds.mean");
    await page.selectOption("#sweep-scale-1", "list");
    await page.locator("#sweep-values-1").fill("0.2, abc");
    await page.click("#sweep-run");
    await expect.poll(() => page.locator("#sweep-errors").innerText()).toContain("Parameter 2: values must be numbers separated by commas (“abc” is not)");
    expect(await page.evaluate(() => document.body.dataset.sweepState)).toBe("idle");
    await page.locator("#sweep-values-1").fill("0.2 0.5");
    await page.click("#sweep-run");
    await expect.poll(() => page.locator("#sweep-errors").innerText()).toContain("Parameter 1: a log range needs from and to above 0");
    expect(await page.evaluate(() => document.body.dataset.sweepState)).toBe("idle");
    await page.locator("fieldset.sweep-form").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "sweep-invalid-1280x800.png") });
    await page.setViewportSize(NARROW);
    await page.locator("fieldset.sweep-form").first().screenshot({ path: join(SHOTS, "sweep-form-390x844.png") });
  });

  test("invalid settings are named next to the form and not run", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:500");
    await axis(page, 0, "offer.attractiveness", "0.1", "1.5", "3");
    await page.click("#sweep-run");
    await expect.poll(() => page.locator("#sweep-errors").innerText()).toContain("Parameter 1");
    expect(await page.locator("#sweep-errors").innerText()).toContain("1.5");
    expect(await page.evaluate(() => document.body.dataset.sweepState)).toBe("idle");
  });

  test("the sweep and the comparison share one pool of workers: while one runs, the other says so and waits", async () => {
    const page = await startSlowSweep(1);

    await page.click("#tab-compare");
    await page.click("#compare-pin");
    await page.locator("#compare-runs").fill("2");
    await page.click("#compare-run");
    await expect.poll(() => page.locator("#compare-messages").innerText()).toContain("The workers are running the sweep");
    await page.screenshot({ path: join(SHOTS, "compare-busy-1280x800.png") });
    expect(await page.evaluate(() => document.body.dataset.sweepState)).toBe("running");
    expect(await page.locator("#compare-cancel").isDisabled()).toBe(true);

    await page.click("#tab-sweep");
    await page.click("#sweep-cancel");
    await page.waitForFunction(() => document.body.dataset.sweepState === "cancelled", null, { timeout: 10_000 });
    await page.click("#tab-compare");
    await page.click("#compare-run");
    await page.waitForFunction(() => document.body.dataset.compareState === "done", null, { timeout: 30_000 });
    // The cancelled sweep's grid is still there.
    await page.click("#tab-sweep");
    expect(await page.locator("#sweep-chart-body rect.sweep-cell").count()).toBeGreaterThanOrEqual(1);
    expect(page.problems).toEqual([]);
  }, 60_000);

  test("cancel keeps the finished cells as a usable partial grid", async () => {
    const page = await startSlowSweep(2);
    await page.click("#sweep-cancel");
    await page.waitForFunction(() => document.body.dataset.sweepState === "cancelled", null, { timeout: 10_000 });
    const cells = await page.locator("#sweep-chart-body rect.sweep-cell").count();
    expect(cells).toBeGreaterThanOrEqual(2);
    expect(cells).toBeLessThan(16);
    const rows = csvParse(await fetchDownload(page, "#sweep-download-csv"));
    expect(rows.length).toBe(cells);
    expect(rows.every((row) => row.cells === "16" && row.runs === "10" && row.cascadeProbability !== "")).toBe(true);
    await page.locator("rect.sweep-cell").first().click();
    await expect.poll(() => page.locator("#variant-list > li").count()).toBe(1);
    expect(page.problems).toEqual([]);
  }, 40_000);
  test("on a phone every label of the sweep and tipping forms sits beside its box, inside the screen", async () => {
    const page = await openLabPage(lab, "?scenario=asylum-offer-deadline&set=army.size:500", NARROW);
    await page.click("#tab-sweep");
    const ids = ["sweep-path-0", "sweep-from-0", "sweep-to-0", "sweep-steps-0", "sweep-runs", "sweep-seed", "tip-path", "tip-from", "tip-to", "tip-level", "tip-runs"];
    const placed = await page.evaluate((ids) =>
      ids.map((id) => {
        const box = document.getElementById(id)!.getBoundingClientRect();
        const label = document.querySelector(`label[for="${id}"]`)!.getBoundingClientRect();
        return { id, sameRow: Math.abs(box.top + box.height / 2 - (label.top + label.height / 2)) < box.height / 2, labelLeft: label.right <= box.left + 1, inside: box.right <= document.documentElement.clientWidth };
      }), ids);
    for (const p of placed) expect(p, p.id).toEqual({ id: p.id, sameRow: true, labelLeft: true, inside: true });
    await page.locator("#sweep-path-0").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "sweep-form-390x844.png") });
    // The chart's legend takes two rows here: the plot starts below it, not under it.
    await page.click("#sweep-run");
    await page.waitForFunction(() => document.body.dataset.sweepState === "done", null, { timeout: 20_000 });
    const gap = await page.evaluate(() => {
      const legend = document.querySelector("#sweep-chart-body svg > g:not(.plot)")!.getBoundingClientRect();
      const plot = document.querySelector("#sweep-chart-body svg g.plot")!.getBoundingClientRect();
      return plot.top - legend.bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 30_000);
});
