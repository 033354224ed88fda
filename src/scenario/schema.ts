/**
 * The scenario file format, as a zod schema built from the parameter registry. Objects are strict
 * (an unknown key is an error, so a typo never silently does nothing); every number is checked
 * against its registered range; defaults fill what a file leaves out.
 */
import { z } from "zod";
import { describeRange, parameterAt } from "./parameters";
import { describeValue } from "./describeValue";
import { targetSpecSchema, type TargetSpec } from "./targetSpec";
import { priorSpecSchema } from "./priorSpec";
import { calendarSchema, groupSchema } from "./calendar";
import { storySchema } from "./story";

/** A number checked against the registry entry for `path`, with its default unless `required`. */
function num(path: string, required = false) {
  const parameter = parameterAt(path);
  if (!parameter) throw new Error(`no registered parameter ${path}`);
  const allowed = describeRange(parameter);
  const schema = z
    .number({ error: (issue) => `expected ${allowed}, got ${describeValue(issue.input)}` })
    .refine((v) => v >= parameter.min && v <= parameter.max && (!parameter.integer || Number.isInteger(v)), {
      error: (issue) => `${describeValue(issue.input)} is not allowed: expected ${allowed}`,
    });
  return required ? schema : schema.default(parameter.default);
}

const text = (max: number) => z.string({ error: (issue) => `expected text, got ${describeValue(issue.input)}` }).max(max, { error: `text longer than ${max} characters` });

export const sourceSchema = z.strictObject({
  title: text(500),
  author: text(500).optional(),
  year: z.number().int().min(0).max(3000).optional(),
  url: text(2000).optional(),
  /** Which number of the scenario this source supports. */
  supports: text(2000).optional(),
});

/** A list of thresholds as a scenario file gives it (JSON). */
const thresholdList = z.array(
  z.number({ error: (issue) => `expected a threshold from 0 to 1, got ${describeValue(issue.input)}` }).min(0, { error: "a threshold must be from 0 to 1" }).max(1, { error: "a threshold must be from 0 to 1" }),
);

/**
 * A list's values: a JSON list (checked as zod checks lists, every bad value named), or the
 * Float64Array that resolveFiles.ts reads from a "file" (millions of thresholds stay 8 bytes each,
 * never an array of numbers), checked here again when a resolved scenario is validated anew (a
 * posterior draw set on it): the first value outside 0 to 1 named.
 */
const thresholdValues = z.any().superRefine((input, ctx) => {
  if (input instanceof Float64Array) {
    for (let k = 0; k < input.length; k++) {
      if (!(input[k] >= 0 && input[k] <= 1)) {
        ctx.addIssue({ code: "custom", path: [k], message: "a threshold must be from 0 to 1", input: input[k] });
        return;
      }
    }
    return;
  }
  const parsed = thresholdList.safeParse(input, { reportInput: true });
  if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
}) as unknown as z.ZodType<number[] | Float64Array>;

const distributionNames = "normal, uniform, beta, list, file";
export const thresholdsSchema = z.discriminatedUnion(
  "distribution",
  [
    z.strictObject({ distribution: z.literal("normal"), mean: num("thresholds.mean"), sd: num("thresholds.sd") }),
    z.strictObject({ distribution: z.literal("uniform"), min: num("thresholds.min"), max: num("thresholds.max") }),
    z.strictObject({ distribution: z.literal("beta"), alpha: num("thresholds.alpha"), beta: num("thresholds.beta") }),
    z.strictObject({
      distribution: z.literal("list"),
      values: thresholdValues,
    }),
    /** One threshold per row of a CSV file, path relative to the scenario file (read by the command line). */
    z.strictObject({ distribution: z.literal("file"), file: text(1000) }),
  ],
  { error: (issue) => `expected "distribution" to be one of ${distributionNames}, got ${describeValue((issue.input as { distribution?: unknown } | undefined)?.distribution ?? issue.input)}` },
);

const shareOf = (what: string) =>
  z.number({ error: `expected ${what} from 0 to 1` }).min(0, { error: `expected ${what} from 0 to 1` }).max(1, { error: `expected ${what} from 0 to 1` });

const subgroupSchema = z.strictObject({
  name: text(200),
  share: shareOf("a share"),
  thresholds: thresholdsSchema,
  /** The subgroup's own share excluded from the offer (absent: the army's ineligibleShare). */
  ineligibleShare: shareOf("an ineligible share").optional(),
  /** The subgroup's own share with families exposed to reprisals (absent: the army's deterrence.familyShare). */
  familyShare: shareOf("a family share").optional(),
});

