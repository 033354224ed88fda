/**
 * Builds the lab with Vite (once per test run, shared by the browser test files: see
 * sharedBuild.ts), serves the build with `vite preview` on a free port of 127.0.0.1, and launches
 * the headless Chromium of @sparticuz/chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { build, preview, type PreviewServer } from "vite";
import chromium from "@sparticuz/chromium";
import { chromium as pw, type Browser, type Locator, type Page } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../..");
/** Where browser tests save their screenshots. */
export const SHOTS = join(ROOT, "test-output", "screenshots");

export interface Lab {
  url: string;
  /** The built site. */
  outDir: string;
  browser: Browser;
  close(): Promise<void>;
}

const CONFIG_FILE = join(ROOT, "vite.config.ts");

async function buildLab(outDir: string): Promise<void> {
  await build({ root: ROOT, configFile: CONFIG_FILE, logLevel: "error", build: { outDir, emptyOutDir: true } });
}

async function serveBuild(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ root: ROOT, configFile: CONFIG_FILE, logLevel: "error", build: { outDir }, preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  return { url, server };
}

export async function buildAndServe(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  await buildLab(outDir);
  return serveBuild(outDir);
}

/**
 * The build shared by the test files of one run, in `dir` (made by sharedBuild.ts): the first
 * file to get here builds it, the others wait for it (test files run in parallel processes).
 */
async function sharedBuildIn(dir: string): Promise<string> {
  const site = join(dir, "site");
  const ready = join(dir, "ready");
  const failed = join(dir, "failed");
  try {
    mkdirSync(join(dir, "lock"));
  } catch {
    for (const deadline = Date.now() + 180_000; !existsSync(ready); await sleep(100)) {
      if (existsSync(failed)) throw new Error(`the shared build of the lab failed in another test file: ${readFileSync(failed, "utf8")}`);
      if (Date.now() > deadline) throw new Error("timed out after 180 s waiting for another test file's build of the lab");
    }
    return site;
  }
  try {
    await buildLab(site);
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
  writeFileSync(ready, "");
  return site;
}

/** Serves `dir` under `prefix` (e.g. "/some/sub/path/") with a plain static server, as any web host would. */
export async function serveStatic(dir: string, prefix: string): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml" };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const relative = path.startsWith(prefix) ? path.slice(prefix.length) || "index.html" : null;
    const file = relative === null ? null : normalize(join(dir, relative));
    if (file === null || !file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix}`, server };
}

export async function launchBrowser(): Promise<Browser> {
  return pw.launch({
    executablePath: await chromium.executablePath(),
    args: ["--no-sandbox", "--headless=new", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** The lab served and a browser: from the run's shared build in `sharedDir` when given, else from a build of its own. */
export async function startLab(sharedDir?: string): Promise<Lab> {
  const ownDir = sharedDir ? null : mkdtempSync(join(tmpdir(), "defection-lab-"));
  const outDir = sharedDir ? await sharedBuildIn(sharedDir) : ownDir!;
  if (ownDir) await buildLab(ownDir);
  const { url, server } = await serveBuild(outDir);
  const browser = await launchBrowser();
  return {
    url,
    outDir,
    browser,
    async close() {
      await browser.close();
      await server.close();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}

export const WIDE = { width: 1280, height: 800 };
export const NARROW = { width: 390, height: 844 };

/** A page whose errors and dialogs are recorded, so a test can assert there were none. */
export type TestPage = Page & { problems: string[] };

/** A fresh page of the lab at `search`, once its first run is drawn. */
export async function openLabPage(lab: Lab, search = "", viewport = WIDE): Promise<TestPage> {
  const page = (await lab.browser.newPage({ viewport })) as TestPage;
  page.problems = [];
  page.on("pageerror", (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on("dialog", (dialog) => {
    page.problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(lab.url + search);
  await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
  return page;
}

/** Types `text` into a number box and presses Enter: boxes commit when the user is done, never on a keystroke. */
export async function commitNumber(box: Locator, text: string): Promise<void> {
  await box.fill(text);
  await box.press("Enter");
}
