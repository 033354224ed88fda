/**
 * The comparison view in a real headless Chromium, against the production build: pinning
 * variants, an ensemble on the worker pool with bands drawn, cancel keeping a complete prefix,
 * exports byte-identical to `defection compare`, re-import, the permalink (offering to run, never
 * running by itself), and the pool size not
 * changing a byte. Screenshots go to test-output/screenshots/compare-*.png.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { csvParse } from "d3";
import type { Page } from "playwright-core";
import { ROOT, SHOTS, openLabPage, type TestPage, WIDE, NARROW, commitNumber } from "./harness";
import { useLab } from "./useLab";

const RUNS = 20;
const SEED = 3;
const dir = mkdtempSync(join(tmpdir(), "compare-page-"));

const lab = useLab();
/** The comparison saved by the first test, reused by the others. */
let savedJson = "";
let savedTable = "";

async function open(search = "", viewport = WIDE): Promise<TestPage> {
  return openLabPage(lab, search, viewport);
}

const state = (page: Page) => page.evaluate(() => document.body.dataset.compareState ?? "");
async function finished(page: Page, expected = "done", timeout = 30_000): Promise<void> {
  await page.waitForFunction((s) => document.body.dataset.compareState === s, expected, { timeout });
}
async function setNumber(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).fill(value);
  await page.locator(selector).dispatchEvent("change");
}
async function fetchDownload(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
}
async function loadComparison(page: Page, name: string, text: string): Promise<void> {
  await page.click("#tab-compare");
  await page.locator("#compare-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}
/**
 * A fresh page running the first test's comparison with `runs` runs per variant (loaded as
 * `file`, so it starts at once), on `workers` workers when given, once `atLeast` complete runs are in.
 */
async function runningComparison(file: string, runs: number, atLeast: number, workers?: number): Promise<{ page: TestPage; comparison: { runs: number } }> {
  const comparison = JSON.parse(savedJson);
  comparison.runs = runs;
  const page = await open();
  if (workers) await page.evaluate((n) => (window as unknown as { defectionCompare: { setPoolSize(n: number): void } }).defectionCompare.setPoolSize(n), workers);
  await loadComparison(page, file, JSON.stringify(comparison));
  await page.waitForFunction((k) => Number(document.body.dataset.compareRuns ?? 0) >= k, atLeast, { timeout: 30_000 });
  return { page, comparison };
}

const tableText = (page: Page) => page.locator("#compare-table table").innerText();
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "defection.js"), ...args], { cwd: dir, encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  return result;
}

