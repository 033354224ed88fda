/**
 * Validation of a scenario object: the schema (types, ranges, unknown keys, defaults), then the
 * checks that span fields (a deadline before the opening, a list of the wrong length, an army too
 * large for memory). Every issue names its field, the value and what is allowed.
 */
import type { z } from "zod";
import { scenarioSchema, type ScenarioFile } from "./schema";
import { InputError, joinPath, type InputIssue } from "./issues";
import { storyIssues } from "./story";
import { forbiddenKeys } from "./safeJson";
import { MAX_EDGES, MAX_SOLDIERS, formatNumber } from "./parameters";
import { describeValue } from "./describeValue";
import { apportion } from "../model/apportion";
import { maxClustering } from "../model/network/clusteredRandom";
import { parseTarget } from "./target";
import { expandTargetSpec } from "./targetSpec";

/**
 * The checks that span fields, alone: for a scenario whose file references were just read
 * (its fields were validated before; what came from the files was checked as it was read).
 */
export function checkResolvedScenario(file: ScenarioFile): ScenarioFile {
  const issues = crossFieldIssues(file);
  if (issues.length) throw new InputError(issues, "invalid scenario");
  return file;
}

export function validateScenario(input: unknown): ScenarioFile {
  const forbidden = forbiddenKeys(input);
  if (forbidden.length) throw new InputError(forbidden, "invalid scenario");
  const parsed = scenarioSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new InputError(parsed.error.issues.map(toIssue), "invalid scenario");
  const issues = crossFieldIssues(parsed.data);
  if (issues.length) throw new InputError(issues, "invalid scenario");
  return parsed.data;
}

function toIssue(issue: z.core.$ZodIssue): InputIssue {
  const path = joinPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return { path, message: `unknown key ${keys}${allowedKeysHint(path)}` };
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return { path, message: `is required (${issue.message.replace(/, got nothing$/, "")})` };
  }
  if (issue.code === "invalid_type" && !issue.message.startsWith("expected ")) {
    // zod's own wording for objects and lists; say it the way the rest of the messages do.
    return { path, message: `expected ${issue.expected === "object" ? "an object" : issue.expected === "array" ? "a list" : issue.expected}, got ${describeValue(issue.input)}` };
  }
  return { path, message: issue.message };
}

/** Names the keys allowed at a path, so that a typo is easy to fix. */
function allowedKeysHint(path: string): string {
  const shape = shapeAt(path);
  return shape ? `; allowed: ${shape.join(", ")}` : "";
}

function shapeAt(path: string): string[] | undefined {
  // Walk the schema through objects, defaults and arrays; unions are not resolved (no hint there).
  let schema: unknown = scenarioSchema;
  const parts = path ? path.replace(/\[\d+\]/g, "").split(".") : [];
  const unwrap = (s: any): any => {
    while (s && s.def && (s.def.type === "default" || s.def.type === "prefault" || s.def.type === "optional" || s.def.type === "nullable" || s.def.type === "array")) {
      s = s.def.type === "array" ? s.def.element : s.def.innerType;
    }
    return s;
  };
  schema = unwrap(schema);
  for (const part of parts) {
    const shape = (schema as any)?.def?.shape;
    if (!shape || !(part in shape)) return undefined;
    schema = unwrap(shape[part]);
  }
  const shape = (schema as any)?.def?.shape;
  return shape ? Object.keys(shape) : undefined;
}

