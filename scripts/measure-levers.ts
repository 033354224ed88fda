/**
 * Time of a Morris screen in the built page: 10 levers of the asylum offer with a deadline (10,000
 * soldiers), 10 trajectories (110 points), 20 runs a point (2,200 runs), on the page's pool of
 * workers (one per core, navigator.hardwareConcurrency) in headless Chromium. The page stamps the
 * time from start to the last point drawn. Prints the time, the pool and the sentence; writes
 * test-output/levers-timing.json. Issue 16's target: under a minute on 2 cores.
 *
 *   npx tsx scripts/measure-levers.ts [workers]      (npm run measure:levers)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, buildAndServe, launchBrowser } from "../tests/browser/harness";

const LEVERS = 10;
const outDir = mkdtempSync(join(tmpdir(), "defection-levers-timing-"));
const { url, server } = await buildAndServe(outDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${url}?scenario=asylum-offer-deadline`);
  await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  if (process.argv[2]) await page.evaluate((n) => (window as unknown as { defectionLevers: { setPoolSize(n: number): void } }).defectionLevers.setPoolSize(n), Number(process.argv[2]));
  await page.click("#tab-levers");
  // The first 10 levers ticked by default stay ticked; the rest are unticked.
  const boxes = page.locator('#levers-table tbody input[type="checkbox"]');
  let ticked = 0;
  for (let k = 0; k < (await boxes.count()); k++) {
    const box = boxes.nth(k);
    if (await box.isChecked()) {
      if (ticked < LEVERS) ticked++;
      else await box.uncheck();
    }
  }
  if (ticked !== LEVERS) throw new Error(`only ${ticked} levers are ticked by default`);
  await page.locator("#levers-trajectories").fill("10");
  await page.locator("#levers-trajectories").press("Enter");
  await page.locator("#levers-runs").fill("20");
  await page.locator("#levers-runs").press("Enter");
  await page.click("#levers-run");
  await page.waitForFunction(() => document.body.dataset.leversState === "done", null, { timeout: 30 * 60_000, polling: 500 });
  const ms = Number(await page.evaluate(() => document.body.dataset.leversElapsedMs));
  const status = await page.locator("#levers-status").innerText();
  const sentence = await page.locator("#levers-sentence").innerText();
  console.log(`${status}\n${(ms / 1000).toFixed(1)} s (navigator.hardwareConcurrency ${cores})\n${sentence}`);
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  const result = { what: "Morris screen, 10 levers x 10 trajectories (110 points) x 20 runs, asylum-offer-deadline (10,000 soldiers), headless Chromium, built page", seconds: Math.round(ms / 100) / 10, status, hardwareConcurrency: cores, hostCpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", sentence };
  writeFileSync(join(ROOT, "test-output", "levers-timing.json"), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
