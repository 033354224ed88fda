/**
 * Slider-to-chart latency of the built lab: builds and previews the app, opens it in headless
 * Chromium, sets army size 100,000 and 365 days, then 50 times moves the offer-attractiveness
 * slider and times the span from the input event to the redrawn charts (the page stamps
 * document.body.dataset.renderedAt and fires "lab:rendered" after each redraw) and to the next
 * frame after that. Prints median and p95; writes test-output/latency.json.
 *
 *   npx tsx scripts/measure-latency.ts      (npm run measure:latency)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, buildAndServe, launchBrowser } from "../tests/browser/harness";

const MOVES = 50;

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}

const outDir = mkdtempSync(join(tmpdir(), "defection-lab-latency-"));
const { url, server } = await buildAndServe(outDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const rendered = () => page.evaluate(() => document.body.dataset.renderedAt ?? "");
  const waitRedraw = async (action: () => Promise<unknown>) => {
    const before = await rendered();
    await action();
    await page.waitForFunction((prev) => document.body.dataset.renderedAt !== prev, before, { timeout: 60_000 });
  };
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined);
  // Number boxes commit on Enter (src/ui/forms/numberInput.ts).
  await waitRedraw(async () => {
    await page.fill("#ctl-army-size-number", "100000");
    await page.press("#ctl-army-size-number", "Enter");
  });
  await page.locator("details.more > summary").click();
  await waitRedraw(async () => {
    await page.fill("#ctl-army-days-number", "365");
    await page.press("#ctl-army-days-number", "Enter");
  });

  const toRender: number[] = [];
  const toFrame: number[] = [];
  for (let k = 0; k < MOVES; k++) {
    const value = (0.05 + (k % 25) * 0.01).toFixed(2);
    const [render, frame] = await page.evaluate(async (v) => {
      const slider = document.querySelector<HTMLInputElement>("#ctl-offer-attractiveness")!;
      const done = new Promise<number>((resolve) => document.addEventListener("lab:rendered", (e) => resolve((e as CustomEvent).detail.renderedAt), { once: true }));
      const t0 = performance.now();
      slider.value = v;
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      const renderedAt = await done;
      await new Promise(requestAnimationFrame);
      return [renderedAt - t0, performance.now() - t0];
    }, value);
    toRender.push(render);
    toFrame.push(frame);
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: Math.round(quantile(sorted, 0.5) * 10) / 10, p95: Math.round(quantile(sorted, 0.95) * 10) / 10, min: Math.round(sorted[0] * 10) / 10, max: Math.round(sorted.at(-1)! * 10) / 10 };
  };
  const result = {
    setup: { armySize: 100_000, days: 365, scenario: "asylum-offer-deadline", slider: "offer.attractiveness", moves: MOVES },
    sliderToRenderedMs: stats(toRender),
    sliderToNextFrameMs: stats(toFrame),
    measuredAt: new Date().toISOString(),
  };
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  writeFileSync(join(ROOT, "test-output", "latency.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`slider -> redrawn charts: median ${result.sliderToRenderedMs.median} ms, p95 ${result.sliderToRenderedMs.p95} ms`);
  console.log(`slider -> next frame:     median ${result.sliderToNextFrameMs.median} ms, p95 ${result.sliderToNextFrameMs.p95} ms`);
  console.log("written test-output/latency.json");
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