describe("comparison view", () => {
  test("pins two variants, runs an ensemble with bands per variant, and exports what the command line computes", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:2000");
    await page.click("#pin-variant");
    expect(await page.locator("#tab-compare").getAttribute("aria-selected")).toBe("true");
    await commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.2");
    await page.waitForFunction(() => location.search.includes("offer.attractiveness:0.2"));
    await page.click("#compare-pin");
    await expect.poll(() => page.locator("#variant-list > li").count()).toBe(2);
    expect(await page.locator("#variant-count").innerText()).toBe("(2)");
    const names = await page.locator("#variant-list .variant-name").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toEqual(["Army size: 2,000 soldiers", "Army size: 2,000 soldiers; Offer attractiveness: 0.2"]);
    // Rename (names are text: markup stays markup-free text).
    const hostile = `<img src=x onerror="window.__pwned=1">offer 0.2`;
    await page.locator("#variant-list li[data-index='1'] .variant-name").fill(hostile);
    await page.locator("#variant-list li[data-index='1'] .variant-name").dispatchEvent("change");
    await page.locator("#variant-list li[data-index='0'] .variant-name").fill("no extra");
    await page.locator("#variant-list li[data-index='0'] .variant-name").dispatchEvent("change");
    await setNumber(page, "#compare-runs", String(RUNS));
    await setNumber(page, "#compare-seed", String(SEED));

    await page.click("#compare-run");
    await finished(page);
    for (const variant of [0, 1]) {
      expect(await page.locator(`#chart-ensemble-curves path.band[data-variant="${variant}"]`).count()).toBe(2);
      expect(await page.locator(`#chart-ensemble-curves path.median[data-variant="${variant}"]`).count()).toBe(1);
    }
    // Day by day, only the non-baseline variant has a difference to the baseline: bands, median and a zero rule.
    expect(await page.locator('#chart-daily-difference path.band[data-variant="1"]').count()).toBe(2);
    expect(await page.locator('#chart-daily-difference path.median[data-variant="1"]').count()).toBe(1);
    expect(await page.locator('#chart-daily-difference path[data-variant="0"]').count()).toBe(0);
    expect(await page.locator("#chart-daily-difference line.zero-rule").count()).toBe(1);
    expect(await page.locator("#chart-daily-difference .chart-alt").innerText()).toMatch(/largest median difference \+\d/);
    await page.locator("#chart-daily-difference").screenshot({ path: join(SHOTS, "compare-daily-difference-1280x800.png") });
    // A new colour for a variant redraws its curves in it and keeps the runs (no new ensemble).
    const drawn = await page.evaluate(() => document.body.dataset.compareDrawn);
    await page.locator("#variant-list li[data-index='1'] .variant-colour").fill("#123456");
    await page.waitForFunction((before) => document.body.dataset.compareDrawn !== before, drawn);
    expect(await page.locator('#chart-ensemble-curves path.median[data-variant="1"]').getAttribute("stroke")).toBe("#123456");
    expect(await state(page)).toBe("done");
    expect(await page.locator("#compare-table tbody tr[data-variant='1'] [data-key=runs]").innerText()).toBe(String(RUNS));
    expect(await page.locator("#compare-table tbody tr").count()).toBe(2);
    expect(await page.locator("#compare-table tbody tr[data-variant='0'] [data-key=runs]").innerText()).toBe(String(RUNS));
    expect(await page.locator("#compare-table tbody tr[data-variant='1'] th").innerText()).toBe(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    for (const figure of await page.locator("#compare-charts figure.chart").all()) {
      expect((await figure.locator("h3").innerText()).length).toBeGreaterThan(3);
      expect((await figure.locator(".chart-alt").innerText()).length).toBeGreaterThan(20);
      expect(await figure.locator("svg desc").count()).toBe(1);
    }
    // Keyboard reorder: Alt+ArrowDown on the first row moves it down, and the baseline follows it.
    // Under common random numbers the runs do not depend on a variant's place: they stay, reordered.
    const rowText = (variant: string) => page.locator(`#compare-table tbody tr[data-variant='${variant}']`).innerText();
    const [first, second] = [await rowText("0"), await rowText("1")];
    await page.locator("#variant-list li[data-index='0'] .variant-name").focus();
    await page.keyboard.press("Alt+ArrowDown");
    expect(await page.locator("#variant-list li[data-index='1'] .variant-name").inputValue()).toBe("no extra");
    expect(await page.locator("#variant-list li[data-index='1'] .variant-baseline").isChecked()).toBe(true);
    await expect.poll(() => rowText("0")).toBe(second);
    expect(await rowText("1")).toBe(first);
    expect(await state(page)).toBe("done");
    expect(await page.locator("#compare-continue").isVisible()).toBe(false);
    await page.locator("#variant-list li[data-index='1'] .move-up").click();
    expect(await page.locator("#variant-list li[data-index='0'] .variant-name").inputValue()).toBe("no extra");
    await expect.poll(() => rowText("0")).toBe(first);

    await page.screenshot({ path: join(SHOTS, "compare-1280x800.png") });
    await page.locator("#compare-charts").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "compare-charts-1280x800.png") });
    await page.screenshot({ path: join(SHOTS, "compare-1280x800-full.png"), fullPage: true });

    const series = await fetchDownload(page, "#compare-download-series");
    const summary = await fetchDownload(page, "#compare-download-summary");
    const json = await fetchDownload(page, "#compare-download-json");
    expect(series.name).toBe(`comparison-seed${SEED}-series.csv`);
    const rows = csvParse(summary.text);
    expect(rows.columns.slice(0, 3)).toEqual(["variant", "run", "seed"]);
    expect(rows.length).toBe(2 * RUNS);
    expect(rows[RUNS].variant).toBe(hostile);

    // The command line, given the page's comparison file, writes the same bytes.
    const saved = join(dir, "saved.json");
    writeFileSync(saved, json.text);
    cli("compare", saved, "--runs", String(RUNS), "--seed", String(SEED), "--summary", join(dir, "x.csv"), "--out", join(dir, "y.csv"));
    expect(readFileSync(join(dir, "x.csv"), "utf8")).toBe(summary.text);
    expect(readFileSync(join(dir, "y.csv"), "utf8")).toBe(series.text);
    savedJson = json.text;
    savedTable = await tableText(page);

    await page.setViewportSize(NARROW);
    await page.waitForTimeout(300);
    await page.evaluate(() => document.querySelector("#tab-compare")!.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(SHOTS, "compare-390x844.png") });
    await page.evaluate(() => document.querySelector("#compare-table")!.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(SHOTS, "compare-table-390x844.png") });
    await page.locator("#compare-charts").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "compare-charts-390x844.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("a long variant name is shown whole at 390 px: its field wraps, and Enter commits a rename", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:2000,offer.attractiveness:0.2,offer.windows.0.close:100", NARROW);
    await page.click("#pin-variant");
    const field = page.locator("#variant-list li[data-index='0'] .variant-name");
    const name = "Army size: 2,000 soldiers; Offer attractiveness: 0.2; Offer closes: day 100";
    expect(await field.inputValue()).toBe(name);
    await field.scrollIntoViewIfNeeded();
    const fits = () =>
      field.evaluate((box) => ({
        lines: Math.round(box.clientHeight / parseFloat(getComputedStyle(box).lineHeight)),
        cutAcross: box.scrollWidth > box.clientWidth,
        cutBelow: box.scrollHeight > box.clientHeight,
        inside: box.getBoundingClientRect().right <= document.documentElement.clientWidth,
      }));
    const shown = await fits();
    expect(shown.lines).toBeGreaterThan(1);
    expect(shown).toMatchObject({ cutAcross: false, cutBelow: false, inside: true });
    await page.locator("#variant-list").screenshot({ path: join(SHOTS, "compare-long-name-390x844.png") });
    // A name is one line: Enter commits it (a textarea would add a line), and a pasted line break becomes a space.
    await field.fill("Offer closes later\nand is better");
    await field.press("Enter");
    await expect.poll(() => page.locator("#variant-list li[data-index='0'] .variant-name").inputValue()).toBe("Offer closes later and is better");
    expect((await fits()).lines).toBe(1);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 30_000);

  test("re-importing the comparison file gives the same table; 1 and 4 workers give identical CSV", async () => {
    expect(savedJson).not.toBe("");
    const outputs: string[][] = [];
    for (const workers of [1, 4]) {
      const page = await open();
      await page.evaluate((n) => (window as unknown as { defectionCompare: { setPoolSize(n: number): void } }).defectionCompare.setPoolSize(n), workers);
      await loadComparison(page, "saved.json", savedJson);
      await finished(page);
      expect(await tableText(page)).toBe(savedTable);
      expect(await page.locator("#compare-status, .compare-status .status-text").first().innerText()).toContain(`${workers} worker`);
      outputs.push([(await fetchDownload(page, "#compare-download-series")).text, (await fetchDownload(page, "#compare-download-summary")).text]);
      expect(page.problems).toEqual([]);
      await page.close();
    }
    expect(outputs[1][0]).toBe(outputs[0][0]);
    expect(outputs[1][1]).toBe(outputs[0][1]);
  }, 60_000);

  test("cancel mid-way keeps runs 0..k-1 of every variant, as the command line gives with --runs k", async () => {
    const { page, comparison } = await runningComparison("long.json", 10_000, 10);
    expect(await page.locator(".compare-status progress").isVisible()).toBe(true);
    expect(await page.locator(".compare-status .status-text").innerText()).toMatch(/of 20,000 runs done .*left/);
    await page.screenshot({ path: join(SHOTS, "compare-running-1280x800.png") });
    await page.click("#compare-cancel");
    await finished(page, "cancelled");
    const k = Number(await page.evaluate(() => document.body.dataset.compareRuns));
    expect(k).toBeGreaterThanOrEqual(10);
    expect(k).toBeLessThan(10_000);
    expect(await page.locator(".compare-status .status-text").innerText()).toMatch(/Cancelled/);
    expect(await page.locator(".compare-status progress").isVisible()).toBe(false);
    expect(await page.locator("#compare-table tbody tr[data-variant='1'] [data-key=runs]").innerText()).toBe(String(k));
    const summary = await fetchDownload(page, "#compare-download-summary");
    expect(csvParse(summary.text).length).toBe(2 * k);
    const saved = join(dir, "long.json");
    writeFileSync(saved, JSON.stringify(comparison));
    cli("compare", saved, "--runs", String(k), "--summary", join(dir, "partial.csv"));
    expect(readFileSync(join(dir, "partial.csv"), "utf8")).toBe(summary.text);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("continue after a cancel runs only the missing runs, and the result is the uninterrupted ensemble's", async () => {
    // 400 runs: the default pair forgets, so the reference full sweep runs it (slower than the event-driven kernel).
    const { page, comparison } = await runningComparison("resume.json", 400, 10, 1);
    await page.click("#compare-cancel");
    await finished(page, "cancelled");
    const k = Number(await page.evaluate(() => document.body.dataset.compareRuns));
    expect(k).toBeLessThan(400);
    expect(await page.locator("#compare-continue").isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, "compare-continue-1280x800.png") });
    await page.click("#compare-continue");
    await finished(page, "done", 60_000);
    expect(await page.locator("#compare-continue").isVisible()).toBe(false);
    expect(await page.locator("#compare-table tbody tr[data-variant='1'] [data-key=runs]").innerText()).toBe("400");
    const summary = await fetchDownload(page, "#compare-download-summary");
    const saved = join(dir, "resume.json");
    writeFileSync(saved, JSON.stringify(comparison));
    cli("compare", saved, "--summary", join(dir, "resumed.csv"));
    expect(summary.text).toBe(readFileSync(join(dir, "resumed.csv"), "utf8"));
    expect(page.problems).toEqual([]);
    await page.close();
  }, 90_000);

  test("when the pool's workers die mid-run the page says so, keeps variants and finished runs, and a retry works", async () => {
    const { page } = await runningComparison("crash.json", 10_000, 6);
    await page.evaluate(() => (window as unknown as { defectionCompare: { failWorkers(): void } }).defectionCompare.failWorkers());
    await finished(page, "failed");
    expect(await page.locator("#compare-messages .message.error").innerText()).toMatch(/ensemble stopped with an error; what was done is kept/);
    const k = Number(await page.evaluate(() => document.body.dataset.compareRuns));
    expect(k).toBeGreaterThanOrEqual(6);
    expect(await page.locator("#variant-list > li").count()).toBe(2);
    expect(await page.locator("#compare-table tbody tr[data-variant='0'] [data-key=runs]").innerText()).toBe(String(k));
    // Retry with fewer runs: new workers are started and the ensemble completes.
    await setNumber(page, "#compare-runs", "8");
    await page.click("#compare-run");
    await finished(page);
    expect(await page.locator("#compare-table tbody tr[data-variant='1'] [data-key=runs]").innerText()).toBe("8");
    await page.close();
  }, 60_000);

  test("the permalink restores the comparison; one too large for an address says so and offers the file", async () => {
    const page = await open();
    await loadComparison(page, "saved.json", savedJson);
    await finished(page);
    await page.waitForFunction(() => location.search.includes("compare="));
    expect(await page.locator("#compare-permalink").innerText()).toMatch(/address of this page now holds the comparison/);
    const fresh = await open(new URL(page.url()).search);
    expect(await fresh.locator("#tab-compare").getAttribute("aria-selected")).toBe("true");
    // Opening the link never starts the ensemble by itself: it offers to.
    const offer = fresh.locator("#compare-messages .message.notice button.message-action");
    await expect.poll(() => offer.count()).toBe(1);
    expect(await fresh.locator("#compare-messages .message.notice").innerText()).toMatch(/Comparison from the address: 2 variants, 20 runs each, not run yet/);
    expect(await offer.innerText()).toBe("Run the ensemble (40 runs)");
    await fresh.waitForTimeout(500);
    expect(await state(fresh)).toBe("idle");
    expect(await fresh.locator("#compare-table table").count()).toBe(0);
    await offer.click();
    await finished(fresh);
    expect(await fresh.locator("#compare-messages .message").count()).toBe(0);
    expect(await tableText(fresh)).toBe(savedTable);

    // Eight different shipped scenarios do not fit in an address.
    for (const id of ["chieu-hoi", "hessians-1776", "russia-asylum-2022", "russia-asylum-2022-open-ended", "gulf-war-1991", "ukraine-hotline-2022"]) {
      await fresh.locator("#compare-shipped").selectOption(id);
      await fresh.click("#compare-add-shipped");
    }
    await expect.poll(() => fresh.locator("#variant-list > li").count()).toBe(8);
    expect(await fresh.locator("#compare-pin").isDisabled()).toBe(true);
    await expect.poll(() => fresh.locator("#compare-permalink").innerText()).toMatch(/too large for a link/);
    expect(fresh.url()).not.toContain("compare=");
    expect(await fresh.locator("#compare-download-json").isDisabled()).toBe(false);
    // Changing the variants drops results that no longer match them.
    expect(await fresh.locator("#compare-table table").count()).toBe(0);
    await fresh.screenshot({ path: join(SHOTS, "compare-eight-variants-1280x800.png") });
    expect([...page.problems, ...fresh.problems]).toEqual([]);
    await Promise.all([page.close(), fresh.close()]);

    const bad = await open("?compare=not-a-comparison");
    await expect.poll(() => bad.locator("#compare-messages .message.error").count()).toBe(1);
    expect(await state(bad)).toBe("idle");
    await bad.close();
  }, 60_000);
});
