/**
 * A quick calibration's result in words: each fitted value, named after what it belongs to and
 * rounded to what its interval supports, with its interval named for what it is (the quick fit's
 * interval is not a credible interval; the command line's output says the same), what the fit
 * achieved, target by target in words, and "Use these values" (the rounded values).
 */
import { parameterAt, type ScenarioFile } from "../../scenario/index";
import type { CalibrationResult } from "../../calibration/calibrate";
import { appendElement as el } from "../appendElement";
import { parameterName, roundToInterval, targetCalendarOf, targetWords } from "./calibrationWords";

const fmt = (x: number) => String(Number(x.toPrecision(4)));

export function renderCalibrationResult(box: HTMLElement, fitted: CalibrationResult, scenario: ScenarioFile, apply: (values: [path: string, value: number][]) => void): void {
  box.replaceChildren();
  const list = el(box, "ul", { class: "cal-values" });
  const rounded = fitted.parameters.map((p) => roundToInterval(p.value, p.low, p.high, parameterAt(p.path)?.integer ?? false));
  fitted.parameters.forEach((p, k) => {
    const item = el(list, "li", { "data-path": p.path, "data-value": String(p.value), "data-rounded": String(rounded[k]), "data-low": String(p.low), "data-high": String(p.high) });
    el(item, "strong", {}, `${parameterName(p.path, scenario)} = ${rounded[k]}`);
    item.append(` (${intervalName(p.interval)} ${fmt(p.low)} to ${fmt(p.high)})`);
  });
  el(
    box,
    "p",
    { class: "cal-interval-note" },
    "Not a credible interval: for a range target it holds the values whose ensemble mean falls in the range; otherwise it is simulation noise only. The figures' own uncertainty and the other, assumed, parameters are left out (defection calibrate --method abc gives a posterior).",
  );
  const achieved = el(box, "ul", { class: "cal-achieved" });
  for (const a of fitted.achieved) el(achieved, "li", { title: a.target.text }, `${targetWords(a.target, targetCalendarOf(scenario))}: ensemble mean ${fmt(a.mean)} (standard error ${fmt(a.standardError)})`);
  const use = el(box, "button", { type: "button", id: "cal-use" }, "Use these values");
  use.addEventListener("click", () => apply(fitted.parameters.map((p, k) => [p.path, rounded[k]])));
}

function intervalName(interval: CalibrationResult["parameters"][number]["interval"]): string {
  return interval === "meets-range" ? "values whose mean meets the range:" : "simulation-noise interval:";
}

/** The calibration's InputError message ("invalid calibration:\n--target: ...") as lines. */
export function calibrationErrorLines(error: Error): string[] {
  const lines = error.message.split("\n").filter((line) => line.trim() !== "");
  return error.name === "InputError" && lines.length > 1 ? lines.slice(1) : lines;
}
