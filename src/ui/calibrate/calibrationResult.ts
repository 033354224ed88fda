/**
 * A calibration's result in words: each fitted value with its interval named for what it is (the
 * quick fit's interval is not a credible interval; the command line's output says the same), what
 * the fit achieved, and "Use these values".
 */
import { parameterAt } from "../../scenario/index";
import type { CalibrationResult } from "../../calibration/calibrate";
import { appendElement as el } from "../appendElement";

const fmt = (x: number) => String(Number(x.toPrecision(4)));

export function renderCalibrationResult(box: HTMLElement, fitted: CalibrationResult, apply: (values: [path: string, value: number][]) => void): void {
  box.replaceChildren();
  const list = el(box, "ul", { class: "cal-values" });
  for (const p of fitted.parameters) {
    const item = el(list, "li", { "data-path": p.path, "data-value": String(p.value), "data-low": String(p.low), "data-high": String(p.high) });
    el(item, "strong", {}, `${parameterAt(p.path)?.label ?? p.path} = ${fmt(p.value)}`);
    item.append(` (${intervalName(p.interval)} ${fmt(p.low)} to ${fmt(p.high)})`);
  }
  el(
    box,
    "p",
    { class: "cal-interval-note" },
    "Not a credible interval: for a range target it holds the values whose ensemble mean falls in the range; otherwise it is simulation noise only. The figures' own uncertainty and the other, assumed, parameters are left out (defection calibrate --method abc gives a posterior).",
  );
  const achieved = el(box, "ul", { class: "cal-achieved" });
  for (const a of fitted.achieved) el(achieved, "li", {}, `${a.target.text}: ensemble mean ${fmt(a.mean)} (standard error ${fmt(a.standardError)})`);
  const use = el(box, "button", { type: "button", id: "cal-use" }, "Use these values");
  use.addEventListener("click", () => apply(fitted.parameters.map((p) => [p.path, p.value])));
}

function intervalName(interval: CalibrationResult["parameters"][number]["interval"]): string {
  return interval === "meets-range" ? "values whose mean meets the range:" : "simulation-noise interval:";
}

/** The calibration's InputError message ("invalid calibration:\n--target: ...") as lines. */
export function calibrationErrorLines(error: Error): string[] {
  const lines = error.message.split("\n").filter((line) => line.trim() !== "");
  return error.name === "InputError" && lines.length > 1 ? lines.slice(1) : lines;
}
