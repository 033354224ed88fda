/**
 * A tipping point found, in words: the parameter by its control's name (not its path), the value
 * with its 95% interval, the probabilities at the ends, and "Show at the tipping point".
 */
import type { TippingPoint } from "../../sweep/tippingPoint";
import type { TippingJob } from "../workers/tippingRunner";
import { appendElement as el } from "../appendElement";

const fmt = (x: number) => String(Number(x.toPrecision(4)));
/** A value of the searched parameter, rounded to a millionth of the search range (bisection leaves dust like 9.3e-11 for 0). */
const fmtIn = (x: number, width: number) => fmt(Math.round(x / (width * 1e-6)) * (width * 1e-6));

export function renderTippingResult(box: HTMLElement, job: TippingJob, tip: TippingPoint, label: string, showAt: (path: string, value: number, notice: string) => void): void {
  const [lo, hi] = job.range;
  const at = (x: number) => fmtIn(x, hi - lo);
  const line = el(box, "p", { class: "tip-line", id: "tip-line", "data-path": tip.path, "data-value": String(tip.value), "data-low": String(tip.low), "data-high": String(tip.high) });
  el(line, "strong", {}, `${label}: the cascade probability crosses ${tip.level} at ${at(tip.value)}`);
  line.append(` (95% interval ${at(tip.low)} to ${at(tip.high)}); P = ${fmt(tip.atLow)} at ${lo} and ${fmt(tip.atHigh)} at ${hi}`);
  const use = el(box, "button", { type: "button", id: "tip-show" }, "Show at the tipping point");
  const notice = `Showing the army at the tipping point of ${label}: ${at(tip.value)} (the cascade probability crosses ${tip.level}; 95% interval ${at(tip.low)} to ${at(tip.high)})`;
  use.addEventListener("click", () => showAt(tip.path, tip.value, notice));
}

/** The search's InputError message ("no tipping point:\n  --range: ...") as lines naming the field. */
export function tippingErrorLines(error: Error): string[] {
  const lines = error.message.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const body = error.name === "InputError" && lines.length > 1 ? lines.slice(1) : lines;
  return body.map((line) => line.replace(/^--range: /, "Search range: ").replace(/^--param: /, "Parameter: "));
}
