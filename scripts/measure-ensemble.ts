/**
 * Time of an ensemble in the built page: 1,000 runs x 10,000 soldiers x 365 days for each of two
 * variants (the asylum offer with its 60-day deadline and the same offer open-ended), in headless
 * Chromium, once on the worker pool (one worker per core, navigator.hardwareConcurrency) and once
 * on a single worker. The comparison is loaded as a file, which starts the ensemble; the page
 * stamps the time from start to the last run drawn. Prints the times and writes
 * test-output/ensemble-timing.json.
 *
 *   npx tsx scripts/measure-ensemble.ts [runs]      (npm run measure:ensemble)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, buildAndServe, launchBrowser } from "../tests/browser/harness";
import { scenarioFromObject, setParameter } from "../src/scenario/index";

const RUNS = Number(process.argv[2] ?? 1000);
const SOLDIERS = 10_000;
const DAYS = 365;

const variant = (id: string) => {
  let scenario: object = JSON.parse(readFileSync(join(ROOT, "scenarios", `${id}.json`), "utf8"));
  scenario = setParameter(scenario, "army.size", SOLDIERS);
  scenario = setParameter(scenario, "army.days", DAYS);
  return { name: id, hidden: false, scenario: scenarioFromObject(scenario) };
};
const comparison = { kind: "comparison", name: "timing", runs: RUNS, masterSeed: 1, commonRandomNumbers: true, baseline: 0, variants: [variant("asylum-offer-deadline"), variant("asylum-offer-open-ended")] };

const outDir = mkdtempSync(join(tmpdir(), "defection-ensemble-timing-"));
const { url, server } = await buildAndServe(outDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const poolSize = await page.evaluate(() => (window as unknown as { defectionCompare: { poolSize(): number } }).defectionCompare.poolSize());
  await page.click("#tab-compare");
  const measure = async (workers: number) => {
    await page.evaluate((n) => (window as unknown as { defectionCompare: { setPoolSize(n: number): void } }).defectionCompare.setPoolSize(n), workers);
    await page.evaluate(() => delete document.body.dataset.compareElapsedMs);
    await page.locator("#compare-file").setInputFiles({ name: "timing.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(comparison)) });
    await page.waitForFunction(() => document.body.dataset.compareState === "done" && document.body.dataset.compareElapsedMs !== undefined, null, { timeout: 30 * 60_000, polling: 500 });
    const ms = Number(await page.evaluate(() => document.body.dataset.compareElapsedMs));
    const table = await page.locator("#compare-table table").innerText();
    return { workers, seconds: Math.round(ms / 100) / 10, runsPerSecond: Math.round(((2 * RUNS) / ms) * 1000 * 10) / 10, table };
  };
  const pool = await measure(poolSize);
  console.log(`pool of ${pool.workers}: ${pool.seconds} s (${pool.runsPerSecond} runs/s)`);
  const single = await measure(1);
  console.log(`1 worker: ${single.seconds} s (${single.runsPerSecond} runs/s)`);
  if (pool.table !== single.table) throw new Error("the pool and the single worker gave different tables");
  const result = {
    what: `${RUNS} runs x ${SOLDIERS} soldiers x ${DAYS} days, 2 variants (${2 * RUNS} runs), headless Chromium, built page`,
    hardwareConcurrency: cores,
    hostCpus: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    pool: { workers: pool.workers, seconds: pool.seconds, runsPerSecond: pool.runsPerSecond },
    singleWorker: { workers: 1, seconds: single.seconds, runsPerSecond: single.runsPerSecond },
    speedup: Math.round((single.seconds / pool.seconds) * 100) / 100,
    sameTable: true,
    date: new Date().toISOString(),
  };
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  writeFileSync(join(ROOT, "test-output", "ensemble-timing.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
