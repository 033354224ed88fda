/**
 * The knife-edge check: does one small move of a main lever flip the outcome? The lab's run is
 * repeated with the lever one slider step down and one up, with the same seed (so the runs differ
 * by the lever alone), and the outcome counts as flipped when the cascade verdict changes or the
 * final share moves by FLIP_POINTS or more. On hessians-1776 one arrow press on the offer's
 * attractiveness (0.243 to 0.253) moves the final share from 18% to 68%: then no single run, and no
 * single value of an assumed lever, should be read as the answer.
 */
import { format } from "d3";
import { parameterAt, getParameter, type ScenarioFile } from "../../scenario/index";
import { settingLabel } from "./changeText";
import { shareText } from "./shareText";

/** A move of the final share this large (20 points) counts as a flip even without crossing the cut-off. */
export const FLIP_POINTS = 0.2;
/** One slider step of the levers probed (their sliders' step in the lab). */
const STEP = 0.01;

export interface Lever {
  path: string;
  value: number;
  /** The lever one step down and up, where still allowed. */
  neighbours: number[];
}

export interface Outcome {
  finalShare: number;
  cascade: boolean;
}

const value = format(".4~g");
const round = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * The main levers worth probing in `scenario`, most telling first: the offer's attractiveness
 * (when there is an offer) and the mean threshold (normal thresholds).
 */
export function knifeEdgeLevers(scenario: ScenarioFile): Lever[] {
  const levers: Lever[] = [];
  const add = (path: string) => {
    const current = getParameter(scenario, path);
    const parameter = parameterAt(path);
    if (typeof current !== "number" || !parameter) return;
    const neighbours = [round(current - STEP), round(current + STEP)].filter((v) => v >= parameter.min && v <= parameter.max);
    if (neighbours.length) levers.push({ path, value: current, neighbours });
  };
  if (scenario.parameters.offer.attractiveness > 0) add("offer.attractiveness");
  if (scenario.parameters.thresholds.distribution === "normal") add("thresholds.mean");
  return levers;
}

/** Whether `other` is a different outcome from `current`. */
export function flipped(current: Outcome, other: Outcome): boolean {
  return current.cascade !== other.cascade || Math.abs(other.finalShare - current.finalShare) >= FLIP_POINTS;
}

/**
 * The notice: a headline short enough for two lines on a phone (what one step does; the run's own
 * outcome is in the verdict just above it) and the detail a reader opens for why it matters.
 */
export interface KnifeEdgeNotice {
  headline: string;
  detail: string;
}

/** The notice for the first neighbour that flips the outcome, or null when none does. */
export function knifeEdgeNotice(lever: Lever, current: Outcome, neighbours: readonly (Outcome & { value: number })[], cutoff: number): KnifeEdgeNotice | null {
  const flip = neighbours.find((n) => flipped(current, n));
  if (!flip) return null;
  const label = settingLabel(lever.path).toLowerCase();
  const what = (o: Outcome) => `${shareText(o.finalShare)} (${o.cascade ? "a cascade" : "no cascade"})`;
  return {
    headline: `Knife edge: ${label} ${value(flip.value)} instead of ${value(lever.value)} ends at ${what(flip)}.`,
    detail: `This run ends at ${what(current)}; the run one step away has the same seed, so the lever alone makes the difference. One small step of this lever decides the outcome here (cut-off ${shareText(cutoff)}), so read the run as one of two possible ones and compare an ensemble of each.`,
  };
}
