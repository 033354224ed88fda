/**
 * JSON from untrusted sources. JSON.parse itself never touches a prototype (it defines "__proto__"
 * as a plain own key), but such keys must never reach code that copies objects by assignment,
 * so they are refused here with the path where they appear.
 */
import { InputError, joinPath, type InputIssue } from "./issues";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

export function forbiddenKeys(value: unknown, path: PropertyKey[] = [], found: InputIssue[] = []): InputIssue[] {
  if (Array.isArray(value)) value.forEach((item, i) => forbiddenKeys(item, [...path, i], found));
  else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) found.push({ path: joinPath(path), message: `the key "${key}" is not allowed` });
      else forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], found);
    }
  }
  return found;
}

export function parseJson(text: string, what = "scenario"): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError([{ path: "", message: `not valid JSON (${(error as Error).message})` }], `invalid ${what}`);
  }
  const issues = forbiddenKeys(value);
  if (issues.length) throw new InputError(issues, `invalid ${what}`);
  return value;
}
