/**
 * The calibration panel's posterior (ABC-SMC on the page's shared pool of workers) in a real
 * headless Chromium, against the production build: the posterior and predictive band CSV files are
 * byte-identical to `defection calibrate --method abc` for the same scenario, priors and seed; the
 * page shows each parameter's credible interval, the marginal densities, the pairwise plot and the
 * predictive band with the targets; "Use the medians" writes rounded values; Cancel stops it and the
 * pool is free again. And the panel in words: events named by type and day, targets as sentences,
 * targets the model cannot fit not offered. Screenshots go to test-output/screenshots.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { SHOTS, openLabPage, commitNumber, NARROW } from "./harness";
import { ROOT, runCliIn } from "../cli/runCli";
import { useLab } from "./useLab";

const lab = useLab();
/** A small army so that a generation takes seconds. */
const SEARCH = "?scenario=gulf-war-1991&set=army.size:3000";
/** The priors the scenario states: the form fits these (it hides the parameter rows), as the command line does without --prior. */
const STATED = ["thresholds.mean", "events.3.shift", "events.5.shift", "leaders.surrender"];

async function fillAbc(page: Page, particles: string, runs: string, generations: string): Promise<void> {
  if (!(await page.locator("#calibrate").evaluate((details) => (details as HTMLDetailsElement).open))) await page.locator("#calibrate > summary").click();
  await page.locator("#cal-method").selectOption("abc");
  await expect.poll(() => page.locator("#calibrate .cal-priors").innerText()).toMatch(/^Priors stated in the scenario: /);
  await page.locator("#cal-particles").fill(particles);
  await page.locator("#cal-particle-runs").fill(runs);
  await page.locator("#cal-generations").fill(generations);
}

async function downloaded(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return readFileSync((await file.path())!, "utf8");
}

