/**
 * A scenario's guided tour: three to five steps, each a sentence, the settings it applies (paths
 * as --set takes them, on top of the scenario's own values) and the part of a chart it points at
 * (a chart of the lab, optionally a day on it, with a short label). The page's story panel plays
 * it; the command line ignores it. Nothing in a story changes a run of the scenario itself.
 */
import { z } from "zod";
import { describeValue } from "./describeValue";
import { describeRange, parameterAt } from "./parameters";
import { isKindPath } from "./kinds";
import type { InputIssue } from "./issues";

/** The lab's charts a step can point at (their ids in the page). */
export const STORY_CHARTS = ["cascade", "daily", "aware", "thresholds", "bandwagon", "army"] as const;
export const MIN_STORY_STEPS = 3;
export const MAX_STORY_STEPS = 5;

const text = (max: number) =>
  z.string({ error: (issue) => `expected text, got ${describeValue(issue.input)}` }).min(1, { error: "expected text, got an empty text" }).max(max, { error: `text longer than ${max} characters` });

const stepSchema = z.strictObject({
  /** What the step shows, in a sentence or two. */
  text: text(400),
  /** Settings applied for this step, by path (on top of the scenario; the other steps' settings do not carry over). */
  set: z.record(z.string().max(100), z.union([z.number(), z.string().max(40), z.null()]), { error: (issue) => `expected an object of path: value, got ${describeValue(issue.input)}` }).default({}),
  /** Where the step points. */
  point: z
    .strictObject({
      chart: z.enum(STORY_CHARTS, { error: (issue) => `expected one of ${STORY_CHARTS.join(", ")}, got ${describeValue(issue.input)}` }),
      day: z.number({ error: (issue) => `expected a day, got ${describeValue(issue.input)}` }).int({ error: "expected a whole day" }).min(0, { error: "expected a day from 0" }).optional(),
      label: text(60).optional(),
    })
    .optional(),
});

export const storySchema = z.strictObject({
  title: text(120).optional(),
  steps: z
    .array(stepSchema, { error: (issue) => `expected a list of steps, got ${describeValue(issue.input)}` })
    .min(MIN_STORY_STEPS, { error: `a story has ${MIN_STORY_STEPS} to ${MAX_STORY_STEPS} steps` })
    .max(MAX_STORY_STEPS, { error: `a story has ${MIN_STORY_STEPS} to ${MAX_STORY_STEPS} steps` }),
});

export type Story = z.output<typeof storySchema>;
export type StoryStep = Story["steps"][number];

const SELECTS: Record<string, readonly string[]> = { "observation.scope": ["global", "unit", "network", "mix"], "observation.local": ["unit", "network"] };

/**
 * What the schema cannot see: each setting names a registered parameter with an allowed value.
 * Whether the scenario has that parameter, and whether a pointed-at day is inside the run, depend
 * on what the user has changed (a shorter run, another kind of network), so they are the story
 * panel's to handle, never a reason to refuse the scenario.
 */
export function storyIssues(scenario: { story?: Story }): InputIssue[] {
  const issues: InputIssue[] = [];
  scenario.story?.steps.forEach((step, k) => {
    const at = (path: string, message: string) => issues.push({ path: `story.steps[${k}].${path}`, message });
    for (const [path, value] of Object.entries(step.set)) {
      const where = `set.${path}`;
      if (isKindPath(path) || Object.hasOwn(SELECTS, path)) {
        if (typeof value !== "string") at(where, `expected the name of a kind, got ${describeValue(value)}`);
        else if (Object.hasOwn(SELECTS, path) && !SELECTS[path].includes(value)) at(where, `expected one of ${SELECTS[path].join(", ")}, got ${describeValue(value)}`);
        continue;
      }
      const parameter = parameterAt(path);
      if (!parameter) at(where, `no such setting: a story sets parameters by their path (e.g. "offer.attractiveness", "offer.windows.0.close")`);
      else if (value === null ? !/close$|days$/.test(path) : typeof value !== "number" || !(value >= parameter.min && value <= parameter.max) || (parameter.integer && !Number.isInteger(value)))
        at(where, `${describeValue(value)} is not allowed: expected ${describeRange(parameter)}`);
    }
  });
  return issues;
}
