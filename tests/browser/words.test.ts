/**
 * The page in words, in a real headless Chromium: a run's verdict (the same sentence Node computes
 * for the same scenario and seed), dates for a dated scenario, a comparison's verdict from its
 * paired runs, variants named after what changed. Screenshots go to test-output/screenshots/words-*.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { loadScenario, toModelParams } from "../../src/scenario/index";
import { simulate } from "../../src/model/index";
import { shareOf } from "../../src/ui/compare/ensembleResults";
import { runVerdict } from "../../src/ui/words/runVerdict";
import { dayTextFor } from "../../src/ui/words/dayText";
import { ROOT, SHOTS, openLabPage, type TestPage, WIDE, NARROW, commitNumber } from "./harness";
import { useLab } from "./useLab";

const lab = useLab();
const open = (search = "", viewport = WIDE): Promise<TestPage> => openLabPage(lab, search, viewport);

/** The verdict Node gives for shipped scenario `id` with its own seed. */
function nodeVerdict(id: string): string {
  const scenario = loadScenario(readFileSync(join(ROOT, "scenarios", `${id}.json`), "utf8"));
  const params = toModelParams(scenario);
  const result = simulate(params, scenario.parameters.seed);
  return runVerdict(shareOf(result.series), params.cascadeCutoff, dayTextFor(scenario.calendar?.start, params.days)).text;
}

async function setNumber(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).fill(value);
  await page.locator(selector).dispatchEvent("change");
}

