/**
 * Changes one parameter of a scenario object by its dotted path under `parameters`
 * ("offer.attractiveness", "offer.windows.0.close"), as --set and the page's controls do.
 * Works on plain, not yet validated objects and returns a new one; the result must be validated.
 * A path that chooses a kind (kinds.ts) replaces its object when the kind changes.
 */
import { InputError } from "./issues";
import { defaultObjectAt, isKindPath, objectOfKind } from "./kinds";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

export function setParameter<T extends object>(scenario: T, path: string, value: unknown): T {
  const parts = path.split(".");
  if (parts.some((part) => part === "" || FORBIDDEN.has(part)))
    throw new InputError([{ path, message: "not a parameter path (use names like offer.attractiveness or offer.windows.0.close)" }], "invalid --set");
  const root = structuredClone(scenario) as Record<string, unknown>;
  let node = (root.parameters ??= {}) as Record<string, unknown>;
  for (let k = 0; k < parts.length; k++) {
    if (Array.isArray(node) && /^\d+$/.test(parts[k]) && Number(parts[k]) > node.length) {
      const list = parts.slice(0, k).join(".");
      throw new InputError([{ path: `parameters.${list}`, message: `has ${node.length} item(s), so ${path} cannot be set: use index 0 to ${node.length}` }], "invalid --set");
    }
    if (k === parts.length - 1) break;
    const key = parts[k];
    let next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined || next === null || typeof next !== "object") {
      // A kind's object left out of the file is its default kind, not an empty object.
      next = /^\d+$/.test(parts[k + 1]) ? [] : (next === undefined && defaultObjectAt(parts.slice(0, k + 1).join("."))) || {};
      node[key] = next;
    }
    node = next as Record<string, unknown>;
  }
  const last = parts[parts.length - 1];
  if (isKindPath(path) && node[last] !== value) {
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, objectOfKind(path, value));
  } else node[last] = value;
  return root as T;
}

/** The value of a `key=value` argument: JSON when it parses (numbers, null, lists), text otherwise. */
export function parseSetValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function getParameter(scenario: object, path: string): unknown {
  let node: unknown = (scenario as { parameters?: unknown }).parameters;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
