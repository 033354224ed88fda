/**
 * Parameters that choose a kind, each kind with fields of its own: the threshold distribution
 * (a normal one has a mean and a spread, a uniform one a minimum and a maximum) and the network's
 * type. Switching the kind (`--set thresholds.distribution=uniform`, or the page's select) replaces
 * the object by the new kind's fields at their registry defaults; the kinds read from files
 * (list, file, edges) have no defaults and are left for validation to ask what they need.
 */
import { parameterAt } from "./parameters";

const KIND_FIELDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  "thresholds.distribution": { normal: ["mean", "sd"], uniform: ["min", "max"], beta: ["alpha", "beta"] },
  "network.type": {
    "erdos-renyi": ["meanDegree"],
    "small-world": ["degree", "rewire"],
    "regular-ring": ["degree", "rewire"],
    units: ["tiesPerUnit"],
    "scale-free": ["meanDegree", "exponent", "maxDegree"],
    "preferential-attachment": ["tiesPerSoldier"],
    clustered: ["meanDegree", "clustering"],
  },
};

/** The kind a scenario gets when it leaves the object out (the schema's defaults). */
const DEFAULT_KIND: Readonly<Record<string, string>> = { "thresholds.distribution": "normal", "network.type": "erdos-renyi" };

/** Objects that default as another does: leaders without thresholds of their own get the army's default normal ones (schema.ts). */
const DEFAULTS_LIKE: Readonly<Record<string, string>> = { "leaders.thresholds": "thresholds" };

/**
 * The object a scenario has by default at `objectPath` when it leaves it out ("thresholds" gives
 * the default normal distribution), so that --set thresholds.mean=0.3 changes the default's mean
 * instead of leaving an object without its kind; undefined where no kind is chosen.
 */
export function defaultObjectAt(objectPath: string): Record<string, unknown> | undefined {
  if (Object.hasOwn(DEFAULTS_LIKE, objectPath)) return defaultObjectAt(DEFAULTS_LIKE[objectPath]);
  const kindPath = Object.keys(DEFAULT_KIND).find((p) => p.slice(0, p.lastIndexOf(".")) === objectPath);
  return kindPath ? objectOfKind(kindPath, DEFAULT_KIND[kindPath]) : undefined;
}

/** Whether `path` chooses a kind. */
export function isKindPath(path: string): boolean {
  return Object.hasOwn(KIND_FIELDS, path);
}

/** The kinds a control can switch to (those with defaults for every field). */
export function switchableKinds(path: string): readonly string[] {
  return isKindPath(path) ? Object.keys(KIND_FIELDS[path]) : [];
}

/** The object of kind `kind` for the kind path `path`, its fields at their defaults. */
export function objectOfKind(path: string, kind: unknown): Record<string, unknown> {
  const key = path.slice(path.lastIndexOf(".") + 1);
  const parent = path.slice(0, path.lastIndexOf("."));
  const object: Record<string, unknown> = { [key]: kind };
  const fields = typeof kind === "string" && Object.hasOwn(KIND_FIELDS[path], kind) ? KIND_FIELDS[path][kind] : [];
  for (const field of fields) object[field] = parameterAt(`${parent}.${field}`)!.default;
  return object;
}
