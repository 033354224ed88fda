/**
 * The lab and the scenario library load clean: no console error, no failed request (the
 * favicon included) and a page icon linked from the page itself.
 */
import { describe, expect, test } from "vitest";
import { WIDE } from "./harness";
import { useLab } from "./useLab";

const lab = useLab();

describe("page load", () => {
  for (const [page, ready] of [
    ["", () => document.body.dataset.renderedAt !== undefined],
    ["scenarios.html", () => document.body.dataset.ready === "true"],
  ] as const) {
    test(`${page || "the lab"} logs no console error and no request fails, the favicon included`, async () => {
      const tab = await lab.browser.newPage({ viewport: WIDE });
      const problems: string[] = [];
      tab.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
      tab.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      tab.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
      tab.on("response", (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
      await tab.goto(lab.url + page);
      await tab.waitForFunction(ready, null, { timeout: 15_000 });
      await tab.waitForTimeout(500); // the browser asks for the icon after the load
      expect(problems).toEqual([]);
      const icon = await tab.locator("link[rel=icon]").getAttribute("href", { timeout: 1_000 });
      expect(icon).toBeTruthy();
      const fetched = await tab.evaluate(async (href) => {
        const response = await fetch(new URL(href, location.href));
        return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
      }, icon!);
      expect(fetched.status).toBe(200);
      expect(fetched.type).toContain("image/svg+xml");
      expect(fetched.text).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      await tab.close();
    }, 30_000);
  }
});
