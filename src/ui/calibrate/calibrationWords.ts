/**
 * The calibration panel in words: a parameter named after what it belongs to ("Setback on day 38:
 * threshold shift" rather than a fifth "Event day"), a target as a sentence ("4,500–6,000 soldiers
 * defected by day 2,650") rather than its code, and a fitted value rounded to what its interval
 * supports (0.24, not 0.2404216394020488).
 */
import { parameterAt, type ScenarioFile } from "../../scenario/index";
import type { Target } from "../../scenario/target";

const EVENT_NAMES: Record<string, string> = { setback: "Setback", mobilisation: "Mobilisation", leaflets: "Leaflet drop", extend: "Deadline extension" };
const EVENT_FIELDS: Record<string, string> = {
  day: "day",
  shift: "threshold shift",
  days: "duration (days)",
  count: "soldiers mobilised",
  aware: "share of them aware",
  reach: "reach",
  window: "window moved",
  close: "new closing day",
  credibilityLoss: "credibility lost",
};

/** What a fitted path is called in the panel: events by type and day, windows by number. */
export function parameterName(path: string, scenario: Pick<ScenarioFile, "parameters">): string {
  const event = /^events\.(\d+)\.(\w+)$/.exec(path);
  if (event) {
    const found = scenario.parameters.events[+event[1]] as { type: string; day: number } | undefined;
    const field = EVENT_FIELDS[event[2]] ?? event[2];
    return found ? `${EVENT_NAMES[found.type] ?? found.type} on day ${found.day}: ${field}` : `Event ${+event[1] + 1}: ${field}`;
  }
  const window = /^offer\.windows\.(\d+)\.(\w+)$/.exec(path);
  if (window) return `Offer window ${+window[1] + 1}: ${window[2] === "open" ? "opening day" : "closing day"}`;
  return parameterAt(path)?.label ?? path;
}

const QUANTITY_WORDS: Record<Target["quantity"], string> = {
  defected: "defected",
  caught: "caught trying to defect",
  aware: "aware of the offer",
  loyal: "loyal",
  captured: "captured in battle",
  both: "defected or captured",
};

const count = (x: number) => Math.round(x).toLocaleString("en-US");
const share = (x: number) => `${Number((x * 100).toPrecision(3))}%`;

/** A target's figure: "4,500–6,000 soldiers", "1 soldier", "10% of the army". */
export function targetFigure(target: Pick<Target, "unit" | "low" | "high">): string {
  if (target.unit === "share") return `${target.low === target.high ? share(target.low) : `${share(target.low)}–${share(target.high)}`} of the army`;
  const figure = target.low === target.high ? count(target.low) : `${count(target.low)}–${count(target.high)}`;
  return `${figure} soldier${target.low === target.high && Math.round(target.low) === 1 ? "" : "s"}`;
}

/** A target as a sentence, e.g. "4,500–6,000 soldiers defected by day 2,650 (± 500)". */
export function targetWords(target: Target): string {
  const when = target.fromDay === undefined ? `by day ${count(target.day)}` : `from day ${count(target.fromDay)} to day ${count(target.day)}`;
  const uncertainty = target.sdGiven ? ` (± ${target.unit === "share" ? share(target.sd) : count(target.sd)})` : "";
  return `${targetFigure(target)} ${QUANTITY_WORDS[target.quantity]} ${when}${uncertainty}`;
}

/**
 * `value` with as many significant digits as the interval [low, high] supports: the digit where
 * the interval's width starts, plus one; whole numbers stay whole. A zero-width interval keeps 4
 * significant digits.
 */
export function roundToInterval(value: number, low: number, high: number, integer = false): number {
  const width = Math.abs(high - low);
  let rounded: number;
  if (!(width > 0) || !Number.isFinite(width)) rounded = Number(value.toPrecision(4));
  else {
    const step = 10 ** (Math.floor(Math.log10(width)) - 1);
    rounded = Math.round(value / step) * step;
    // Undo floating-point dust (0.24000000000000002).
    rounded = Number(rounded.toFixed(Math.max(0, -Math.floor(Math.log10(step)))));
  }
  return integer ? Math.round(rounded) : rounded;
}