describe("the page in words", () => {
  test("a run's verdict is Node's sentence for the same scenario and seed, above the summary", async () => {
    const page = await open();
    const verdict = page.locator("#run-verdict");
    expect(await verdict.innerText()).toBe(nodeVerdict("asylum-offer-deadline"));
    // It comes before the summary in reading order.
    expect(await page.evaluate(() => document.getElementById("run-verdict")!.compareDocumentPosition(document.getElementById("summary")!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    await page.screenshot({ path: join(SHOTS, "words-lab-1280x800.png") });
    expect(page.problems).toEqual([]);
  });

  test("a dated scenario tells its verdict in dates", async () => {
    const page = await open("?scenario=gulf-war-1991");
    const text = await page.locator("#run-verdict").innerText();
    expect(text).toBe(nodeVerdict("gulf-war-1991"));
    expect(text).toMatch(/(Jan|Feb) 1991/);
    expect(page.problems).toEqual([]);
  });

  test("a comparison says what changed and what it did, from the paired runs", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:2000");
    await page.click("#pin-variant");
    await page.click("#tab-run");
    await commitNumber(page.locator("#ctl-offer-windows-0-close-number"), "100");
    await page.waitForFunction(() => location.search.includes("offer.windows.0.close:100"));
    await page.click("#pin-variant");
    await expect.poll(() => page.locator("#variant-list > li").count()).toBe(2);
    const names = await page.locator("#variant-list .variant-name").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toEqual(["Army size: 2,000 soldiers", "Army size: 2,000 soldiers; Offer closes: day 100"]);
    await setNumber(page, "#compare-runs", "20");
    await page.click("#compare-run");
    await page.waitForFunction(() => document.body.dataset.compareState === "done", null, { timeout: 60_000 });
    const verdicts = await page.locator("#compare-verdicts li.verdict").allInnerTexts();
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatch(/^Offer closes: day 100 instead of day 70: ([+\u2212]?[\d.]+ points|no median difference) at the end \(90% of paired runs [+\u2212]?[\d.]+ to [+\u2212]?[\d.]+\), cascade chance \d+(\.\d)?% vs \d+(\.\d)?%/);
    // The cascade chances are the table's.
    const cascade = await page.locator("#compare-table tbody [data-key=cascade]").allInnerTexts();
    const [own, base] = /cascade chance (\S+) vs (\S+?)[,.;]/.exec(verdicts[0])!.slice(1);
    expect(Math.abs(parseFloat(cascade[1]) - parseFloat(own))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(parseFloat(cascade[0]) - parseFloat(base))).toBeLessThanOrEqual(0.5);
    await page.locator("#compare-verdicts").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "words-compare-1280x800.png") });
    expect(page.problems).toEqual([]);
  }, 90_000);

  test("a comparison whose final shares pile up around the cut-off says that the chance of a cascade means little there", async () => {
    // Everyone willing from the start, 0.7% a day able to cross: 200 soldiers end near 50% in every run.
    const tight = { name: "tight", parameters: { army: { size: 200, days: 100 }, thresholds: { distribution: "uniform", min: 0, max: 0 }, opportunity: { daily: 0.007 } } };
    const page = await open();
    await page.click("#tab-compare");
    await page.locator("#compare-file").setInputFiles({ name: "tight.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(tight)) });
    await expect.poll(() => page.locator("#variant-list > li").count()).toBe(1);
    await setNumber(page, "#compare-runs", "20");
    await page.click("#compare-run");
    await page.waitForFunction(() => document.body.dataset.compareState === "done", null, { timeout: 60_000 });
    const warnings = await page.locator("#compare-verdicts li.warning").allInnerTexts();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^tight: \d+% of runs end within 10 points of the 50% cut-off: they do not split into cascades and fizzles/);
    expect(page.problems).toEqual([]);
  }, 90_000);

  test("hessians-1776 one step up (0.26) sits on a knife edge: one more step of the offer's attractiveness flips it, said in the background", async () => {
    // The fitted 0.25 is two steps from the edge (0.26: 35%, 0.27: a mass desertion, seed 1).
    const page = await open("?scenario=hessians-1776&set=offer.attractiveness:0.26");
    await page.waitForFunction(() => ["flips", "steady"].includes(document.body.dataset.knifeEdgeState ?? ""), null, { timeout: 60_000 });
    expect(await page.evaluate(() => document.body.dataset.knifeEdgeState)).toBe("flips");
    // The headline shows; the why is behind the disclosure until the reader opens it.
    const headline = page.locator("#knife-edge > summary");
    expect(await headline.innerText()).toMatch(/^Knife edge: offer attractiveness 0\.27 instead of 0\.26 ends at \d+% \(a cascade\)\. Why it matters$/);
    expect(await page.locator("#knife-edge > p").isVisible()).toBe(false);
    await headline.click();
    const detail = await page.locator("#knife-edge > p").innerText();
    expect(detail).toMatch(/^This run ends at \d+(\.\d)?% \(no cascade\); the run one step away has the same seed/);
    // The page's own run agrees with the detail's "this run".
    const final = await page.locator("#summary [data-key=final-share]").innerText();
    expect(detail).toContain(`ends at ${Math.round(parseFloat(final))}%`);
    await page.screenshot({ path: join(SHOTS, "words-knife-edge-1280x800.png") });
    expect(page.problems).toEqual([]);
  }, 90_000);

  test("a run that is not on a knife edge says nothing, and a change cancels the check", async () => {
    const page = await open("?scenario=gulf-war-1991");
    await page.waitForFunction(() => ["flips", "steady"].includes(document.body.dataset.knifeEdgeState ?? ""), null, { timeout: 60_000 });
    expect(await page.evaluate(() => document.body.dataset.knifeEdgeState)).toBe("steady");
    expect(await page.locator("#knife-edge").isHidden()).toBe(true);
    await commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.05");
    await page.waitForFunction(() => document.body.dataset.knifeEdgeState === "waiting");
    expect(page.problems).toEqual([]);
  }, 90_000);

  test("on a phone the verdict is readable and not cut off", async () => {
    const page = await open("", NARROW);
    const box = await page.locator("#run-verdict").boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(await page.locator("#run-verdict").evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, "words-lab-390x844.png"), fullPage: false });
  });
});