const networkTypes = "erdos-renyi, small-world, regular-ring, units, scale-free, preferential-attachment, clustered, edges";
export const networkSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("erdos-renyi"), meanDegree: num("network.meanDegree") }),
    z.strictObject({ type: z.literal("small-world"), degree: num("network.degree"), rewire: num("network.rewire") }),
    z.strictObject({ type: z.literal("regular-ring"), degree: num("network.degree"), rewire: num("network.rewire") }),
    z.strictObject({ type: z.literal("units"), tiesPerUnit: num("network.tiesPerUnit") }),
    z.strictObject({ type: z.literal("scale-free"), meanDegree: num("network.meanDegree"), exponent: num("network.exponent"), maxDegree: num("network.maxDegree") }),
    z.strictObject({ type: z.literal("preferential-attachment"), tiesPerSoldier: num("network.tiesPerSoldier") }),
    z.strictObject({ type: z.literal("clustered"), meanDegree: num("network.meanDegree"), clustering: num("network.clustering") }),
    z.strictObject({
      type: z.literal("edges"),
      /** Pairs of 0-based soldier ids, or a CSV file of two columns (read by the command line). */
      edges: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)], { error: "expected a pair [a, b] of soldier ids" })).optional(),
      file: text(1000).optional(),
      /** The ties read from `file`, flat [a0, b0, a1, b1, ...]: set by resolveFiles, never by a file. */
      pairs: z.custom<Int32Array>((value) => value instanceof Int32Array, { error: 'is filled in from "file" by the command line; give "edges" or "file"' }).optional(),
    }),
  ],
  { error: (issue) => `expected "type" to be one of ${networkTypes}, got ${describeValue((issue.input as { type?: unknown } | undefined)?.type ?? issue.input)}` },
);

const windowSchema = z.strictObject({
  open: num("offer.windows.open", true),
  close: num("offer.windows.close", true).nullable().default(null),
});

const eventTypes = "setback, mobilisation, leaflets, extend, combat";
export const eventSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("setback"), day: num("events.day", true), shift: num("events.shift"), days: num("events.days", true).nullable().default(null) }),
    z.strictObject({
      type: z.literal("mobilisation"),
      day: num("events.day", true),
      count: num("events.count", true),
      thresholds: thresholdsSchema,
      aware: num("events.aware"),
      /** "existing": replacements spread over the initial army's units; "new" (absent): new units. */
      joinUnits: z.enum(["new", "existing"], { error: (issue) => `expected new or existing, got ${describeValue(issue.input)}` }).optional(),
    }),
    z.strictObject({ type: z.literal("leaflets"), day: num("events.day", true), reach: num("events.reach") }),
    z.strictObject({
      type: z.literal("extend"),
      day: num("events.day", true),
      window: num("events.window"),
      close: num("events.close", true).nullable(),
      credibilityLoss: num("events.credibilityLoss"),
    }),
    z.strictObject({ type: z.literal("combat"), day: num("events.day", true), capture: num("events.capture"), days: num("events.days", true).nullable().default(null) }),
  ],
  { error: (issue) => `expected "type" to be one of ${eventTypes}, got ${describeValue((issue.input as { type?: unknown } | undefined)?.type ?? issue.input)}` },
);

export const initialDefectorsSchema = z
  .strictObject({
    count: num("initialDefectors.count", true).optional(),
    share: num("initialDefectors.share", true).optional(),
    ids: z.array(z.number().int({ error: "expected whole soldier ids" }).min(0, { error: "soldier ids start at 0" })).optional(),
  })
  .refine((v) => [v.count, v.share, v.ids].filter((x) => x !== undefined).length === 1, {
    error: "give exactly one of count, share or ids",
  });

// prefault, not default: zod 4 returns a default as it is, while a prefault is parsed, so its fields get their own defaults.
const defaults = <T extends z.ZodType>(schema: T) => schema.prefault({} as never);

