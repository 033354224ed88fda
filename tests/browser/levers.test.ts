/**
 * The "Which levers matter" view in a real headless Chromium, against the production build: a
 * small Morris screen and a small Sobol analysis draw their ranked bars, their indices and points
 * CSVs are byte for byte those of `defection sensitivity` on the downloaded spec, a click on a
 * lever opens its sweep, cancel keeps a usable partial result (whose points file the command line
 * resumes), and a reload keeps the form. Screenshots: test-output/screenshots/levers-*.png.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { csvParse } from "d3";
import type { Page } from "playwright-core";
import { ROOT, SHOTS, NARROW, openLabPage, commitNumber, type TestPage } from "./harness";
import { useLab } from "./useLab";

const dir = mkdtempSync(join(tmpdir(), "levers-page-"));
const lab = useLab();

async function open(search: string): Promise<TestPage> {
  const page = await openLabPage(lab, search);
  await page.click("#tab-levers");
  return page;
}

/** Ticks exactly the levers `paths` (the rest unticked). */
async function useLevers(page: Page, paths: string[]): Promise<void> {
  const rows = page.locator("#levers-table tbody tr");
  for (let k = 0; k < (await rows.count()); k++) {
    const path = await rows.nth(k).getAttribute("data-path");
    await rows.nth(k).locator('input[type="checkbox"]').setChecked(paths.includes(path!));
  }
}

async function fetchDownload(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return readFileSync((await download.path())!, "utf8");
}

/** The page's spec, run by `defection sensitivity`: returns its indices and points files. */
function runCommandLine(input: unknown, name: string, extra: string[] = []): { indices: string; points: string; stdout: string } {
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(input));
  const cli = spawnSync(process.execPath, [join(ROOT, "bin", "defection.js"), "sensitivity", `${name}.json`, "--out", `${name}.csv`, "--workers", "2", ...extra], { cwd: dir, encoding: "utf8" });
  expect(cli.status, cli.stderr).toBe(0);
  return { indices: readFileSync(join(dir, `${name}.csv`), "utf8"), points: readFileSync(join(dir, `${name}-points.csv`), "utf8"), stdout: cli.stdout };
}

const pageInput = (page: Page) => page.evaluate(() => (window as unknown as { defectionLevers: { input(): unknown } }).defectionLevers.input());