describe("calibration panel: the posterior (ABC)", () => {
  test("gives the command line's posterior and band, draws them, and Use the medians sets rounded values", async () => {
    const page = await openLabPage(lab, SEARCH);
    await fillAbc(page, "20", "2", "3");
    await page.click("#cal-start");
    // The same calibration by the command line (its own threads) while the page's pool runs.
    const dir = mkdtempSync(join(tmpdir(), "abc-page-"));
    try {
      const cli = runCliIn(ROOT, [
        "calibrate", "scenarios/gulf-war-1991.json", "--set", "army.size=3000", "--method", "abc",
        "--particles", "20", "--runs", "2", "--generations", "3", "--workers", "2",
        "--posterior", join(dir, "posterior.csv"), "--band", join(dir, "band.csv"),
      ], { timeout: 150_000 });
      expect(cli.stderr).not.toMatch(/error/i);
      expect(cli.status).toBe(0);
      await page.waitForFunction(() => document.body.dataset.calibrateState === "done", null, { timeout: 120_000 });
      expect(await downloaded(page, "#cal-posterior-csv")).toBe(readFileSync(join(dir, "posterior.csv"), "utf8"));
      expect(await downloaded(page, "#cal-band-csv")).toBe(readFileSync(join(dir, "band.csv"), "utf8"));
      // The medians the command line prints are the page's.
      for (const line of cli.stdout.split("\n").filter((l) => /^\s+(thresholds\.mean|events\.[35]\.shift|leaders\.surrender): median/.test(l))) {
        const [, path, median] = /^\s+([\w.]+): median ([\d.e-]+)/.exec(line)!;
        const shown = Number(await page.locator(`.cal-posterior li[data-path='${path}']`).getAttribute("data-median"));
        expect(Number(shown.toPrecision(4))).toBe(Number(median));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const items = page.locator(".cal-posterior li");
    expect(await items.count()).toBe(STATED.length);
    expect(await items.nth(2).innerText()).toMatch(/^Setback on day 38: threshold shift: [\d.]+ \(95% credible interval [\d.]+ to [\d.]+; prior 95% 0\.109 to 0\.441\)/);
    // A marginal per prior, the pairwise plots, the band with the day-29 target drawn on it.
    expect(await page.locator("#calibration-charts [data-chart^='posterior-'] .bins rect").count()).toBe(20 * STATED.length);
    expect(await page.locator("#calibration-charts [data-chart='posterior-pair-0-1'] .particles circle").count()).toBe(20);
    expect(await page.locator("#calibration-charts [data-chart='posterior-band'] path.band").count()).toBe(1);
    expect(await page.locator("#calibration-charts [data-chart='posterior-band'] .targets .target").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator(".cal-predicted li").first().innerText()).toMatch(/^48–78 soldiers defected by 15 Feb 1991: predicted [\d.]+ \(95% of posterior runs [\d.]+ to [\d.]+\)/);
    await page.locator("#cal-result").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "calibrate-abc-1280x800.png") });
    await page.locator("#calibration-charts").screenshot({ path: join(SHOTS, "calibrate-abc-charts-1280.png") });

    // Use the medians: rounded to what each interval supports, in the box and the address.
    const rounded = JSON.parse((await page.locator("#cal-use").getAttribute("data-values"))!) as number[];
    for (const value of rounded) expect(String(value).replace(/^0\./, "").length).toBeLessThanOrEqual(4);
    const before = await page.evaluate(() => document.body.dataset.renderedAt);
    await page.click("#cal-use");
    await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev, before);
    expect(await page.locator("#ctl-thresholds-mean-number").inputValue()).toBe(String(rounded[0]));
    expect(page.url()).toContain(`thresholds.mean:${rounded[0]}`);
    await page.setViewportSize(NARROW);
    await page.locator("#cal-result").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "calibrate-abc-390x844.png") });
    await page.locator("#calibration-charts").screenshot({ path: join(SHOTS, "calibrate-abc-charts-390.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 200_000);

  test("Cancel stops ABC mid-generation, the pool is free again and the lab still runs", async () => {
    const page = await openLabPage(lab, SEARCH);
    await fillAbc(page, "400", "4", "8");
    await page.click("#cal-start");
    await expect.poll(() => page.locator("#cal-status").innerText(), { timeout: 90_000 }).toMatch(/Generation 0: [\d,]+ runs/); // the first batch back (slow on a loaded machine)
    await page.click("#cal-cancel");
    await page.waitForFunction(() => document.body.dataset.calibrateState === "cancelled");
    expect(await page.locator("#cal-status").innerText()).toMatch(/cancelled/);
    expect(await page.locator("#cal-result li").count()).toBe(0);
    // The pool takes a new job: a short ABC runs to the end.
    await fillAbc(page, "10", "1", "1");
    await page.click("#cal-start");
    await page.waitForFunction(() => document.body.dataset.calibrateState === "done", null, { timeout: 60_000 });
    const before = await page.evaluate(() => document.body.dataset.renderedAt);
    await commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.06");
    await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev, before, { timeout: 10_000 });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 200_000);

  test("Use the posterior runs the comparison over posterior draws, as defection compare runs the page's file", async () => {
    const page = await openLabPage(lab, SEARCH);
    await fillAbc(page, "10", "1", "2");
    await page.click("#cal-start");
    await page.waitForFunction(() => document.body.dataset.calibrateState === "done", null, { timeout: 60_000 });
    await page.click("#cal-use-posterior");
    expect(await page.locator("#tab-compare").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#compare-posterior").innerText()).toMatch(/Over the posterior: run r of every variant sets thresholds\.mean, events\.3\.shift, events\.5\.shift, leaders\.surrender to draw r mod 200 of 200 posterior draws/);
    // Offered, not run (the lab's settings are its one variant).
    expect(await page.evaluate(() => document.body.dataset.compareState)).not.toBe("running");
    await commitNumber(page.locator("#compare-runs"), "12");
    await page.click("#compare-run");
    await page.waitForFunction(() => document.body.dataset.compareState === "done", null, { timeout: 60_000 });
    const json = await downloaded(page, "#compare-download-json");
    const summary = await downloaded(page, "#compare-download-summary");
    const saved = JSON.parse(json) as { posterior: { paths: string[]; draws: number[][] } };
    expect(saved.posterior.paths).toEqual(STATED);
    expect(saved.posterior.draws).toHaveLength(200);
    // Runs take different draws: the first 12 are not all one point.
    expect(new Set(saved.posterior.draws.slice(0, 12).map((d) => d.join(","))).size).toBeGreaterThan(1);
    const dir = mkdtempSync(join(tmpdir(), "abc-compare-"));
    try {
      writeFileSync(join(dir, "saved.json"), json);
      const cli = runCliIn(ROOT, ["compare", join(dir, "saved.json"), "--summary", join(dir, "summary.csv"), "--workers", "2"], { timeout: 60_000 });
      expect(cli.stderr).not.toMatch(/error/i);
      expect(readFileSync(join(dir, "summary.csv"), "utf8")).toBe(summary);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.screenshot({ path: join(SHOTS, "calibrate-use-posterior-1280x800.png") });
    // Dropping the posterior: one point again.
    await page.click("#compare-drop-posterior");
    expect(await page.locator("#compare-posterior").isHidden()).toBe(true);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 150_000);

  test("in words: events by type and day, targets as sentences with dates (the scenario has a calendar), each one offered now that captured men are counted", async () => {
    const page = await openLabPage(lab, "?scenario=gulf-war-1991");
    await page.locator("#calibrate > summary").click();
    const options = await page.locator("#cal-fit-1 option").allInnerTexts();
    expect(new Set(options).size).toBe(options.length);
    expect(options).toContain("Setback on day 38: threshold shift");
    expect(options.filter((o) => /^Event day$|^Mobilised/.test(o))).toEqual([]);
    const offered = await page.locator("#calibrate .cal-targets label").allInnerTexts();
    // Since capture is modelled, every Gulf target can be fitted: those that count captured men too.
    expect(offered.map((t) => t.trim())).toEqual([
      "48–78 soldiers defected by 15 Feb 1991",
      "40–52 soldiers captured in battle by 15 Feb 1991",
      "300 soldiers defected or captured by 23 Feb 1991 (± 60)",
      "150–300 soldiers defected by 23 Feb 1991",
      "1,300–2,100 soldiers defected or captured by 24 Feb 1991 (± 200)",
      "8,674 soldiers defected or captured by 28 Feb 1991 (± 434)",
      "4,337–8,674 soldiers defected by 28 Feb 1991",
    ]);
    expect(await page.locator("#calibrate .cal-not-fitted li").count()).toBe(0);
    expect(await page.locator("#calibrate .cal-not-fitted").isHidden()).toBe(true);
    expect(await page.locator("#calibrate .cal-targets input").count()).toBe(7);
    await page.screenshot({ path: join(SHOTS, "calibrate-words-1280x800.png"), fullPage: true });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);

  test("a historical scenario shows how far its conclusion holds, with the scenario, at 1280x800 and 390x844", async () => {
    const page = await openLabPage(lab, "?scenario=ukraine-hotline-2022");
    const statement = page.locator("#scenario-info details.robustness");
    await statement.locator("summary").click();
    expect(await statement.innerText()).toMatch(/^How robust: how far this holds as the assumed values move\n+.+\n+Holds at .*\d.*\n+Measured: npx tsx scripts\/robustness\.ts/s);
    await page.screenshot({ path: join(SHOTS, "robustness-1280x800.png") });
    await page.setViewportSize(NARROW);
    await statement.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "robustness-390x844.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);
});