function crossFieldIssues(file: ScenarioFile): InputIssue[] {
  const issues: InputIssue[] = [];
  const at = (path: string, message: string) => issues.push({ path: `parameters.${path}`, message });
  const p = file.parameters;
  const { size, days } = p.army;

  let previousClose: number | null = -1;
  p.offer.windows.forEach((w, k) => {
    if (w.close !== null && w.close <= w.open) at(`offer.windows[${k}].close`, `${w.close} is not after the opening day ${w.open}: a window closes after it opens`);
    if (previousClose === null) at(`offer.windows[${k}].open`, `window ${k - 1} never closes, so no window can follow it`);
    else if (w.open < previousClose) at(`offer.windows[${k}].open`, `${w.open} is before the previous window closes (day ${previousClose}): windows must be in order and not overlap`);
    previousClose = w.close;
  });

  const checkDistribution = (path: string, dist: ScenarioFile["parameters"]["thresholds"], count: number | null) => {
    if (dist.distribution === "uniform" && dist.min > dist.max) at(`${path}.max`, `${dist.max} is below min ${dist.min}`);
    if (dist.distribution === "list" && count !== null && dist.values.length !== count)
      at(`${path}.values`, `has ${dist.values.length} thresholds but ${count} soldiers need one each`);
  };

  let capacity = size;
  p.events.forEach((e, k) => {
    if (e.day > days) at(`events[${k}].day`, `${e.day} is after the last simulated day (${days})`);
    if (e.type === "mobilisation") {
      capacity += e.count;
      checkDistribution(`events[${k}].thresholds`, e.thresholds, e.count);
    }
    if (e.type === "setback" && e.days !== null && e.days < 1) at(`events[${k}].days`, "a setback lasts at least 1 day");
    if (e.type === "combat" && e.days !== null && e.days < 1) at(`events[${k}].days`, "combat lasts at least 1 day");
    if (e.type === "extend") {
      const windows = p.offer.windows;
      const window = windows[e.window];
      if (!window) at(`events[${k}].window`, `${e.window} is not an offer window: the scenario has ${windows.length} (0-based indices 0 to ${windows.length - 1})`);
      else {
        const nextOpen = windows[e.window + 1]?.open;
        if (e.close !== null && e.close <= Math.max(window.open, e.day)) at(`events[${k}].close`, `${e.close} is not after the window's opening (day ${window.open}) and the extension's day (${e.day})`);
        if (nextOpen !== undefined && (e.close === null || e.close > nextOpen))
          at(`events[${k}].close`, `${e.close ?? "null (never)"} runs into the next window, which opens on day ${nextOpen}: windows must not overlap`);
      }
    }
  });
  if (capacity > MAX_SOLDIERS)
    at("army.size", `${formatNumber(size)} soldiers plus ${formatNumber(capacity - size)} mobilised is ${formatNumber(capacity)}, above the limit of ${formatNumber(MAX_SOLDIERS)} soldiers`);

  if (p.subgroups.length) {
    const total = p.subgroups.reduce((s, g) => s + g.share, 0);
    if (Math.abs(total - 1) > 1e-9)
      at("subgroups", `shares add up to ${Number(total.toPrecision(12))}, not 1: they must add up to 1 (to within 0.000000001)${Math.abs(total - 1) < 1e-4 ? "; adjust one share so that the sum is exactly 1" : ""}`);
    const counts = apportion(p.subgroups.map((g) => g.share), size);
    p.subgroups.forEach((g, k) => checkDistribution(`subgroups[${k}].thresholds`, g.thresholds, counts[k]));
  } else checkDistribution("thresholds", p.thresholds, size);

  const leaderKind = p.leaders.thresholds.distribution;
  if (leaderKind === "list" || leaderKind === "file")
    at("leaders.thresholds.distribution", `"${leaderKind}" is not allowed for leaders: expected normal, uniform or beta (how many units have a leader is drawn, so a list could not match them)`);
  else checkDistribution("leaders.thresholds", p.leaders.thresholds, null);

  const init = p.initialDefectors;
  if (init.count !== undefined && init.count > size) at("initialDefectors.count", `${init.count} is more than the army (${size} soldiers)`);
  init.ids?.forEach((id, k) => {
    if (id >= size) at(`initialDefectors.ids[${k}]`, `${id} is not a soldier id: ids run from 0 to ${size - 1}`);
  });

  file.targets.forEach((entry, k) => {
    try {
      const targets = typeof entry === "string" ? [parseTarget(entry, `targets[${k}]`)] : expandTargetSpec(entry);
      const late = targets.find((target) => target.day > days);
      if (late) issues.push({ path: `targets[${k}]`, message: `${JSON.stringify(late.text)}: day ${late.day} is after the last simulated day (${days})` });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(...error.issues);
    }
  });

  const priorPaths = new Set<string>();
  file.priors.forEach((prior, k) => {
    if (priorPaths.has(prior.parameter)) issues.push({ path: `priors[${k}].parameter`, message: `${prior.parameter} has a prior already; give each parameter one` });
    priorPaths.add(prior.parameter);
  });

  const scope = p.observation.scope;
  const usesNetwork = scope === "network" || (scope === "mix" && p.observation.local === "network");
  if (usesNetwork) {
    const net = p.network;
    let edges = 0;
    if (net.type === "erdos-renyi" || net.type === "scale-free" || net.type === "clustered") edges = (capacity * net.meanDegree) / 2;
    if (net.type === "preferential-attachment") edges = capacity * net.tiesPerSoldier;
    if (net.type === "small-world" || net.type === "regular-ring") edges = (capacity * net.degree) / 2;
    if (net.type === "units") edges = (capacity * (p.army.unitSize - 1)) / 2 + Math.ceil(capacity / p.army.unitSize) * net.tiesPerUnit;
    if (net.type === "edges") {
      if ((net.edges === undefined) === (net.file === undefined)) at("network", "give exactly one of edges or file");
      edges = net.pairs ? net.pairs.length / 2 : net.edges?.length ?? 0;
      const seen = new Map<string, number>();
      net.edges?.forEach(([a, b], k) => {
        if (a >= capacity || b >= capacity) at(`network.edges[${k}]`, `[${a}, ${b}] names a soldier beyond the army: ids run from 0 to ${capacity - 1}`);
        else if (a === b) at(`network.edges[${k}]`, `[${a}, ${b}] ties soldier ${a} to himself`);
        const key = a < b ? `${a},${b}` : `${b},${a}`;
        const first = seen.get(key);
        if (first !== undefined) at(`network.edges[${k}]`, `[${a}, ${b}] repeats edges[${first}]: give each tie once`);
        else seen.set(key, k);
      });
    }
    if (edges > MAX_EDGES)
      at("network", `about ${formatNumber(Math.round(edges))} ties for ${formatNumber(capacity)} soldiers, above the limit of ${formatNumber(MAX_EDGES)}; use a smaller army, fewer ties, or the "unit" scope`);
    if ((net.type === "small-world" || net.type === "regular-ring") && net.degree % 2 !== 0) at("network.degree", `${describeValue(net.degree)} is odd: a ring lattice needs an even degree`);
    if (net.type === "scale-free") {
      const top = Math.min(net.maxDegree, capacity - 1);
      if (net.meanDegree > 0 && net.meanDegree >= top)
        at("network.meanDegree", `${describeValue(net.meanDegree)} is not below the degree cut-off (${formatNumber(top)}, the smaller of network.maxDegree and the army less one): a scale-free mean degree must be from 0 to below it`);
    }
    if (net.type === "clustered" && net.clustering > maxClustering(net.meanDegree) + 1e-12) {
      const most = Number(maxClustering(net.meanDegree).toFixed(6));
      at("network.clustering", `${describeValue(net.clustering)} is more than mean degree ${describeValue(net.meanDegree)} allows: at most ${most} (each soldier closes at most half his ties into triangles)`);
    }
  }
  issues.push(...storyIssues(file));
  return issues;
}