export const parametersSchema = z.strictObject({
  seed: num("seed"),
  army: defaults(z.strictObject({ size: num("army.size"), days: num("army.days"), unitSize: num("army.unitSize") })),
  initialDefectors: initialDefectorsSchema.default({ count: 0 }),
  thresholds: thresholdsSchema.default({ distribution: "normal", mean: 0.5, sd: 0.2 }),
  subgroups: z.array(subgroupSchema).max(16, { error: "at most 16 subgroups" }).default([]),
  observation: defaults(
    z.strictObject({
      scope: z.enum(["global", "unit", "network", "mix"], { error: (issue) => `expected one of global, unit, network, mix, got ${describeValue(issue.input)}` }).default("global"),
      globalWeight: num("observation.globalWeight"),
      local: z.enum(["unit", "network"], { error: (issue) => `expected unit or network, got ${describeValue(issue.input)}` }).default("network"),
      countThreshold: num("observation.countThreshold"),
      homophily: num("observation.homophily"),
    }),
  ),
  network: networkSchema.default({ type: "erdos-renyi", meanDegree: 4 }),
  offer: defaults(
    z.strictObject({
      attractiveness: num("offer.attractiveness"),
      windows: z.array(windowSchema).max(100, { error: "at most 100 windows" }).default([{ open: 0, close: null }]),
      urgency: num("offer.urgency"),
      urgencyDays: num("offer.urgencyDays"),
    }),
  ),
  awareness: defaults(z.strictObject({ initial: num("awareness.initial"), leafletReach: num("awareness.leafletReach"), wordOfMouth: num("awareness.wordOfMouth") })),
  opportunity: defaults(z.strictObject({ daily: num("opportunity.daily") })),
  deterrence: defaults(
    z.strictObject({
      catchProbability: num("deterrence.catchProbability"),
      punishmentRise: num("deterrence.punishmentRise"),
      punishmentDays: num("deterrence.punishmentDays"),
      reprisal: num("deterrence.reprisal"),
      familyShare: num("deterrence.familyShare"),
    }),
  ),
  ineligibleShare: num("ineligibleShare"),
  events: z.array(eventSchema).max(1000, { error: "at most 1,000 events" }).default([]),
  behaviour: defaults(
    z.strictObject({
      actRate: num("behaviour.actRate"),
      pullDays: num("behaviour.pullDays"),
      forgetRate: num("behaviour.forgetRate"),
      credibility: num("behaviour.credibility"),
      closureFear: num("behaviour.closureFear"),
      memoryDays: num("behaviour.memoryDays", true).nullable().default(null),
      punishmentDelay: num("behaviour.punishmentDelay"),
      punishmentNews: z.enum(["scope", "local"], { error: (issue) => `expected scope or local, got ${describeValue(issue.input)}` }).default("scope"),
      draftEvasion: num("behaviour.draftEvasion"),
      offerEvasion: num("behaviour.offerEvasion"),
    }),
  ),
  capture: defaults(
    z.strictObject({
      daily: num("capture.daily"),
      newsReaches: z.boolean({ error: (issue) => `expected true or false, got ${describeValue(issue.input)}` }).default(false),
    }),
  ),
  leaders: defaults(
    z.strictObject({
      share: num("leaders.share"),
      /** The leaders' own thresholds: normal, uniform or beta (validateScenario refuses a list or file). */
      thresholds: thresholdsSchema.default({ distribution: "normal", mean: 0.5, sd: 0.2 }),
      influence: num("leaders.influence"),
      surrender: num("leaders.surrender"),
      opportunity: num("leaders.opportunity", true).nullable().default(null),
      reach: num("leaders.reach"),
    }),
  ),
  cohesion: defaults(z.strictObject({ strength: num("cohesion.strength") })),
  cascadeCutoff: num("cascadeCutoff"),
});

/** A target text, or an object checked field by field (a union would only say "invalid input"). */
const targetEntry = z.unknown().transform((input, context): string | TargetSpec => {
  const parsed = typeof input === "string" ? text(200).safeParse(input) : typeof input === "object" && input !== null ? targetSpecSchema.safeParse(input) : null;
  if (parsed?.success) return parsed.data;
  const issues = parsed?.error.issues ?? [{ path: [], message: `expected a target text (e.g. "defected@day=365:0.10") or object, got ${describeValue(input)}` }];
  for (const issue of issues) {
    const message = "keys" in issue ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}; allowed: ${Object.keys(targetSpecSchema.shape).join(", ")}` : issue.message;
    context.addIssue({ code: "custom", path: issue.path as PropertyKey[], message, input });
  }
  return z.NEVER;
});

export const scenarioSchema = z.strictObject({
  name: text(200),
  description: text(5000).default(""),
  /** The question this scenario helps answer. */
  question: text(2000).optional(),
  sources: z.array(sourceSchema).default([]),
  /** Every parameter not taken from a source, and why it was chosen. */
  assumptions: z.array(text(2000)).default([]),
  /** The date of day 0, for a historical scenario, and its source (calendar.ts). */
  calendar: calendarSchema.optional(),
  /** Where the page files the scenario: historical, classic (a model from the literature) or what-if. */
  group: groupSchema.optional(),
  /** A guided tour of three to five steps, played by the page (story.ts). */
  story: storySchema.optional(),
  /**
   * What history recorded, as calibration targets: strings ("defected@day=365:0.10",
   * "defected@day=2650:3000..5000±500") or objects with source, uncertainty and time series (targetSpec.ts).
   */
  targets: z.array(targetEntry).max(20, { error: "at most 20 targets" }).default([]),
  /** Priors of the parameters `defection calibrate --method abc` fits (priorSpec.ts). */
  priors: z.array(priorSpecSchema).max(20, { error: "at most 20 priors" }).default([]),
  /**
   * How far the scenario's conclusion holds as its hand-set values move: the conclusion, the
   * statement with its numbers, and how it was measured (e.g. scripts/robustness.ts, a sweep).
   */
  robustness: z
    .strictObject({
      conclusion: text(1000),
      holds: text(3000),
      measured: text(1000),
    })
    .optional(),
  parameters: defaults(parametersSchema),
});

export type ScenarioFile = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioParameters = ScenarioFile["parameters"];
export type ThresholdsSpec = z.output<typeof thresholdsSchema>;
export type NetworkFileSpec = z.output<typeof networkSchema>;
