/**
 * The one numeric input of every panel: a number box that commits only when the user is done
 * typing (Enter, or leaving the box: the `change` event), never on a keystroke, so that typing
 * "1e99" or "3.7" never runs the prefix "1" or "3"; and one reading of its text, whose problem
 * names the value and the allowed range. An invalid value is shown, never committed.
 */
import { formatNumber } from "../../scenario/index";

export interface NumberRule {
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Shown after the range, e.g. "soldiers". */
  unit?: string;
}

/** "a whole number from 1 to 10,000,000 (soldiers)". */
export function describeRule(rule: NumberRule): string {
  const kind = rule.integer ? "a whole number" : "a number";
  return `${kind} from ${formatNumber(rule.min)} to ${formatNumber(rule.max)}${rule.unit ? ` (${rule.unit})` : ""}`;
}

/** The number in `text` if `rule` allows it, else why not (an empty box is not a number). */
export function readNumber(text: string, rule: NumberRule): number | { problem: string } {
  const trimmed = text.trim();
  const value = trimmed === "" ? NaN : Number(trimmed);
  if (!(value >= rule.min && value <= rule.max) || (rule.integer && !Number.isInteger(value)))
    return { problem: `${trimmed === "" ? "(empty)" : Number.isNaN(value) ? JSON.stringify(trimmed.slice(0, 40)) : String(value)} is not allowed: expected ${describeRule(rule)}` };
  return value;
}

/**
 * Calls `commit` with the box's text when the user is done with it: on Enter, and on `change`
 * (which the browser fires on leaving the box after an edit, and on Enter); once per edit, never
 * on `input`.
 */
export function onCommit(input: HTMLInputElement, commit: (text: string) => void): void {
  /** The text committed since the last keystroke, so that Enter and its `change` commit once. */
  let committed: string | null = null;
  const fire = () => {
    if (input.value === committed) return;
    committed = input.value;
    commit(input.value);
  };
  input.addEventListener("input", () => (committed = null));
  input.addEventListener("change", fire);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") fire();
  });
}

/** A labelled number box with its error line, committing valid values through `onValue` (see onCommit). */
export interface NumberInput {
  readonly input: HTMLInputElement;
  readonly error: HTMLElement;
  /** The box's value if valid, else why not. */
  read(): number | { problem: string };
  /** Shows `problem` under the box (null hides it). */
  showProblem(problem: string | null): void;
}

export function numberInput(input: HTMLInputElement, error: HTMLElement, rule: NumberRule, onValue?: (value: number) => void): NumberInput {
  const showProblem = (problem: string | null) => {
    error.hidden = problem === null;
    error.textContent = problem ?? "";
    input.setAttribute("aria-invalid", String(problem !== null));
    if (problem !== null) input.setAttribute("aria-describedby", error.id);
  };
  const read = () => readNumber(input.value, rule);
  if (onValue)
    onCommit(input, () => {
      const value = read();
      if (typeof value === "object") return showProblem(value.problem);
      showProblem(null);
      onValue(value);
    });
  return { input, error, read, showProblem };
}
