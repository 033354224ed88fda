/**
 * The bench's browser rows: bench cases (the full model with every mechanism on, the global model)
 * in a Web Worker in headless Chromium (@sparticuz/chromium driven by playwright-core), built with
 * Vite from bench/browser/. As in Node's rows, soldiers and network are drawn once and the runs are
 * timed on them; the set-up time is reported apart (a page run pays both). The driver checks that
 * the worker's daily defected counts equal Node's for the same inputs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import chromium from "@sparticuz/chromium";
import { chromium as playwright } from "playwright-core";
import { benchFolder } from "./benchFolder";


export interface BrowserTiming {
  model: "full" | "global";
  soldiers: number;
  /** Drawing soldiers and network, once. */
  setupMs: number;
  days: number;
  runs: number;
  median: number;
  min: number;
  max: number;
  defected: number[];
}

export async function browserCases(cases: { model: "full" | "global"; size: number; runs: number }[]): Promise<BrowserTiming[]> {
  const outDir = mkdtempSync(join(tmpdir(), "defection-bench-"));
  await build({ root: join(benchFolder, "browser"), base: "./", logLevel: "warn", worker: { format: "es" }, build: { outDir, emptyOutDir: true, target: "es2022" } });
  const server = await preview({ root: join(benchFolder, "browser"), build: { outDir }, preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
  const browser = await playwright.launch({
    executablePath: await chromium.executablePath(),
    args: ["--no-sandbox", "--headless=new", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const address = server.httpServer.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const timings: BrowserTiming[] = [];
    for (const { model, size, runs } of cases) {
      // A fresh tab per case, as a user opening the page would have.
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/?model=${model}&size=${size}&runs=${runs}`);
      const result = (await page.evaluate(() => (window as unknown as { benchResult: Promise<unknown> }).benchResult)) as { setupMs: number; times: number[]; defected: number[] };
      await page.close();
      const sorted = [...result.times].sort((a, b) => a - b);
      timings.push({ model, soldiers: size, setupMs: result.setupMs, days: result.defected.length - 1, runs, median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1], defected: result.defected });
    }
    return timings;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}
