/**
 * The lab as an explorable (issue 18), in a real headless Chromium: the cascade chart on the first
 * screen, the summary as one strip, playing the cascade day by day (mouse and keyboard, the day in
 * the address), the earlier runs drawn faintly and locked axes, live slider drags on a slow run,
 * and reset to the scenario with changed values marked.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { loadScenario, scenarioFromObject, setParameter, toModelParams } from "../../src/scenario/index";
import { simulate } from "../../src/model/index";
import { NARROW, ROOT, SHOTS, WIDE, commitNumber, openLabPage } from "./harness";
import { useLab } from "./useLab";

const lab = useLab();

const renderedAt = (page: Page) => page.evaluate(() => document.body.dataset.renderedAt ?? "");
async function redraw(page: Page, action: () => Promise<unknown>, timeout = 20_000): Promise<void> {
  const before = await renderedAt(page);
  await action();
  await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev, before, { timeout });
}
const defaultScenario = () => loadScenario(readFileSync(join(ROOT, "scenarios", "asylum-offer-deadline.json"), "utf8"));
const curvePoints = async (page: Page) => Number(await page.locator("#chart-cascade path.series-defected").getAttribute("data-points"));
const playerDay = (page: Page) => page.evaluate(() => Number(document.body.dataset.playerDay));
const yTop = (page: Page) => page.locator("#chart-cascade .axis-y .tick text").last().textContent();

describe("the lab as an explorable", () => {
  test("chart first: the cascade chart is on the first screen at 1280x800 and near the top on a phone; the summary is one strip", async () => {
    const page = await openLabPage(lab, "", WIDE);
    const plot = (await page.locator("#chart-cascade svg").boundingBox())!;
    expect(plot.y).toBeGreaterThan(0);
    expect(plot.y + plot.height).toBeLessThanOrEqual(WIDE.height);
    // One strip: every readout on one row, and no filler card.
    const tops = await page.locator("#summary dl > div").evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThanOrEqual(5);
    expect(new Set(tops).size).toBe(1);
    expect(await page.locator("#summary [data-key=seed]").count()).toBe(0);
    expect(await page.locator("#run-status .status-text").innerText()).toMatch(/seed 1: ran in/);
    // The army grid comes right after the curve.
    const order = await page.locator("#charts figure.chart").evaluateAll((figures) => figures.map((f) => f.id));
    expect(order.slice(0, 2)).toEqual(["chart-cascade", "chart-army"]);
    await page.screenshot({ path: join(SHOTS, "explorable-1280x800.png") });

    await page.setViewportSize(NARROW);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const phonePlot = (await page.locator("#chart-cascade svg").boundingBox())!;
    expect(phonePlot.y).toBeLessThan(NARROW.height * 0.65);
    // The controls follow the results on a phone, and every one is still there and reachable.
    const side = (await page.locator("#side").boundingBox())!;
    expect(side.y).toBeGreaterThan(phonePlot.y);
    await page.click("a.to-controls");
    await expect.poll(async () => (await page.locator("#scenario-picker").boundingBox())!.y).toBeLessThan(NARROW.height);
    await redraw(page, () => commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.2"));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, "explorable-390x844.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);

  test("Play draws the curve, the bars, the bandwagon path and the army grid day by day to the end; pausing keeps the day in the address", async () => {
    const page = await openLabPage(lab, "", WIDE);
    const days = defaultScenario().parameters.army.days;
    expect(await curvePoints(page)).toBe(days + 1);
    const wholeShare = await page.locator("#summary [data-key=final-share]").innerText();
    await page.selectOption("#play-speed", "25");
    await page.click("#play-button");
    await expect.poll(() => page.evaluate(() => document.body.dataset.playing)).toBe("true");
    // Mid-play, every chart shows the same day.
    await expect.poll(() => playerDay(page)).toBeGreaterThan(5);
    await page.click("#play-button"); // pause
    const day = await playerDay(page);
    expect(day).toBeLessThan(days);
    expect(await curvePoints(page)).toBe(day + 1);
    expect(await page.locator("#chart-daily path.series-new-defected").getAttribute("data-points")).toBe(String(day));
    expect(await page.locator("#chart-bandwagon path.cobweb").getAttribute("data-day")).toBe(String(day));
    expect(await page.locator("#chart-army canvas").getAttribute("data-day")).toBe(String(day));
    expect(await page.locator("#day-readout").innerText()).toBe(`Day ${day} of ${days}`);
    // The summary's readouts follow the day, and say so.
    expect(await page.locator("#summary").getAttribute("data-day")).toBe(String(day));
    expect(await page.locator("#summary dt").first().innerText()).toBe(`Defected share by day ${day}`);
    expect(await page.locator("#summary [data-key=final-share]").innerText()).not.toBe(wholeShare);
    await expect.poll(() => new URL(page.url()).searchParams.get("day")).toBe(String(day));
    await page.screenshot({ path: join(SHOTS, "explorable-paused-1280x800.png") });

    // Play on to the end: the whole run again, and no day in the address.
    await page.selectOption("#play-speed", "500");
    await page.click("#play-button");
    await expect.poll(() => page.evaluate(() => document.body.dataset.playing), { timeout: 10_000 }).toBe("false");
    expect(await playerDay(page)).toBe(days);
    expect(await curvePoints(page)).toBe(days + 1);
    expect(await page.locator("#day-readout").innerText()).toBe(`Day ${days} of ${days} (whole run)`);
    expect(await page.locator("#summary").getAttribute("data-day")).toBe("whole");
    expect(await page.locator("#summary [data-key=final-share]").innerText()).toBe(wholeShare);
    await expect.poll(() => new URL(page.url()).searchParams.has("day")).toBe(false);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);

  test("the player works from the keyboard: Home, arrows, Shift+arrow, Space to play and pause; a link with a day opens at that day", async () => {
    const page = await openLabPage(lab, "", WIDE);
    await page.locator("#day-scrubber").focus();
    await page.keyboard.press("Home");
    await expect.poll(() => curvePoints(page)).toBe(1);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => playerDay(page)).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get("day")).toBe("1");
    await page.locator("#play-button").focus();
    await page.keyboard.press("Shift+ArrowRight");
    await expect.poll(() => playerDay(page)).toBe(11);
    await page.locator("#day-scrubber").focus();
    await page.keyboard.press(" ");
    await expect.poll(() => page.evaluate(() => document.body.dataset.playing)).toBe("true");
    await page.keyboard.press(" ");
    await expect.poll(() => page.evaluate(() => document.body.dataset.playing)).toBe("false");
    expect(await playerDay(page)).toBeGreaterThanOrEqual(11);

    const atDay = await openLabPage(lab, "?scenario=asylum-offer-deadline&day=30", WIDE);
    await expect.poll(() => curvePoints(atDay)).toBe(31);
    expect(await atDay.locator("#day-scrubber").inputValue()).toBe("30");
    // A new value shows its whole run, and the day leaves the address.
    await redraw(atDay, () => commitNumber(atDay.locator("#ctl-offer-attractiveness-number"), "0.2"));
    expect(await curvePoints(atDay)).toBe(defaultScenario().parameters.army.days + 1);
    expect(new URL(atDay.url()).searchParams.has("day")).toBe(false);
    expect([...page.problems, ...atDay.problems]).toEqual([]);
    await Promise.all([page.close(), atDay.close()]);
  }, 40_000);

  test("earlier runs are drawn faintly (up to three), and locked axes do not rescale between runs", async () => {
    const page = await openLabPage(lab, "", WIDE);
    const ghosts = () => page.locator("#chart-cascade path.ghost").count();
    expect(await ghosts()).toBe(0);
    const box = page.locator("#ctl-offer-attractiveness-number");
    await redraw(page, () => commitNumber(box, "0.15"));
    expect(await ghosts()).toBe(1);
    await redraw(page, () => commitNumber(box, "0.2"));
    await redraw(page, () => commitNumber(box, "0.25"));
    await redraw(page, () => commitNumber(box, "0.3"));
    expect(await ghosts()).toBe(3);
    await page.locator("#show-ghosts").uncheck();
    expect(await ghosts()).toBe(0);
    await page.locator("#show-ghosts").check();
    expect(await ghosts()).toBe(3);

    // A big cascade draws on 0-100%; a fizzle alone would rescale, a locked axis does not.
    await redraw(page, () => commitNumber(box, "0.5"));
    expect(await yTop(page)).toBe("100%");
    await page.locator("#lock-axes").check();
    await redraw(page, () => commitNumber(box, "0"));
    expect(await yTop(page)).toBe("100%");
    await page.locator("#lock-axes").uncheck();
    expect(await yTop(page)).not.toBe("100%");
    await page.screenshot({ path: join(SHOTS, "explorable-ghosts-1280x800.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("a run of the settings on screen adds no earlier run: starting the tour on the default scenario, or Run again, keeps the ghost count", async () => {
    const page = await openLabPage(lab, "", WIDE);
    const ghosts = () => page.locator("#chart-cascade path.ghost").count();
    const box = page.locator("#ctl-offer-attractiveness-number");
    await redraw(page, () => commitNumber(box, "0.15"));
    expect(await ghosts()).toBe(1);
    // Back to the scenario's value: the run at 0.15 is the one earlier picture (the first run is on screen again).
    await redraw(page, () => commitNumber(box, String(defaultScenario().parameters.offer.attractiveness)));
    expect(await ghosts()).toBe(1);
    // The tour's first step applies the scenario's own settings: the same run, no new ghost.
    await redraw(page, () => page.click("#story-start"));
    await page.waitForFunction(() => location.search.includes("story=1"));
    expect(await ghosts()).toBe(1);
    await redraw(page, () => page.click("#run-again"));
    expect(await ghosts()).toBe(1);
    // A step that changes something does add one.
    await redraw(page, () => page.click("#story-next"));
    expect(await ghosts()).toBe(2);
    await page.screenshot({ path: join(SHOTS, "explorable-tour-ghosts-1280x800.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);

  test("switching earlier runs or lock axes while the cascade plays redraws at the played day, not the whole run", async () => {
    const page = await openLabPage(lab, "", WIDE);
    await redraw(page, () => commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.15"));
    await page.selectOption("#play-speed", "5");
    await page.click("#play-button");
    await expect.poll(() => playerDay(page), { timeout: 5_000 }).toBeGreaterThan(3);
    // Switch and read in one task, so the player cannot move on between the two.
    const flip = (id: string) =>
      page.evaluate((id) => {
        document.querySelector<HTMLInputElement>(`#${id}`)!.click();
        const points = (selector: string) => Number(document.querySelector(selector)!.getAttribute("data-points"));
        return {
          day: Number(document.body.dataset.playerDay),
          curve: points("#chart-cascade path.series-defected"),
          bars: points("#chart-daily path.series-new-defected"),
          ghosts: document.querySelectorAll("#chart-cascade path.ghost").length,
        };
      }, id);
    const noGhosts = await flip("show-ghosts");
    expect(noGhosts.ghosts).toBe(0);
    expect(noGhosts.curve).toBe(noGhosts.day + 1);
    const ghosts = await flip("show-ghosts");
    expect(ghosts.ghosts).toBe(1);
    expect(ghosts.curve).toBe(ghosts.day + 1);
    const locked = await flip("lock-axes");
    expect(locked.curve).toBe(locked.day + 1);
    expect(locked.bars).toBe(locked.day);
    expect(locked.day).toBeLessThan(defaultScenario().parameters.army.days);
    expect(await page.evaluate(() => document.body.dataset.playing)).toBe("true");
    await page.click("#play-button");
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);

  test("dragging a slider on a slow run redraws during the drag, and ends on the value the slider stopped at", async () => {
    const page = await openLabPage(lab, "?scenario=asylum-offer-deadline&set=army.size:20000", WIDE);
    const result = await page.evaluate(async () => {
      const slider = document.querySelector<HTMLInputElement>("#ctl-offer-attractiveness")!;
      const renders: number[] = [];
      document.addEventListener("lab:rendered", (e) => renders.push((e as CustomEvent).detail.renderedAt));
      const t0 = performance.now();
      const values: string[] = [];
      for (let k = 0; k < 60; k++) {
        const value = (0.1 + ((k % 20) + 1) * 0.01).toFixed(2);
        values.push(value);
        slider.value = value;
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      const dragEnd = performance.now();
      slider.dispatchEvent(new Event("change", { bubbles: true })); // let go
      return { during: renders.filter((t) => t < dragEnd).length, first: renders.length ? renders[0] - t0 : null, dragMs: dragEnd - t0, last: String(Number(values.at(-1))) };
    });
    // A run of 20,000 soldiers takes well over the 60 ms between inputs: the old behaviour (every
    // input cancels the run in flight) drew nothing until the slider stopped.
    expect(result.during).toBeGreaterThanOrEqual(2);
    // The slider's last value is the one run last.
    await expect.poll(() => new URL(page.url()).searchParams.get("set"), { timeout: 20_000 }).toContain(`offer.attractiveness:${result.last}`);
    await expect.poll(() => page.locator("#run-status .status-text").innerText(), { timeout: 30_000 }).toMatch(/ran in/);
    await page.waitForTimeout(200);
    let file: object = JSON.parse(readFileSync(join(ROOT, "scenarios", "asylum-offer-deadline.json"), "utf8"));
    file = setParameter(setParameter(file, "army.size", 20000), "offer.attractiveness", Number(result.last));
    const scenario = scenarioFromObject(file);
    const { summary } = simulate(toModelParams(scenario), scenario.parameters.seed);
    expect(await page.locator("#summary [data-key=final-share]").innerText()).toContain(`(${summary.finalDefected.toLocaleString("en-US")} soldiers)`);
    console.log(`drag of ${Math.round(result.dragMs)} ms: ${result.during} redraws during it, the first ${Math.round(result.first ?? -1)} ms after the first input`);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 90_000);

  test("changed values are marked per control; Reset puts one back, Reset to scenario all of them, and the address follows", async () => {
    const page = await openLabPage(lab, "", WIDE);
    const summary = await page.locator("#summary").innerText();
    const reset = page.locator("#reset-scenario");
    expect(await reset.isDisabled()).toBe(true);
    expect(await page.locator(".control.changed").count()).toBe(0);
    await redraw(page, () => commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.2"));
    await redraw(page, () => commitNumber(page.locator("#ctl-seed-number"), "5"));
    expect(await page.locator(".control.changed").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.path))).toEqual(["offer.attractiveness", "seed"]);
    expect(await page.locator('.control[data-path="seed"] .changed-mark').isVisible()).toBe(true);
    expect(page.url()).toContain("seed=5");
    expect(await reset.isDisabled()).toBe(false);
    await page.screenshot({ path: join(SHOTS, "explorable-changed-1280x800.png") });

    await redraw(page, () => page.click("#ctl-seed-reset"));
    expect(page.url()).not.toContain("seed=");
    expect(await page.locator("#ctl-seed-number").inputValue()).toBe(String(defaultScenario().parameters.seed));
    expect(await page.locator(".control.changed").count()).toBe(1);

    await redraw(page, () => reset.click());
    expect(new URL(page.url()).searchParams.has("set")).toBe(false);
    expect(await page.locator(".control.changed").count()).toBe(0);
    expect(await reset.isDisabled()).toBe(true);
    expect(await page.locator("#ctl-offer-attractiveness-number").inputValue()).toBe(String(defaultScenario().parameters.offer.attractiveness));
    expect(await page.locator("#summary").innerText()).toBe(summary);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);
});
