/**
 * The calibration panel in words: a parameter named after what it belongs to ("Setback on day 38:
 * threshold shift" rather than a fifth "Event day"), a target as a sentence ("4,500–6,000 soldiers
 * defected by Nov 1783", calibration/targetWords.ts) rather than its code, and a fitted value rounded to what its interval
 * supports (0.24, not 0.2404216394020488).
 */
import { parameterAt, type ScenarioFile } from "../../scenario/index";

// Targets in words are the command line's too (with dates where the scenario has a calendar).
export { targetCalendarOf, targetFigure, targetWords } from "../../calibration/targetWords";

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

/**
 * `value` with as many significant digits as the interval [low, high] supports: the digit where
 * the interval's width starts, plus one, and more if that would round a value inside the interval
 * out of it; whole numbers stay whole. A zero-width interval keeps 4 significant digits.
 */
export function roundToInterval(value: number, low: number, high: number, integer = false): number {
  const width = Math.abs(high - low);
  let rounded: number;
  if (!(width > 0) || !Number.isFinite(width)) rounded = Number(value.toPrecision(4));
  else {
    // A value at an end of its interval (a fit's interval may start at the fitted value) takes
    // more digits rather than be rounded out of it.
    const inside = value >= Math.min(low, high) && value <= Math.max(low, high);
    for (let digit = Math.floor(Math.log10(width)) - 1; ; digit--) {
      const step = 10 ** digit;
      rounded = Math.round(value / step) * step;
      // Undo floating-point dust (0.24000000000000002).
      rounded = Number(rounded.toFixed(Math.max(0, -digit)));
      if (!inside || (rounded >= Math.min(low, high) && rounded <= Math.max(low, high)) || digit < -15) break;
    }
  }
  return integer ? Math.round(rounded) : rounded;
}