describe("dates", () => {
  test("hessians-1776 reads in years: year ticks, a bar per month, dated readouts, and an offer band that leaves the plot clear", async () => {
    const page = await open("?scenario=hessians-1776");
    const ticks = await page.locator("#chart-cascade .axis-x .tick text").allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.every((t) => /^17\d\d$/.test(t))).toBe(true);
    expect(await page.locator("#chart-cascade .axis-label").allTextContents()).toContain("date (day 0: 14 Aug 1776)");
    const bars = page.locator("#chart-daily path.series-new-defected");
    expect(await bars.getAttribute("data-bin")).toBe("month");
    expect(Number(await bars.getAttribute("data-points"))).toBe(88);
    expect(await page.locator("#chart-daily .axis-label").allTextContents()).toContain("soldiers per month");
    // The offer is open the whole run: a band along the top, not a tint over the whole plot.
    const band = page.locator("#chart-cascade rect.offer-window").first();
    expect(await band.getAttribute("class")).toContain("offer-band");
    expect(Number(await band.getAttribute("height"))).toBeLessThanOrEqual(6);
    expect(await page.locator("#summary [data-key=past-10]").innerText()).toMatch(/^day \d+ \(\d+ [A-Z][a-z]{2} 17\d\d\)$/);
    await page.locator("#chart-daily").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "words-hessians-charts-1280x800.png") });
    expect(page.problems).toEqual([]);
  });

  test("an undated scenario keeps day numbers and a bar per day", async () => {
    const page = await open();
    const ticks = await page.locator("#chart-cascade .axis-x .tick text").allTextContents();
    expect(ticks.every((t) => /^\d+$/.test(t))).toBe(true);
    expect(await page.locator("#chart-daily path.series-new-defected").getAttribute("data-bin")).toBeNull();
    expect(await page.locator("#chart-cascade rect.offer-window").first().getAttribute("class")).toBe("offer-window");
  });
});

