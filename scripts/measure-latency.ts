/**
 * Slider-to-chart latency of the built lab: builds and previews the app, opens it in headless
 * Chromium and times the span from a slider's input event to the redrawn charts (the page stamps
 * document.body.dataset.renderedAt and fires "lab:rendered" after each redraw) and to the next
 * frame after that. Two measurements:
 * - "stress": the default scenario at army size 100,000 and 365 days, 50 moves of the
 *   offer-attractiveness slider;
 * - "per scenario": every shipped scenario as shipped, MOVES_PER_SCENARIO moves of the same slider
 *   around its own value (one step at a time, as an arrow key does): up and back; with --both-ways
 *   also down and back, reported apart ("otherWay");
 * - "drag": every shipped scenario, the same slider dragged for DRAG_MS (an input event every
 *   DRAG_STEP_MS, as a browser sends while the pointer moves): redraws during the drag, the time
 *   from the first input to the first redraw, and from the last input to the last redraw.
 * Each scenario's moves start once the page has finished starting up: its first run drawn and the
 * worker's work while idle after it done (warming its code, drawing opportunity days ahead:
 * workers/simulationWorker.ts; about 0.1-1 s), as a user's first move comes after looking at the
 * page. The first move right after the first picture, with no wait at all, is timed apart
 * ("coldFirstMove": a fresh load of the scenario, one step up); --no-settle starts the moves
 * without waiting too, as this script did before 2026-12.
 * Prints median and p95 of each; writes test-output/latency.json.
 *
 *   npx tsx scripts/measure-latency.ts [--only id,id] [--stress] [--moves N] [--pause MS] [--drag-only] [--no-drag] [--both-ways] [--no-settle]     (npm run measure:latency)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT, buildAndServe, launchBrowser } from "../tests/browser/harness";

const MOVES = 50;
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const MOVES_PER_SCENARIO = Number(flag("--moves") ?? 20);
/** A pause after each redraw before the next move, as a user pressing arrow keys looks at each result (0: none). */
const PAUSE_MS = Number(flag("--pause") ?? 0);
const DRAG_MS = 1500;
const DRAG_STEP_MS = 50;
const ONLY = flag("--only")?.split(",");
/** With --only: also the 100,000 x 365 stress run. */
const STRESS = process.argv.includes("--stress");
/** Only the drags (to compare them with another build quickly). */
const DRAG_ONLY = process.argv.includes("--drag-only");
/** Only the step-by-step moves. */
const NO_DRAG = process.argv.includes("--no-drag");
/** Start each scenario's moves right after its first picture, without waiting for the worker's start-up work. */
const NO_SETTLE = process.argv.includes("--no-settle");
/** Also step the other way from the shipped value (reported apart as otherWay). */
const BOTH_WAYS = process.argv.includes("--both-ways");

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const r = (v: number) => Math.round(v * 10) / 10;
  return { median: r(quantile(sorted, 0.5)), p95: r(quantile(sorted, 0.95)), min: r(sorted[0]), max: r(sorted.at(-1)!) };
};

/** Where one redraw's time went, in ms: the page's measures (lab:*, chart:*, persist:*) and the worker's phases. */
type Breakdown = Record<string, number>;

