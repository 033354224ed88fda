/**
 * The browser lab in a real headless Chromium, against the production build (built once, served
 * with `vite preview`). Screenshots of the main views go to test-output/screenshots/.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { csvParse } from "d3";
import type { Page } from "playwright-core";
import { loadScenario, scenarioTargets, setParameter, scenarioFromObject, toModelParams } from "../../src/scenario/index";
import { simulate } from "../../src/model/index";
import { seriesCsv, summaryCsv } from "../../src/output/runCsv";
import { ROOT, SHOTS, serveStatic, openLabPage, type TestPage, WIDE, NARROW, commitNumber } from "./harness";
import { useLab } from "./useLab";

const lab = useLab();

/** A fresh page at `search`, with the first run drawn; records page errors and dialogs. */
async function open(search = "", viewport = WIDE): Promise<TestPage> {
  return openLabPage(lab, search, viewport);
}

const renderedAt = (page: Page) => page.evaluate(() => document.body.dataset.renderedAt ?? "");

/** Runs `action` and waits for the redraw it causes. */
async function redraw(page: Page, action: () => Promise<unknown>, timeout = 15_000): Promise<void> {
  const before = await renderedAt(page);
  await action();
  await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev, before, { timeout });
}

const summaryText = (page: Page) => page.locator("#summary").innerText();

function defaultScenarioText(): string {
  return readFileSync(join(ROOT, "scenarios", "asylum-offer-deadline.json"), "utf8");
}

