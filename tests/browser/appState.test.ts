/**
 * The page's state has one owner and survives a reload: the sweep's, the tipping point's and the
 * calibration's settings go into the address and local storage with the lab's and come back, from
 * the address and from a bare address; old links (the lab's part alone) open as before.
 */
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { openLabPage, commitNumber } from "./harness";
import { useLab } from "./useLab";

const lab = useLab();

async function reload(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.renderedAt !== undefined, null, { timeout: 15_000 });
}

const values = (page: Page, ids: string[]) => Promise.all(ids.map((id) => page.locator(`#${id}`).inputValue()));

describe("the page's state", () => {
  test("sweep, tipping-point and calibration settings come back after a reload, from the address and from local storage", async () => {
    const page = await openLabPage(lab, "?scenario=gulf-war-1991");
    await page.click("#tab-sweep");
    await page.selectOption("#sweep-path-0", "thresholds.mean");
    await commitNumber(page.locator("#sweep-from-0"), "0.2");
    await commitNumber(page.locator("#sweep-steps-0"), "7");
    await page.selectOption("#sweep-path-1", "offer.attractiveness");
    await page.selectOption("#sweep-scale-1", "list");
    await commitNumber(page.locator("#sweep-runs"), "12");
    await commitNumber(page.locator("#sweep-seed"), "42");
    await page.selectOption("#tip-path", "offer.attractiveness");
    await commitNumber(page.locator("#tip-to"), "0.3");
    await commitNumber(page.locator("#tip-level"), "0.6");
    await commitNumber(page.locator("#tip-runs"), "15");
    await page.click("#tab-run");
    await page.locator("#calibrate > summary").click();
    await page.locator("#cal-target-0").uncheck();
    await commitNumber(page.locator("#cal-runs"), "7");
    await commitNumber(page.locator("#cal-range-1-high"), "0.5");

    const sweepIds = ["sweep-path-0", "sweep-from-0", "sweep-to-0", "sweep-steps-0", "sweep-path-1", "sweep-scale-1", "sweep-runs", "sweep-seed"];
    const tipIds = ["tip-path", "tip-from", "tip-to", "tip-level", "tip-runs"];
    const calIds = ["cal-runs", "cal-range-1-high", "cal-fit-1"];
    await page.click("#tab-sweep");
    const sweep = await values(page, sweepIds);
    const tip = await values(page, tipIds);
    const cal = await values(page, calIds);
    expect(sweep).toEqual(["thresholds.mean", "0.2", sweep[2], "7", "offer.attractiveness", "list", "12", "42"]);
    expect(tip.slice(2)).toEqual(["0.3", "0.6", "15"]);
    await expect.poll(() => page.url()).toMatch(/[?&]sweep=.*&tipping=.*&calibrate=/);
    const address = page.url();
    expect(address).toContain("scenario=gulf-war-1991");

    const check = async () => {
      await page.click("#tab-sweep");
      expect(await values(page, sweepIds)).toEqual(sweep);
      expect(await values(page, tipIds)).toEqual(tip);
      await page.click("#tab-run");
      expect(await values(page, calIds)).toEqual(cal);
      expect(await page.locator("#cal-target-0").isChecked()).toBe(false);
      expect(await page.locator("#cal-target-1").isChecked()).toBe(true);
    };
    await reload(page, address); // from the address
    await check();
    await reload(page, lab.url); // from local storage, with a bare address
    await check();
    expect(page.url()).toBe(address);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  test("an old link (the lab's part alone) opens as before, and a bad panel setting rejects the address with its reason", async () => {
    const page = await openLabPage(lab, "?scenario=asylum-offer-deadline&set=offer.attractiveness:0.2&seed=3");
    expect(await page.locator("#ctl-offer-attractiveness-number").inputValue()).toBe("0.2");
    expect(page.url()).toMatch(/\?scenario=asylum-offer-deadline&set=offer.attractiveness:0.2&seed=3$/);
    await reload(page, `${lab.url}?scenario=watts-2002&sweep=${Buffer.from(JSON.stringify({ runs: 5, "bad key!": "x" })).toString("base64url")}`);
    await expect.poll(() => page.locator("#messages .message.error").innerText()).toMatch(/sweep: "bad key!" is not a field name/);
    expect(await page.locator("#scenario-picker").inputValue()).toBe("asylum-offer-deadline");
    await page.close();
  });
});