/** Sets the attractiveness slider to each of `values` in turn, timing each redraw. */
async function timeMoves(page: Page, values: string[]): Promise<{ toRender: number[]; toFrame: number[]; breakdowns: Breakdown[] }> {
  const toRender: number[] = [];
  const toFrame: number[] = [];
  const breakdowns: Breakdown[] = [];
  for (const value of values) {
    const [render, frame, breakdown] = await page.evaluate(async (v) => {
      const slider = document.querySelector<HTMLInputElement>("#ctl-offer-attractiveness")!;
      type Detail = { renderedAt: number; receivedAt: number; elapsedMs: number; reused: boolean; phases: { setupMs: number; stepMs: number; resultMs: number } };
      const done = new Promise<Detail>((resolve) => document.addEventListener("lab:rendered", (e) => resolve((e as CustomEvent).detail), { once: true }));
      performance.clearMeasures();
      const t0 = performance.now();
      slider.value = v;
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      const detail = await done;
      await new Promise(requestAnimationFrame);
      const frameAt = performance.now();
      const parts: Record<string, number> = {};
      for (const m of performance.getEntriesByType("measure")) if (m.startTime >= t0 && m.startTime <= detail.renderedAt) parts[m.name] = (parts[m.name] ?? 0) + m.duration;
      const adopt = parts["lab:adopt"] ?? 0;
      parts["worker:setup"] = detail.phases.setupMs;
      parts["worker:steps"] = detail.phases.stepMs;
      parts["worker:result"] = detail.phases.resultMs;
      // Posting the scenario, the result's trip back and any wait for either thread.
      parts["messages+waits"] = detail.receivedAt - t0 - adopt - detail.elapsedMs;
      parts["after-redraw-to-frame"] = frameAt - detail.renderedAt;
      if (detail.reused) {
        // Shown from a kept run: the worker's phases are those of the run it kept.
        parts["worker:setup"] = parts["worker:steps"] = parts["worker:result"] = 0;
        parts["messages+waits"] = detail.receivedAt - t0 - adopt;
        parts.reused = 1;
      }
      return [detail.renderedAt - t0, frameAt - t0, parts] as const;
    }, value);
    toRender.push(render);
    toFrame.push(frame);
    breakdowns.push(breakdown);
    if (PAUSE_MS > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  return { toRender, toFrame, breakdowns };
}

/** The median of each part over the moves run anew (parts nested in others, e.g. chart:* in lab:charts, are listed too). */
function medianBreakdown(breakdowns: Breakdown[]): Breakdown {
  const names = [...new Set(breakdowns.flatMap((b) => Object.keys(b)))].sort();
  return Object.fromEntries(names.map((name) => [name, stats(breakdowns.map((b) => b[name] ?? 0)).median]));
}

/** Drags the attractiveness slider from `base` for DRAG_MS and reports the redraws. */
async function timeDrag(page: Page, base: number): Promise<{ redrawsDuring: number; firstRedrawMs: number | null; settleMs: number }> {
  return page.evaluate(
    async ({ base, dragMs, stepMs }) => {
      const slider = document.querySelector<HTMLInputElement>("#ctl-offer-attractiveness")!;
      const renders: number[] = [];
      // No named function in here: tsx's __name helper does not exist in the page.
      const listening = new AbortController();
      document.addEventListener("lab:rendered", (e) => renders.push((e as CustomEvent).detail.renderedAt), { signal: listening.signal });
      const t0 = performance.now();
      let k = 0;
      let last = t0;
      while (performance.now() - t0 < dragMs) {
        k++;
        slider.value = Math.min(1, Math.max(0, base + (base > 0.9 ? -1 : 1) * (k % 10) * 0.01)).toFixed(2);
        last = performance.now();
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, stepMs));
      }
      // Let go: the browser fires "change" when the pointer is released.
      slider.dispatchEvent(new Event("change", { bubbles: true }));
      const value = slider.value;
      // Settled: the run of the last value drawn (the status says so and nothing is pending).
      const target = `offer.attractiveness:${Number(value)}`;
      const baseValue = Number(base.toFixed(6));
      for (let waited = 0; waited < 60_000; waited += 20) {
        const settled = !document.querySelector("#run-status")!.classList.contains("busy") && /ran in/.test(document.querySelector("#run-status .status-text")!.textContent ?? "");
        const inAddress = location.search.includes(target) || Number(value) === baseValue;
        if (settled && inAddress && renders.length > 0 && renders.at(-1)! > last) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      listening.abort();
      const end = t0 + dragMs;
      return { redrawsDuring: renders.filter((t) => t <= end).length, firstRedrawMs: renders.length ? Math.round(renders[0] - t0) : null, settleMs: Math.round((renders.at(-1) ?? last) - last) };
    },
    { base, dragMs: DRAG_MS, stepMs: DRAG_STEP_MS },
  );
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
  const openScenario = async (id: string) => {
    await page.goto(`${url}?scenario=${id}`);
    await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 120_000 });
  };
  /** Waits until the worker's work while idle after the shown run is over; returns how long that took from now. */
  const settle = async () => {
    const started = Date.now();
    await page.waitForFunction(() => document.body.dataset.settledRunId === document.body.dataset.runId, null, { timeout: 60_000 });
    return Date.now() - started;
  };

  let stress: { sliderToRenderedMs: ReturnType<typeof stats>; sliderToNextFrameMs: ReturnType<typeof stats>; reusedMoves: number; medianBreakdownMs: Breakdown } | null = null;
  if ((!ONLY || STRESS) && !DRAG_ONLY) {
    await openScenario("asylum-offer-deadline");
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
    const { toRender, toFrame, breakdowns } = await timeMoves(page, Array.from({ length: MOVES }, (_, k) => (0.05 + (k % 25) * 0.01).toFixed(2)));
    const reusedMoves = breakdowns.filter((b) => b.reused).length;
    stress = { sliderToRenderedMs: stats(toRender), sliderToNextFrameMs: stats(toFrame), reusedMoves, medianBreakdownMs: medianBreakdown(breakdowns.filter((b) => !b.reused)) };
    console.log(`stress (asylum-offer-deadline, 100,000 soldiers, 365 days): slider -> redrawn median ${stress.sliderToRenderedMs.median} ms, p95 ${stress.sliderToRenderedMs.p95} ms; -> next frame median ${stress.sliderToNextFrameMs.median} ms, p95 ${stress.sliderToNextFrameMs.p95} ms`);
    console.log(`  moves shown from kept runs: ${stress.reusedMoves} of ${MOVES}; median parts: ${Object.entries(stress.medianBreakdownMs).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  }

  const ids = readdirSync(join(ROOT, "scenarios"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .filter((id) => !ONLY || ONLY.includes(id));
  const perScenario: Record<string, { sliderToRenderedMs: ReturnType<typeof stats>; sliderToNextFrameMs: ReturnType<typeof stats>; newValuesToRenderedMs: ReturnType<typeof stats>; reusedMoves: number; medianBreakdownMs: Breakdown; moves: Array<{ value: string; redrawnMs: number; parts: Breakdown }> }> = {};
  const drags: Record<string, Awaited<ReturnType<typeof timeDrag>>> = {};
  const otherWay: Record<string, { sliderToRenderedMs: ReturnType<typeof stats>; newValuesToRenderedMs: ReturnType<typeof stats>; reusedMoves: number }> = {};
  const coldFirstMove: Record<string, { redrawnMs: number; parts: Breakdown }> = {};
  const settleMs: Record<string, number> = {};
  for (const id of ids) {
    const base = Number(JSON.parse(readFileSync(join(ROOT, "scenarios", `${id}.json`), "utf8")).parameters?.offer?.attractiveness ?? 0);
    await openScenario(id);
    if (!NO_DRAG) {
    drags[id] = await timeDrag(page, base);
    console.log(`${id.padEnd(34)} drag of ${DRAG_MS} ms: ${drags[id].redrawsDuring} redraws during it, first after ${drags[id].firstRedrawMs ?? "-"} ms, last ${drags[id].settleMs} ms after the last input`);
    }
    if (DRAG_ONLY) continue;
    // One step up right after the first picture, before the worker's start-up work is done.
    await openScenario(id);
    const cold = await timeMoves(page, [Math.min(1, Math.max(0, base + (base > 0.9 ? -0.01 : 0.01))).toFixed(2)]);
    coldFirstMove[id] = { redrawnMs: Math.round(cold.toRender[0] * 10) / 10, parts: cold.breakdowns[0] };
    await openScenario(id);
    if (!NO_SETTLE) settleMs[id] = await settle();
    // The knife-edge probe starts 600 ms after a redraw in a worker of its own and keeps its runs: a
    // first move after it has started would compete with it, or be shown from its runs.
    const probe = await page.evaluate(() => document.body.dataset.knifeEdgeState ?? "");
    if (probe !== "waiting") console.log(`${id.padEnd(34)} note: the knife-edge probe was already "${probe}" at the first move`);
    // With --pause, the user looks at the loaded run too before the first move.
    if (PAUSE_MS > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    // Up one step at a time and back, as arrow keys do, staying in [0, 1] (down from values above 0.9).
    const away = (direction: 1 | -1) =>
      Array.from({ length: MOVES_PER_SCENARIO }, (_, k) => {
        const step = k < MOVES_PER_SCENARIO / 2 ? k + 1 : MOVES_PER_SCENARIO - k - 1;
        return Math.min(1, Math.max(0, base + (base > 0.9 ? -direction : direction) * step * 0.01)).toFixed(2);
      });
    const values = away(1);
    const { toRender, toFrame, breakdowns } = await timeMoves(page, values);
    // The other way from the shipped value too (not part of the headline figures: the upward side
    // crosses the tipping point of the historical scenarios, where runs cost the most).
    if (BOTH_WAYS) {
      const back = await timeMoves(page, away(-1));
      const backFresh = back.breakdowns.map((b, k) => (b.reused ? null : back.toRender[k])).filter((v): v is number => v !== null);
      otherWay[id] = { sliderToRenderedMs: stats(back.toRender), newValuesToRenderedMs: stats(backFresh), reusedMoves: back.toRender.length - backFresh.length };
      console.log(`${"".padEnd(34)} the other way: redrawn median ${otherWay[id].sliderToRenderedMs.median} ms, p95 ${otherWay[id].sliderToRenderedMs.p95} ms; values not run before: ${back.toRender.length - otherWay[id].reusedMoves ? `p95 ${otherWay[id].newValuesToRenderedMs.p95} ms` : "none (every value was run before)"}`);
    }
    const fresh = breakdowns.map((b, k) => (b.reused ? null : toRender[k])).filter((v): v is number => v !== null);
    perScenario[id] = { sliderToRenderedMs: stats(toRender), sliderToNextFrameMs: stats(toFrame), newValuesToRenderedMs: stats(fresh), reusedMoves: toRender.length - fresh.length, medianBreakdownMs: medianBreakdown(breakdowns.filter((b) => !b.reused)),
      // Each move's value and parts: the kernel's work grows with the defections, so a value past the
      // scenario's tipping point costs more than the shipped one (chieu-hoi: 0.26 -> 0.36 doubles it).
      moves: values.map((value, k) => ({ value, redrawnMs: Math.round(toRender[k] * 10) / 10, parts: Object.fromEntries(Object.entries(breakdowns[k]).map(([name, ms]) => [name, Math.round(ms * 10) / 10])) })),
    };
    console.log(`${id.padEnd(34)} redrawn median ${String(perScenario[id].sliderToRenderedMs.median).padStart(7)} ms, p95 ${String(perScenario[id].sliderToRenderedMs.p95).padStart(7)} ms; next frame p95 ${perScenario[id].sliderToNextFrameMs.p95} ms; values not run before (${MOVES_PER_SCENARIO - perScenario[id].reusedMoves}): median ${perScenario[id].newValuesToRenderedMs.median} ms, p95 ${perScenario[id].newValuesToRenderedMs.p95} ms`);
    console.log(`${"".padEnd(34)} median parts: ${Object.entries(perScenario[id].medianBreakdownMs).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    console.log(`${"".padEnd(34)} start-up work after the first picture: ${settleMs[id] ?? "not waited for"} ms; a first move with no wait (fresh load): ${coldFirstMove[id].redrawnMs} ms`);
  }

  const result = {
    stress: stress && { setup: { armySize: 100_000, days: 365, scenario: "asylum-offer-deadline", slider: "offer.attractiveness", moves: MOVES }, ...stress },
    perScenario: { setup: { slider: "offer.attractiveness", moves: MOVES_PER_SCENARIO, step: 0.01, direction: "up from the shipped value and back (down when it is above 0.9)" }, scenarios: perScenario },
    startUp: { setup: { note: "moves start once the worker's work while idle after the first run is done (settleMs: from the first picture); coldFirstMove: one step up right after the first picture of a fresh load", settled: !NO_SETTLE }, settleMs, coldFirstMove },
    otherWay: BOTH_WAYS ? { setup: { slider: "offer.attractiveness", moves: MOVES_PER_SCENARIO, step: 0.01, direction: "down from the shipped value and back (up when it is above 0.9)" }, scenarios: otherWay } : null,
    drag: { setup: { slider: "offer.attractiveness", dragMs: DRAG_MS, inputEveryMs: DRAG_STEP_MS }, scenarios: drags },
    measuredAt: new Date().toISOString(),
  };
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  writeFileSync(join(ROOT, "test-output", "latency.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log("written test-output/latency.json");
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
