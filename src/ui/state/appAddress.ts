/**
 * The whole page state in the address: the lab's part (labAddress.ts: `?scenario=...&set=...`,
 * unchanged, so old links open as before), the comparison (`&compare=`, comparisonAddress.ts) and
 * the settings of each panel that has some (`&sweep=`, `&tipping=`, `&calibrate=`,
 * panelSettings.ts). Decoding is a boundary: anything wrong with the lab's or a panel's part
 * rejects the address (the default state is shown, with the reasons); a bad comparison rejects only
 * the comparison, which the compare view reports.
 */
import type { Comparison } from "../../ensemble/comparisonFile";
import { InputError } from "../../scenario/index";
import { issueLines } from "../messageArea";
import type { AppState } from "./appState";
import { COMPARISON_PARAM, decodeComparison } from "./comparisonAddress";
import { DEFAULT_STATE, decodeState, encodeState } from "./labAddress";
import { STORY_PARAM, decodeStoryStep, encodeStoryStep } from "./storyAddress";
import { effectiveScenario } from "./labState";
import { DAY_PARAM, decodeDay, encodeDay } from "./dayAddress";
import { PANEL_PARAMS, decodePanelSettings, encodePanelSettings, type Panel, type PanelSettings } from "./panelSettings";

const PANELS = Object.keys(PANEL_PARAMS) as Panel[];

export interface EncodedAddress {
  search: string;
  /** Set when a loaded scenario is too long for the address (the address then omits it). */
  warning: string | null;
}

/**
 * The search for `state`; `comparison` is the comparison's encoding (or null for none: too large,
 * or no variants); `limit` the longest loaded scenario to carry (see encodeState).
 */
export function encodeAddress(state: AppState, comparison: string | null, limit?: number): EncodedAddress {
  const { search, warning } = encodeState(state.lab, limit);
  const parts = search.replace(/^\?/, "").split("&").filter((part) => part !== "");
  const day = encodeDay(state.day);
  if (day !== null) parts.push(day);
  for (const panel of PANELS) if (Object.keys(state[panel]).length) parts.push(`${PANEL_PARAMS[panel]}=${encodePanelSettings(state[panel])}`);
  const story = encodeStoryStep(state.story);
  if (story !== null) parts.push(story);
  if (comparison !== null) parts.push(`${COMPARISON_PARAM}=${comparison}`);
  return { search: parts.length ? `?${parts.join("&")}` : "", warning };
}

export interface DecodedAddress {
  /** The lab and the panels' settings (the defaults when the address was rejected). */
  state: Pick<AppState, "lab"> & Partial<Pick<AppState, Panel | "story" | "day">>;
  /** Why the address was rejected; empty if accepted. */
  problems: string[];
  /** The comparison it holds, or why that was not loaded; null when it holds none. */
  comparison: { kind: "loaded"; comparison: Comparison } | { kind: "invalid"; problems: string[] } | null;
}

export async function decodeAddress(search: string): Promise<DecodedAddress> {
  const params = new URLSearchParams(search);
  const decoded = decodeState(search);
  const problems = [...decoded.problems];
  const panels: Record<string, PanelSettings> = {};
  for (const panel of PANELS) {
    const encoded = params.get(PANEL_PARAMS[panel]);
    if (encoded === null) continue;
    const read = decodePanelSettings(encoded, PANEL_PARAMS[panel]);
    if ("problems" in read) problems.push(...read.problems);
    else panels[panel] = read.settings;
  }
  const story = decodeStoryStep(params.get(STORY_PARAM));
  if ("problem" in story) problems.push(story.problem);
  let day: number | null = null;
  if (!problems.length) {
    const read = decodeDay(params.get(DAY_PARAM), effectiveScenario(decoded.state).parameters.army.days);
    if ("problem" in read) problems.push(read.problem);
    else day = read.day;
  }
  const state: DecodedAddress["state"] = problems.length
    ? { lab: DEFAULT_STATE }
    : { lab: decoded.state, ...panels, ...("step" in story && story.step ? { story: story.step } : {}), ...(day === null ? {} : { day }) };
  const encoded = params.get(COMPARISON_PARAM);
  let comparison: DecodedAddress["comparison"] = null;
  if (encoded !== null) {
    try {
      comparison = { kind: "loaded", comparison: await decodeComparison(encoded) };
    } catch (error) {
      comparison = { kind: "invalid", problems: error instanceof InputError ? issueLines(error.issues) : [(error as Error).message] };
    }
  }
  return { state, problems, comparison };
}