describe("picker and library", () => {
  test("the picker groups the scenarios (historical, classic models, what-if), each sorted by name", async () => {
    const page = await open();
    const groups = await page.locator("#scenario-picker optgroup").evaluateAll((nodes) =>
      nodes.map((g) => ({ label: (g as HTMLOptGroupElement).label, names: [...g.querySelectorAll("option")].map((o) => o.textContent ?? "") })),
    );
    expect(groups.map((g) => g.label)).toEqual(["Historical cases", "Classic models", "What-if questions"]);
    for (const { names } of groups) expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(groups[0].names).toContain("Hessians, 1776-1783: land for deserters");
    expect(await page.locator("#compare-shipped optgroup").count()).toBe(3);
    expect(await page.locator("#scenario-picker").inputValue()).toBe("asylum-offer-deadline");
  });

  for (const viewport of [WIDE, NARROW]) {
    test(`the library is a grid of cards with a curve each, grouped, not a wall of text (${viewport.width}x${viewport.height})`, async () => {
      const page = await lab.browser.newPage({ viewport });
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      await page.goto(lab.url + "scenarios.html");
      await page.waitForFunction(() => document.body.dataset.ready === "true");
      expect(await page.locator("section.library-group h2").allInnerTexts()).toEqual(["Historical cases", "Classic models", "What-if questions"]);
      const cards = page.locator("article.scenario-card");
      const count = await cards.count();
      expect(await page.locator("article.scenario-card svg.thumbnail path.thumbnail-curve").count()).toBe(count);
      expect(await page.locator("article.scenario-card .card-verdict").count()).toBe(count);
      expect(await page.locator("article#hessians-1776 .card-verdict").innerText()).toMatch(/^No cascade yet: 17% by Nov 1783/);
      // Details fold away: the page is a fraction of the 11,600 px it was.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(viewport.width > 500 ? 4000 : 11_000);
      // Nothing runs off the side.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: join(SHOTS, `words-library-${viewport.width}x${viewport.height}.png`) });
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

/** WCAG contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe("dark mode", () => {
  for (const viewport of [WIDE, NARROW]) {
    test(`follows the system setting, with readable text and charts on a light card (${viewport.width}x${viewport.height})`, async () => {
      const page = (await lab.browser.newPage({ viewport, colorScheme: "dark" })) as TestPage;
      await page.goto(lab.url + "?scenario=gulf-war-1991");
      await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
      const colours = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return {
          page: style("body").backgroundColor,
          ink: style("body").color,
          muted: style(".control .range").color,
          verdict: style("#run-verdict").color,
          verdictBg: style("#run-verdict").backgroundColor,
          chart: style(".dc-chart").backgroundColor,
          tabs: style('[role="tab"]').color,
          tabsBg: style('[role="tab"]').backgroundColor,
          player: style("#day-readout").color,
          playerBg: style(".stage-tools").backgroundColor,
        };
      });
      expect(contrast(colours.page, "rgb(0, 0, 0)")).toBeLessThan(1.5); // a dark page
      expect(contrast(colours.ink, colours.page)).toBeGreaterThanOrEqual(7);
      expect(contrast(colours.muted, colours.page)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.verdict, colours.verdictBg)).toBeGreaterThanOrEqual(7);
      expect(contrast(colours.tabs, colours.tabsBg)).toBeGreaterThanOrEqual(4.5);
      // The player's bar (sticky, so it has a background of its own) is the page's, not a white strip.
      expect(colours.playerBg).toBe(colours.page);
      expect(contrast(colours.player, colours.playerBg)).toBeGreaterThanOrEqual(7);
      expect(colours.chart).toBe("rgb(255, 255, 255)"); // the charts' own colours on their light card
      await page.screenshot({ path: join(SHOTS, `words-dark-${viewport.width}x${viewport.height}.png`) });
      await page.goto(lab.url + "scenarios.html");
      await page.waitForFunction(() => document.body.dataset.ready === "true");
      const card = await page.evaluate(() => [getComputedStyle(document.querySelector(".scenario-card")!).backgroundColor, getComputedStyle(document.querySelector(".card-verdict")!).color]);
      expect(contrast(card[1], card[0])).toBeGreaterThanOrEqual(7);
      await page.screenshot({ path: join(SHOTS, `words-dark-library-${viewport.width}x${viewport.height}.png`) });
      await page.close();
    });
  }

  test("stays light when the system is light", async () => {
    const page = await lab.browser.newPage({ viewport: WIDE, colorScheme: "light" });
    await page.goto(lab.url);
    await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    await page.close();
  });
});

describe("stories", () => {
  test("the default scenario's tour: start, Next and Back by keyboard, settings applied, the address records the step, a reload keeps it", async () => {
    const page = await open();
    const steps = loadScenario(readFileSync(join(ROOT, "scenarios", "asylum-offer-deadline.json"), "utf8")).story!.steps;
    await page.locator("#story-start").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.search.includes("story=1"));
    expect(await page.locator("#story-text").innerText()).toBe(steps[0].text);
    expect(await page.locator("#story .story-where").innerText()).toMatch(/step 1 of 4$/);
    // A step's sentence sits just above the charts and is scrolled to (the offer was under the description, below them).
    expect(await page.evaluate(() => document.getElementById("story")!.nextElementSibling?.id)).toBe("charts");
    const panel = (await page.locator("#story").boundingBox())!;
    const bar = (await page.locator(".stage-tools").boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect(panel.y + panel.height).toBeLessThanOrEqual(WIDE.height);
    // Step 1 points at the deadline rush on the daily chart.
    expect(await page.locator("#chart-daily.story-target").count()).toBe(1);
    expect(await page.locator("#chart-daily .story-mark text").textContent()).toBe("the rush before the deadline");
    await page.screenshot({ path: join(SHOTS, "words-story-1280x800.png") });
    // Next (focused after the start) applies step 2's settings: no deadline.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("story-next");
    const before = await page.evaluate(() => document.body.dataset.renderedAt);
    await page.keyboard.press("Enter");
    await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev && location.search.includes("story=2"), before);
    expect(page.url()).toContain("offer.windows.0.close:null");
    expect(await page.locator("#story-text").innerText()).toBe(steps[1].text);
    expect(await page.locator("#run-verdict").innerText()).toMatch(/^Fizzles: 0\.2% /);
    expect(await page.locator("#chart-cascade .story-mark").count()).toBe(1);
    // The arrow keys inside the tour step too.
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => location.search.includes("story=3"));
    expect(page.url()).toContain("offer.attractiveness:0.3");
    expect(page.url()).not.toContain("offer.windows.0.close");
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => location.search.includes("story=2"));
    // A reload shows the same step over the same settings.
    const address = page.url();
    await page.goto(address);
    await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined);
    expect(await page.locator("#story-text").innerText()).toBe(steps[1].text);
    expect(page.url()).toBe(address);
    // Leaving the tour takes the step out of the address and keeps the settings.
    await page.click("#story-leave");
    await page.waitForFunction(() => !location.search.includes("story="));
    expect(await page.locator("#story-start").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.getElementById("story")!.previousElementSibling?.id)).toBe("scenario-info");
    expect(await page.locator(".story-mark").count()).toBe(0);
    expect(page.problems).toEqual([]);
  }, 60_000);

  test("a step's mark is drawn again where its day is when the window is resized and while the cascade plays", async () => {
    const page = await open("?story=1");
    await page.waitForSelector("#chart-daily .story-mark");
    /** Where the mark stands, as a share of the plot's width, and the plot's width. */
    const where = () =>
      page.evaluate(() => {
        const mark = document.querySelector("#chart-daily .story-mark");
        const overlay = document.querySelector("#chart-daily rect.hover-overlay")!;
        const x = mark ? Number(/translate\(([-\d.]+)/.exec(mark.getAttribute("transform")!)![1]) : NaN;
        const width = Number(overlay.getAttribute("width"));
        return { marks: document.querySelectorAll(".story-mark").length, share: x / width, width };
      });
    const wide = await where();
    expect(wide.marks).toBe(1);
    // Day 67 of 120 on an axis from day 0.5 to 120.5.
    expect(wide.share).toBeCloseTo(66.5 / 120, 2);
    await page.setViewportSize(NARROW);
    await page.waitForFunction((before) => Number(document.querySelector("#chart-daily rect.hover-overlay")?.getAttribute("width")) !== before, wide.width);
    await page.waitForFunction(() => document.querySelectorAll("#chart-daily .story-mark").length === 1);
    const narrow = await where();
    expect(narrow.width).toBeLessThan(wide.width);
    expect(narrow.share).toBeCloseTo(wide.share, 2);
    expect(await page.locator("#chart-daily .story-mark text").textContent()).toBe("the rush before the deadline");
    // Playing redraws the daily chart on every day: the mark stays on it.
    await page.click("#play-button");
    await page.waitForFunction(() => Number(document.body.dataset.playerDay) > 5);
    await page.click("#play-button");
    expect((await where()).marks).toBe(1);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("a historical tour opens at its step from a link and another scenario ends it", async () => {
    const page = await open("?scenario=gulf-war-1991&story=3", NARROW);
    const steps = loadScenario(readFileSync(join(ROOT, "scenarios", "gulf-war-1991.json"), "utf8")).story!.steps;
    expect(await page.locator("#story-text").innerText()).toBe(steps[2].text);
    expect(await page.locator("#story-next").innerText()).toBe("Finish");
    await page.screenshot({ path: join(SHOTS, "words-story-390x844.png") });
    await page.selectOption("#scenario-picker", "watts-2002");
    await page.waitForFunction(() => !location.search.includes("story="));
    expect(await page.locator("#story").isHidden()).toBe(true);
    // A step beyond the story's end is dropped.
    const late = await open("?scenario=gulf-war-1991&story=5");
    await late.waitForFunction(() => !location.search.includes("story="));
    expect(await late.locator("#story-start").isVisible()).toBe(true);
    expect(page.problems).toEqual([]);
  }, 60_000);
});
