/**
 * Builds the lab once with Vite into a temporary folder, serves the build with `vite preview` on a
 * free port of 127.0.0.1, and launches the headless Chromium of @sparticuz/chromium.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { build, preview, type PreviewServer } from "vite";
import chromium from "@sparticuz/chromium";
import { chromium as pw, type Browser, type Page } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../..");

export interface Lab {
  url: string;
  /** The built site. */
  outDir: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function buildAndServe(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const configFile = join(ROOT, "vite.config.ts");
  await build({ root: ROOT, configFile, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: ROOT, configFile, logLevel: "error", build: { outDir }, preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  return { url, server };
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

export async function startLab(): Promise<Lab> {
  const outDir = mkdtempSync(join(tmpdir(), "defection-lab-"));
  const { url, server } = await buildAndServe(outDir);
  const browser = await launchBrowser();
  return {
    url,
    outDir,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
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