describe("which levers matter", () => {
  test("offers every main lever around its current value, and a Morris screen gives the command line's CSVs byte for byte", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:500");
    const rows = page.locator("#levers-table tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    // The offer's attractiveness (0.1 in this scenario) runs from half to twice it, log-uniform.
    const attractiveness = page.locator('#levers-table tr[data-path="offer.attractiveness"]');
    expect(await attractiveness.locator('input[type="number"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(["0.05", "0.2"]);
    expect(await attractiveness.locator("select").inputValue()).toBe("log-uniform");
    expect(await page.locator("#levers-size").innerText()).toContain("sample points");

    await useLevers(page, ["offer.attractiveness", "opportunity.daily", "offer.urgency", "awareness.leafletReach"]);
    await commitNumber(page.locator("#levers-trajectories"), "4");
    await commitNumber(page.locator("#levers-runs"), "3");
    await page.click("#levers-run");
    await page.waitForFunction(() => document.body.dataset.leversState === "done", null, { timeout: 30_000 });
    expect(await page.locator("#levers-chart-body g.lever-row").count()).toBe(4);
    expect(await page.locator("#levers-chart-body rect.index-muStar").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator("#levers-sentence").innerText()).toMatch(/moves most with|No lever moved/);
    expect(await page.locator("#levers-status").innerText()).toContain("20 points × 3 runs");

    const indices = await fetchDownload(page, "#levers-download-indices");
    const points = await fetchDownload(page, "#levers-download-points");
    const cli = runCommandLine(await pageInput(page), "morris");
    expect(indices).toBe(cli.indices);
    expect(points).toBe(cli.points);
    expect(csvParse(indices).length).toBe(4 * 4);

    await page.locator("#levers-chart").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "levers-morris-1280x800.png") });
    expect(await fetchDownload(page, "#levers-download-svg")).toContain("Which levers matter");
    await page.setViewportSize(NARROW);
    // The bars are redrawn to the phone's width.
    await expect.poll(() => page.locator("#levers-chart-body svg").evaluate((svg) => svg.getBoundingClientRect().width)).toBeLessThan(390);
    await page.locator("#levers-chart").screenshot({ path: join(SHOTS, "levers-morris-390x844.png") });
    await page.setViewportSize({ width: 1280, height: 800 });

    // A click on a lever's name opens its sweep over the lever's range.
    const first = await page.locator("#levers-chart-body g.lever-row").first().getAttribute("data-input");
    await page.locator("#levers-chart-body g.lever-row").first().locator("text.lever-name").click();
    expect(await page.locator("#tab-sweep").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#sweep-path-0").inputValue()).toBe(first);
    expect(await page.locator("#sweep-path-1").inputValue()).toBe("");
    await page.waitForFunction(() => document.body.dataset.sweepState === "done", null, { timeout: 30_000 });
    expect(await page.locator("#sweep-chart-body circle.sweep-point").count()).toBe(5);
    expect(page.problems).toEqual([]);
  }, 90_000);

  test("Sobol indices draw total and first-order bars with intervals, with the command line's CSVs", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:300");
    await useLevers(page, ["offer.attractiveness", "opportunity.daily", "offer.urgency"]);
    await page.selectOption("#levers-method", "sobol");
    await page.selectOption("#levers-sample", "16");
    await commitNumber(page.locator("#levers-runs"), "2");
    await page.locator("#levers-output-manpowerDenied").check();
    await page.click("#levers-run");
    await page.waitForFunction(() => document.body.dataset.leversState === "done", null, { timeout: 30_000 });
    for (const mark of ["rect.index-total", "path.interval-total", "path.interval-first"]) expect(await page.locator(`#levers-chart-body ${mark}`).count(), mark).toBeGreaterThanOrEqual(1);
    const cli = runCommandLine(await pageInput(page), "sobol");
    expect(await fetchDownload(page, "#levers-download-indices")).toBe(cli.indices);
    expect(await fetchDownload(page, "#levers-download-points")).toBe(cli.points);
    await page.selectOption("#levers-shown", "manpowerDenied");
    await expect.poll(() => page.locator("#levers-chart-title").innerText()).toContain("manpower denied");
    await page.locator("#levers-chart").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "levers-sobol-1280x800.png") });
    expect(page.problems).toEqual([]);
  }, 60_000);

  test("cancel keeps the finished points: indices from the complete trajectories, and a points file the command line resumes", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:10000");
    await page.evaluate(() => (window as unknown as { defectionLevers: { setPoolSize(n: number): void } }).defectionLevers.setPoolSize(1));
    await useLevers(page, ["offer.attractiveness", "opportunity.daily", "offer.urgency"]);
    await commitNumber(page.locator("#levers-trajectories"), "8");
    await commitNumber(page.locator("#levers-runs"), "4");
    await page.click("#levers-run");
    // 3 levers: 4 points a trajectory, run in order; 8 points are 2 complete trajectories.
    await page.waitForFunction(() => Number(document.body.dataset.leversPoints ?? 0) >= 8, null, { timeout: 60_000 });
    await page.click("#levers-cancel");
    await page.waitForFunction(() => document.body.dataset.leversState === "cancelled", null, { timeout: 10_000 });
    const done = Number(await page.evaluate(() => document.body.dataset.leversPoints));
    expect(done).toBeLessThan(32);
    expect(await page.locator("#levers-status").innerText()).toContain(`${done} of 32 points done`);
    expect(await page.locator("#levers-sentence").innerText()).toMatch(/^From \d+ of 8 trajectories \(cancelled\)/);
    expect(await page.locator("#levers-chart-body g.lever-row").count()).toBe(3);
    const points = await fetchDownload(page, "#levers-download-points");
    expect(csvParse(points).length).toBe(done);
    const indices = csvParse(await fetchDownload(page, "#levers-download-indices"));
    expect(indices.length).toBe(3 * 4);

    // The partial points file is a part the command line resumes, running only the missing points.
    const input = await pageInput(page);
    writeFileSync(join(dir, "cancelled-points.csv.part"), points);
    const cli = runCommandLine(input, "cancelled", ["--resume"]);
    expect(cli.stdout).toContain(`${32 - done} points run (${(32 - done) * 4} runs), ${done} already done`);
    expect(cli.points.startsWith(points.split("\n")[0])).toBe(true);
    expect(page.problems).toEqual([]);
  }, 120_000);

  test("the form survives a reload through the address, and bad ranges are named by lever", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:500");
    await useLevers(page, ["offer.attractiveness", "offer.urgency"]);
    await page.selectOption("#levers-method", "sobol");
    await page.selectOption("#levers-sample", "32");
    const from = page.locator('#levers-table tr[data-path="offer.attractiveness"] input[type="number"]').first();
    await commitNumber(from, "0.3");
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).has("levers"))).toBe(true);
    await page.click("#levers-run");
    await expect.poll(() => page.locator("#levers-errors").innerText()).toContain("Offer attractiveness");
    expect(await page.locator("#levers-errors").innerText()).toContain("must be above from (0.3)");
    expect(await page.evaluate(() => document.body.dataset.leversState)).toBe("idle");

    await page.reload();
    await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
    await page.click("#tab-levers");
    expect(await page.locator("#levers-method").inputValue()).toBe("sobol");
    expect(await page.locator("#levers-sample").inputValue()).toBe("32");
    expect(await page.locator('#levers-table tr[data-path="offer.attractiveness"] input[type="number"]').first().inputValue()).toBe("0.3");
    expect(await page.locator('#levers-table tr[data-path="opportunity.daily"] input[type="checkbox"]').isChecked()).toBe(false);
    expect(await page.locator('#levers-table tr[data-path="offer.urgency"] input[type="checkbox"]').isChecked()).toBe(true);
    await page.setViewportSize(NARROW);
    await page.locator("#levers-view").scrollIntoViewIfNeeded();
    await page.locator("fieldset.sensitivity-form").screenshot({ path: join(SHOTS, "levers-form-390x844.png") });
    expect(page.problems).toEqual([]);
  }, 40_000);
});