describe("browser lab", () => {
  test("loads the default scenario and draws the cascade curve with one point per day", async () => {
    const page = await open();
    expect(await page.locator("#scenario-picker").inputValue()).toBe("asylum-offer-deadline");
    const days = loadScenario(defaultScenarioText()).parameters.army.days;
    const line = page.locator("#chart-cascade path.series-defected");
    expect(Number(await line.getAttribute("data-points"))).toBe(days + 1);
    const d = (await line.getAttribute("d")) ?? "";
    expect(d.split(/[ML]/).filter((s) => s.trim() !== "").length).toBe(days + 1);
    expect(await page.locator("#summary [data-key=final-share]").innerText()).toMatch(/%/);
    // Titles and text alternatives for every chart.
    for (const figure of await page.locator("figure.chart").all()) {
      expect((await figure.locator("h3").innerText()).length).toBeGreaterThan(3);
      expect((await figure.locator(".chart-alt").innerText()).length).toBeGreaterThan(10);
    }
    await page.screenshot({ path: join(SHOTS, "default-1280x800.png") });
    await page.screenshot({ path: join(SHOTS, "default-1280x800-full.png"), fullPage: true });
    await page.setViewportSize(NARROW);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, "default-390x844.png") });
    await page.locator("#summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "results-390x844.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test("the build works from a sub-path of a plain static host and requests nothing from elsewhere", async () => {
    const { url, server } = await serveStatic(lab.outDir, "/some/sub/path/");
    try {
      const page = await lab.browser.newPage({ viewport: WIDE });
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
      expect(await page.locator("#chart-cascade path.series-defected").count()).toBe(1);
      const origin = new URL(url).origin;
      expect(requests.filter((r) => !r.startsWith(`${origin}/some/sub/path/`) && !r.startsWith("blob:") && !r.startsWith("data:"))).toEqual([]);
      // The picker offers every shipped scenario.
      expect(await page.locator("#scenario-picker option").count()).toBe(readdirSync(join(ROOT, "scenarios")).filter((f) => f.endsWith(".json")).length); // all shipped scenarios are valid without CSV files
      await page.close();
    } finally {
      server.close();
    }
  });

  test("a slider moved by keyboard and a number typed in its box both re-run and redraw", async () => {
    const page = await open();
    const before = await summaryText(page);
    const curve = () => page.locator("#chart-cascade path.series-defected").getAttribute("d");
    const curveBefore = await curve();
    const slider = page.locator("#ctl-offer-attractiveness");
    await slider.focus();
    await redraw(page, () => slider.press("ArrowRight"));
    const next = String(Math.round((loadScenario(defaultScenarioText()).parameters.offer.attractiveness + 0.01) * 100) / 100);
    expect(await page.locator("#ctl-offer-attractiveness-number").inputValue()).toBe(next);
    expect(page.url()).toContain(`offer.attractiveness:${next}`);

    await redraw(page, () => commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.02"));
    expect(await summaryText(page)).not.toBe(before);
    expect(await curve()).not.toBe(curveBefore);
    expect(await slider.inputValue()).toBe("0.02");

    // "No deadline" turns the closing day off (and back on).
    const close = page.locator("#ctl-offer-windows-0-close-number");
    await redraw(page, () => page.locator("#ctl-offer-windows-0-close-null").check());
    expect(await close.isDisabled()).toBe(true);
    expect(page.url()).toContain("offer.windows.0.close:null");
    await redraw(page, () => page.locator("#ctl-offer-windows-0-close-null").uncheck());
    expect(await close.isDisabled()).toBe(false);
    await page.close();
  });

  test("controls a scenario does not use are greyed out; the rest of the parameters are under More", async () => {
    const page = await open();
    await redraw(page, () => page.locator("#scenario-picker").selectOption("granovetter-uniform"));
    expect(await page.locator("#ctl-thresholds-mean").isDisabled()).toBe(true);
    await page.locator("details.more > summary").click();
    // Its thresholds are an explicit list: no distribution parameter applies.
    expect(await page.locator("#ctl-thresholds-min").isDisabled()).toBe(true);
    await redraw(page, () => commitNumber(page.locator("#ctl-army-days-number"), "50"));
    expect(Number(await page.locator("#chart-cascade path.series-defected").getAttribute("data-points"))).toBe(51);
    await page.screenshot({ path: join(SHOTS, "more-parameters-1280x800.png") });
    await page.setViewportSize(NARROW);
    await page.screenshot({ path: join(SHOTS, "more-parameters-390x844.png") });
    await page.close();
  });

  test("the threshold distribution and the network's type switch from their selects, as --set does", async () => {
    const page = await open("?set=army.size:2000");
    await redraw(page, () => page.locator("#ctl-thresholds-distribution").selectOption("uniform"));
    expect(await page.locator("#ctl-thresholds-mean").isDisabled()).toBe(true);
    await page.locator("details.more > summary").click();
    expect(await page.locator("#ctl-thresholds-max-number").inputValue()).toBe("1");
    await redraw(page, () => commitNumber(page.locator("#ctl-thresholds-max-number"), "0.5"));
    expect(page.url()).toContain("thresholds.distribution:uniform,thresholds.max:0.5");

    await redraw(page, () => page.locator("#ctl-observation-scope").selectOption("network"));
    await redraw(page, () => page.locator("#ctl-network-type").selectOption("small-world"));
    expect(await page.locator("#ctl-network-meanDegree").isDisabled()).toBe(true);
    expect(await page.locator("#ctl-network-degree").isDisabled()).toBe(false);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-series")]);
    let scenario: object = JSON.parse(defaultScenarioText());
    for (const [path, value] of [
      ["army.size", 2000],
      ["thresholds.distribution", "uniform"],
      ["thresholds.max", 0.5],
      ["observation.scope", "network"],
      ["network.type", "small-world"],
    ] as const)
      scenario = setParameter(scenario, path, value);
    const file = scenarioFromObject(scenario);
    expect(file.parameters.thresholds).toEqual({ distribution: "uniform", min: 0, max: 0.5 });
    const result = simulate(toModelParams(file), file.parameters.seed);
    expect(readFileSync((await download.path())!, "utf8")).toBe(seriesCsv([{ scenario: "asylum-offer-deadline", run: 0, result }]));

    // A scenario whose thresholds are a list shows that kind, not offered in the select.
    await redraw(page, () => page.locator("#scenario-picker").selectOption("granovetter-uniform"));
    expect(await page.locator("#ctl-thresholds-distribution").inputValue()).toBe("list");
    await page.locator("#ctl-thresholds-distribution").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "distribution-select-1280x800.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test("greyed (unused) controls are out of the tab order and come back when the setting that uses them does", async () => {
    const page = await open();
    await page.locator("details.more > summary").click();
    /** The controls the Tab key reaches, walking from the top of the page until it leaves the document or wraps. */
    const tabStops = async (): Promise<{ ids: string[]; greyed: string[] }> => {
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      await page.mouse.click(2, 2); // the top of the page: where the walk starts
      const ids: string[] = [];
      const greyed: string[] = [];
      for (let k = 0; k < 400; k++) {
        await page.keyboard.press("Tab");
        const stop = await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          if (!active || active === document.body) return null;
          return { id: active.id || active.outerHTML.slice(0, 60), greyed: active.closest(".control.unused") !== null };
        });
        if (stop === null || ids.includes(stop.id)) break;
        ids.push(stop.id);
        if (stop.greyed) greyed.push(stop.id);
      }
      return { ids, greyed };
    };
    // The default scenario observes a mix with a unit-level local part: its network controls are greyed.
    expect(await page.locator("#ctl-network-meanDegree").evaluate((slider) => slider.closest(".control")!.classList.contains("unused"))).toBe(true);
    const before = await tabStops();
    expect(before.ids).toContain("ctl-offer-attractiveness-number");
    expect(before.greyed).toEqual([]);
    expect(before.ids).not.toContain("ctl-network-meanDegree-number");
    expect(before.ids).not.toContain("ctl-network-type");
    // Once the soldiers observe a network, its controls are live and reachable by Tab.
    await redraw(page, () => page.locator("#ctl-observation-scope").selectOption("network"));
    expect(await page.locator("#ctl-network-meanDegree").evaluate((slider) => slider.closest(".control")!.classList.contains("unused"))).toBe(false);
    const after = await tabStops();
    expect(after.greyed).toEqual([]);
    expect(after.ids).toContain("ctl-network-meanDegree-number");
    expect(after.ids).toContain("ctl-network-type");
    expect(page.problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("the network select offers the scale-free, preferential-attachment and clustered types; a switch runs as Node does", async () => {
    const page = await open("?scenario=centola-macy-2007-random");
    expect(await page.locator("#ctl-network-type").inputValue()).toBe("clustered");
    const options = await page.locator("#ctl-network-type option").evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
    expect(options).toEqual(expect.arrayContaining(["erdos-renyi", "small-world", "units", "scale-free", "preferential-attachment", "clustered"]));
    await page.locator("details.more > summary").click();
    expect(await page.locator("#ctl-network-clustering-number").isDisabled()).toBe(false);
    await redraw(page, () => page.locator("#ctl-network-type").selectOption("scale-free"));
    expect(await page.locator("#ctl-network-exponent-number").isDisabled()).toBe(false);
    expect(await page.locator("#ctl-network-clustering-number").isDisabled()).toBe(true);
    expect(await page.locator("#ctl-network-degree").isDisabled()).toBe(true);
    const scenario = setParameter(JSON.parse(readFileSync(join(ROOT, "scenarios", "centola-macy-2007-random.json"), "utf8")), "network.type", "scale-free");
    const file = scenarioFromObject(scenario);
    expect(file.parameters.network).toEqual({ type: "scale-free", meanDegree: 4, exponent: 2.5, maxDegree: 1000 });
    const { summary } = simulate(toModelParams(file), file.parameters.seed);
    expect(await summaryText(page)).toContain(`(${summary.finalDefected.toLocaleString("en-US")} soldiers)`);
    expect(page.url()).toContain("network.type:scale-free");
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test("10 million soldiers run in the page (the global model), as the issue asks of a browser tab", async () => {
    const page = await open("?scenario=granovetter-normal");
    await redraw(page, () => commitNumber(page.locator("#ctl-army-size-number"), "10000000"), 120_000);
    expect(await page.locator("#run-status .status-text").innerText()).toMatch(/10,000,000 soldiers, 200 days, seed 1: ran in \d+ ms/);
    // The same numbers as Node's for the same scenario.
    const file = scenarioFromObject(setParameter(JSON.parse(readFileSync(join(ROOT, "scenarios", "granovetter-normal.json"), "utf8")), "army.size", 10_000_000));
    const { summary } = simulate(toModelParams(file), file.parameters.seed);
    expect(await summaryText(page)).toContain(`(${summary.finalDefected.toLocaleString("en-US")} soldiers)`);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 150_000);

  test("hovering a chart reads out its values: the day of the cascade curve, F(x) of the bandwagon, the histogram's bin", async () => {
    const page = await open();
    for (const [chart, text] of [
      ["cascade", /Day \d+/],
      ["bandwagon", /Willing F\(x\)/],
      ["thresholds", /Threshold/],
    ] as const) {
      const overlay = page.locator(`#chart-${chart} rect.hover-overlay`);
      await overlay.scrollIntoViewIfNeeded();
      // Near the plot's top-left corner: the bandwagon's centre lies on its diagonal, under the equilibria's marks.
      await overlay.hover({ position: { x: 30, y: 30 } });
      await expect.poll(() => page.locator(`#chart-${chart} .dc-tooltip`).innerText()).toMatch(text);
    }
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test("invalid numbers are shown next to their field and not run", async () => {
    const page = await open();
    const before = await summaryText(page);
    const stamp = await renderedAt(page);
    const box = page.locator("#ctl-army-size-number");
    for (const bad of ["-5", "1e12", "2.5"]) {
      await commitNumber(box, bad);
      const error = page.locator("#ctl-army-size-error");
      await expect.poll(() => error.isVisible()).toBe(true);
      expect(await error.innerText()).toMatch(/Army size/);
    }
    await page.screenshot({ path: join(SHOTS, "invalid-field-1280x800.png") });
    // Closing the offer before it opens is a cross-field error, shown at the closing day.
    await commitNumber(page.locator("#ctl-offer-windows-0-close-number"), "5");
    await expect.poll(() => page.locator("#ctl-offer-windows-0-close-error").innerText()).toMatch(/not after the opening day/);
    await page.waitForTimeout(300);
    expect(await renderedAt(page)).toBe(stamp);
    expect(await summaryText(page)).toBe(before);
    await page.close();
  });

  test("a number box runs only the whole value when the user is done typing, never a prefix (typing 1e99 never runs 1 soldier)", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=army.size:2000");
    const stamp = await renderedAt(page);
    const box = page.locator("#ctl-army-size-number");
    await box.click();
    await box.fill("");
    await box.pressSequentially("1e99", { delay: 30 });
    await page.waitForTimeout(400);
    // Nothing runs while typing: not "1", nor "1e9".
    expect(await renderedAt(page)).toBe(stamp);
    expect(page.url()).toContain("army.size:2000");
    await box.press("Enter");
    await expect.poll(() => page.locator("#ctl-army-size-error").isVisible()).toBe(true);
    expect(await page.locator("#ctl-army-size-error").innerText()).toMatch(/Army size: 1e\+99 is not allowed/);
    await page.waitForTimeout(300);
    expect(await renderedAt(page)).toBe(stamp);
    expect(page.url()).toContain("army.size:2000");
    expect(page.url()).not.toContain("army.size:1,");
    // "3.7" is not a whole number: shown, not run as 3; a valid value runs on leaving the box.
    await box.fill("3.7");
    await box.blur();
    await expect.poll(() => page.locator("#ctl-army-size-error").innerText()).toMatch(/3\.7 is not allowed/);
    expect(await renderedAt(page)).toBe(stamp);
    await redraw(page, async () => {
      await box.fill("3000");
      await box.blur();
    });
    expect(page.url()).toContain("army.size:3000");
    expect(await page.locator("#ctl-army-size-error").isVisible()).toBe(false);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test("Series CSV and Summary CSV are byte-identical to the command line's for the same scenario and seed", async () => {
    const page = await open("?scenario=asylum-offer-deadline&set=offer.attractiveness:0.2,offer.windows.0.close:null&seed=7");
    const fetch = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
    };
    const series = await fetch("#download-series");
    const summary = await fetch("#download-summary");

    let scenario: object = JSON.parse(defaultScenarioText());
    scenario = setParameter(scenario, "offer.attractiveness", 0.2);
    scenario = setParameter(scenario, "offer.windows.0.close", null);
    scenario = setParameter(scenario, "seed", 7);
    const file = scenarioFromObject(scenario);
    const result = simulate(toModelParams(file), file.parameters.seed);
    const runs = [{ scenario: "asylum-offer-deadline", run: 0, result }];
    expect(series.text).toBe(seriesCsv(runs));
    expect(summary.text).toBe(summaryCsv(runs));
    expect(series.name).toBe("asylum-offer-deadline-seed7-series.csv");

    const rows = csvParse(series.text);
    expect(rows.length).toBe(file.parameters.army.days + 1);
    expect(rows[0].scenario).toBe("asylum-offer-deadline");
    expect(rows.every((row) => row.seed === "7")).toBe(true);
    await page.close();
  });

  test("the permalink restores scenario, settings and seed in a fresh page", async () => {
    const page = await open();
    await redraw(page, () => page.locator("#scenario-picker").selectOption("watts-2002"));
    await redraw(page, () => commitNumber(page.locator("#ctl-network-meanDegree-number"), "3"));
    await redraw(page, () => commitNumber(page.locator("#ctl-seed-number"), "5"));
    const url = page.url();
    expect(url).toContain("scenario=watts-2002");
    expect(url).toContain("seed=5");
    const summary = await summaryText(page);
    const fresh = await open(new URL(url).search);
    expect(await summaryText(fresh)).toBe(summary);
    expect(await fresh.locator("#ctl-network-meanDegree-number").inputValue()).toBe("3");
    await Promise.all([page.close(), fresh.close()]);
  });

  test("bad or hostile addresses are rejected with a message and the default scenario shows", async () => {
    for (const search of [
      "?scenario=no-such-scenario",
      "?set=__proto__.polluted:1",
      "?set=constructor.prototype.x:1",
      "?set=army.size:NaN",
      "?set=army.size:1e12",
      "?set=observation.scope:<script>",
      "?name=x&file=not*base64",
    ]) {
      const page = await open(search);
      await expect.poll(() => page.locator("#messages .message.error").count()).toBe(1);
      expect(await page.locator("#scenario-picker").inputValue()).toBe("asylum-offer-deadline");
      expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
      expect(page.problems).toEqual([]);
      await page.close();
    }
  }, 60_000);

  test("broken and hostile scenario files are refused with the field named, and change nothing", async () => {
    const page = await open();
    const before = await summaryText(page);
    const url = page.url();
    const load = async (name: string, text: string) => {
      await page.locator("#scenario-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
      await expect.poll(() => page.locator("#messages .message").count()).toBe(1);
      return page.locator("#messages").innerText();
    };
    expect(await load("broken.json", "{ not json")).toMatch(/not valid JSON/);
    const outOfRange = JSON.parse(defaultScenarioText());
    outOfRange.parameters.army.size = -5;
    expect(await load("range.json", JSON.stringify(outOfRange))).toMatch(/parameters\.army\.size/);
    await page.screenshot({ path: join(SHOTS, "file-error-1280x800.png") });
    expect(await load("proto.json", '{"name":"x","parameters":{"__proto__":{"polluted":1}}}')).toMatch(/__proto__/);
    expect(await summaryText(page)).toBe(before);
    expect(page.url()).toBe(url);

    // A name that is markup is shown as text: no element, no script, no dialog.
    const hostile = JSON.parse(defaultScenarioText());
    hostile.name = `<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1</script>`;
    hostile.description = `<b id="injected">bold?</b>`;
    delete hostile.story; // the default's guided tour would take the file past what the address carries
    await redraw(page, () => page.locator("#scenario-file").setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(hostile)) }));
    expect(await page.locator("#scenario-info .scenario-name").innerText()).toBe(hostile.name);
    expect(await page.locator("#injected").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    expect(page.url()).toContain("name=hostile&file=");
    // The loaded scenario travels in the address.
    const fresh = await open(new URL(page.url()).search);
    expect(await fresh.locator("#scenario-info .scenario-name").innerText()).toBe(hostile.name);
    expect(await summaryText(fresh)).toBe(await summaryText(page));
    expect([...page.problems, ...fresh.problems]).toEqual([]);
    await Promise.all([page.close(), fresh.close()]);
  }, 40_000);

  test("a long run shows progress, can be cancelled, and the page stays responsive", async () => {
    const page = await open();
    const before = await summaryText(page);
    await commitNumber(page.locator("#ctl-army-size-number"), "2000000");
    await page.locator("#run-status progress").waitFor({ state: "visible", timeout: 10_000 });
    await expect.poll(() => page.locator("#run-status .status-text").innerText(), { timeout: 20_000 }).toMatch(/Simulating day \d+ of 120/);
    await page.screenshot({ path: join(SHOTS, "long-run-1280x800.png") });
    // The main thread is free while the worker runs.
    const t = Date.now();
    await page.locator("#ctl-offer-urgency").focus();
    expect(Date.now() - t).toBeLessThan(1000);
    await page.click("#cancel-run");
    await expect.poll(() => page.locator("#run-status .status-text").innerText()).toMatch(/cancelled/);
    expect(await page.locator("#run-status progress").isVisible()).toBe(false);
    expect(await summaryText(page)).toBe(before);
    await redraw(page, () => commitNumber(page.locator("#ctl-army-size-number"), "1000"));
    expect(await page.locator("#summary [data-key=final-share]").innerText()).toMatch(/of 1,000|soldiers/);
    await redraw(page, () => page.locator("#ctl-offer-urgency").press("ArrowRight"));
    await page.close();
  }, 60_000);

  test("a new value cancels the run in flight instead of queueing behind it", async () => {
    const page = await open();
    await commitNumber(page.locator("#ctl-army-size-number"), "2000000");
    await page.locator("#run-status progress").waitFor({ state: "visible", timeout: 10_000 });
    const t = Date.now();
    await redraw(page, () => commitNumber(page.locator("#ctl-army-size-number"), "2000"));
    expect(Date.now() - t).toBeLessThan(5000);
    expect(await page.locator("#ctl-army-size-number").inputValue()).toBe("2000");
    expect(await page.locator("#run-status .status-text").innerText()).toMatch(/^2,000 soldiers/);
    await page.close();
  }, 30_000);

  test("when the worker throws or dies the page shows the error, keeps the settings and the next run works", async () => {
    const page = await open();
    await redraw(page, () => commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.2"));
    const before = await summaryText(page);
    await page.evaluate(() => (window as unknown as { defectionLab: { failWorker(kind: string): void } }).defectionLab.failWorker("throw"));
    await commitNumber(page.locator("#ctl-offer-urgency-number"), "0.15");
    await expect.poll(() => page.locator("#messages .message.error").innerText()).toMatch(/failed on purpose/);
    expect(await summaryText(page)).toBe(before);
    expect(page.url()).toContain("offer.attractiveness:0.2");
    await page.screenshot({ path: join(SHOTS, "worker-error-1280x800.png") });
    await redraw(page, () => commitNumber(page.locator("#ctl-offer-urgency-number"), "0.12"));

    // An uncaught error kills the worker outright: a new one is started and the run redone.
    await redraw(page, () => page.evaluate(() => (window as unknown as { defectionLab: { failWorker(kind: string): void } }).defectionLab.failWorker("die")));
    expect(await page.locator("#messages .message.error").innerText()).toMatch(/worker stopped/);
    await redraw(page, () => commitNumber(page.locator("#ctl-offer-urgency-number"), "0.05"));
    expect(await page.locator("#ctl-offer-attractiveness-number").inputValue()).toBe("0.2");
    await page.close();
  }, 30_000);

  test("the scenario library lists every shipped scenario with its sources and assumptions, as text", async () => {
    const page = await lab.browser.newPage({ viewport: WIDE });
    await page.goto(lab.url + "scenarios.html");
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    const shipped = readdirSync(join(ROOT, "scenarios")).filter((f) => f.endsWith(".json"));
    expect(await page.locator("article.scenario-card").count()).toBe(shipped.length);
    const hessians = page.locator("article#hessians-1776");
    expect(await hessians.locator(".card-title").innerText()).toBe(loadScenario(readFileSync(join(ROOT, "scenarios/hessians-1776.json"), "utf8")).name);
    expect(await hessians.locator("section", { hasText: "Sources" }).locator("li").count()).toBeGreaterThan(1);
    await hessians.locator("details.card-more > summary").click();
    expect(await hessians.innerText()).toContain("defected@day=2650:4500..6000±500");
    // The link opens the scenario in the lab.
    await hessians.locator("a.button").click();
    await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 30_000 });
    expect(page.url()).toContain("scenario=hessians-1776");
    await page.goto(lab.url + "scenarios.html#watts-2002");
    await page.screenshot({ path: join(SHOTS, "library-1280x800.png") });
    await page.close();
  }, 60_000);

  test("a scenario's historical targets are marked on the cascade chart", async () => {
    const page = await open("?scenario=gulf-war-1991");
    const targets = page.locator("#results figure.chart g.targets g.target");
    // The cascade chart shows the defected share, so it marks the defected targets (not the captured or the prisoner totals).
    const defected = scenarioTargets(loadScenario(readFileSync(join(ROOT, "scenarios/gulf-war-1991.json"), "utf8"))).filter((t) => t.quantity === "defected");
    expect(defected.length).toBe(3);
    expect(await targets.count()).toBe(defected.length);
    expect(await targets.first().locator("title").textContent()).toContain("defected@day=29:48..78");
    await page.locator("#results figure.chart").first().screenshot({ path: join(SHOTS, "targets-1280x800.png") });
    await page.close();
  }, 30_000);

  test("settings and pinned variants survive a reload with the bare address (local storage)", async () => {
    const page = await open();
    await redraw(page, () => commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.2"));
    await redraw(page, () => commitNumber(page.locator("#ctl-seed-number"), "5"));
    await page.click("#pin-variant");
    await page.waitForFunction(() => location.search.includes("compare="));
    await redraw(page, () => commitNumber(page.locator("#ctl-offer-urgency-number"), "0.15"));
    const oneVariant = new URL(page.url()).searchParams.get("compare");
    await page.click("#pin-variant");
    await page.waitForFunction((one) => new URLSearchParams(location.search).get("compare") !== one, oneVariant);
    const summary = await summaryText(page);
    const variantNames = () => page.locator("#variant-list .variant-name").evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const names = await variantNames();
    expect(names.length).toBe(2);
    await page.goto(lab.url);
    await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
    expect(await summaryText(page)).toBe(summary);
    expect(await page.locator("#ctl-offer-attractiveness-number").inputValue()).toBe("0.2");
    expect(await page.locator("#ctl-offer-urgency-number").inputValue()).toBe("0.15");
    expect(await page.locator("#ctl-seed-number").inputValue()).toBe("5");
    expect(page.url()).toContain("offer.attractiveness:0.2");
    await expect.poll(() => page.locator("#variant-count").innerText()).toBe("(2)");
    expect(await variantNames()).toEqual(names);
    // The pinned variants were never run: the reload offers to run them and starts nothing by itself.
    await expect.poll(() => page.locator("#compare-messages button.message-action").innerText()).toBe("Run the ensemble (400 runs)");
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.body.dataset.compareState)).toBe("idle");
    expect(await page.evaluate(() => document.body.dataset.compareRuns)).toBeUndefined();
    expect(await page.locator("#messages .message.error").count()).toBe(0);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);

  test("a loaded scenario too long for the address survives a reload", async () => {
    const page = await open();
    const long = JSON.parse(defaultScenarioText());
    long.name = "A long scenario";
    long.description = "Lorem ipsum dolor sit amet, consectetur adipiscing. ".repeat(94); // under the 5,000-character limit, over the address's once encoded
    await redraw(page, () => page.locator("#scenario-file").setInputFiles({ name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(long)) }));
    await redraw(page, () => commitNumber(page.locator("#ctl-offer-attractiveness-number"), "0.3"));
    expect(page.url()).not.toContain("file=");
    expect(await page.locator("#messages .message.notice").innerText()).toMatch(/too long to share in the address/);
    const summary = await summaryText(page);
    await page.goto(lab.url);
    await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
    expect(await page.locator("#scenario-info .scenario-name").innerText()).toBe("A long scenario");
    expect(await page.locator("#ctl-offer-attractiveness-number").inputValue()).toBe("0.3");
    expect(await summaryText(page)).toBe(summary);
    expect(page.problems).toEqual([]);
    await page.close();
  }, 40_000);

  test("a corrupted or hostile saved state is discarded with a message and the default scenario shows", async () => {
    const hostileScenario = JSON.stringify({ name: "<script>window.__pwned=1</script>", parameters: { __proto__: { polluted: 1 } } }).replace('"parameters":{}', '"parameters":{"__proto__":{"polluted":1}}');
    const entries = [
      "{ not json",
      "null",
      JSON.stringify({ version: 2, search: "?scenario=watts-2002", comparison: null }),
      JSON.stringify({ version: 1, search: "?scenario=no-such-scenario", comparison: null }),
      JSON.stringify({ version: 1, search: "?scenario=watts-2002&compare=AAAA", comparison: null }),
      JSON.stringify({ version: 1, search: "?scenario=watts-2002", comparison: "{\"kind\": 3}" }),
      `{"version":1,"search":"?scenario=watts-2002","comparison":null,"__proto__":{"polluted":1}}`,
      JSON.stringify({ version: 1, search: `?name=x&file=${Buffer.from(hostileScenario).toString("base64url")}`, comparison: null }),
      JSON.stringify({ version: 1, search: `?name=<script>alert(1)</script>&file=${Buffer.from(defaultScenarioText()).toString("base64url")}`, comparison: null }),
    ];
    const page = await open();
    for (const entry of entries) {
      await page.evaluate((text) => localStorage.setItem("defection-lab.v1", text), entry);
      await page.goto(lab.url);
      await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
      await expect.poll(() => page.locator("#messages .message.error").count()).toBe(1);
      expect(await page.locator("#messages .message.error").innerText()).toMatch(/saved in this browser/);
      expect(await page.locator("#scenario-picker").inputValue()).toBe("asylum-offer-deadline");
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // The bad entry is gone: what is saved now is the default scenario.
      expect(JSON.parse((await page.evaluate(() => localStorage.getItem("defection-lab.v1")))!)).toEqual({ version: 1, search: "?scenario=asylum-offer-deadline", comparison: null });
    }
    await page.screenshot({ path: join(SHOTS, "saved-state-discarded-1280x800.png") });
    expect(page.problems).toEqual([]);
    await page.close();
  }, 60_000);
});
