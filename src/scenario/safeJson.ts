/**
 * JSON from untrusted sources. JSON.parse itself never touches a prototype (it defines "__proto__"
 * as a plain own key), but such keys must never reach code that copies objects by assignment,
 * so they are refused here with the path where they appear. A UTF-8 byte-order mark is dropped;
 * nesting deeper than MAX_JSON_DEPTH is refused before parsing (a scenario needs about 6 levels;
 * thousands would overflow the stack of every recursive check after it); a syntax error names the
 * line and column with a short escaped excerpt, never more of the file.
 */
import { InputError, joinPath, type InputIssue } from "./issues";
import { excerpt } from "./escapeText";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** Deepest nesting of objects and lists accepted in any JSON input. */
export const MAX_JSON_DEPTH = 64;

export function forbiddenKeys(value: unknown, path: PropertyKey[] = [], found: InputIssue[] = []): InputIssue[] {
  if (path.length > MAX_JSON_DEPTH) {
    found.push({ path: joinPath(path.slice(0, 8)) + "...", message: `nested more than ${MAX_JSON_DEPTH} levels deep` });
    return found;
  }
  if (Array.isArray(value)) value.forEach((item, i) => forbiddenKeys(item, [...path, i], found));
  else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) found.push({ path: joinPath(path), message: `the key "${key}" is not allowed` });
      else forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], found);
    }
  }
  return found;
}

/** Line and column (1-based) of character `index`. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf("\n"); k >= 0 && k < index; k = text.indexOf("\n", k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: index - start + 1 };
}

/** The index where nesting first passes `max`, or -1: one pass over the text, strings skipped. */
function tooDeep(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inString) {
      if (c === 92) k++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return k;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

export function parseJson(text: string, what = "scenario"): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const refuse = (message: string) => new InputError([{ path: "", message }], `invalid ${what}`);
  const deep = tooDeep(body, MAX_JSON_DEPTH);
  if (deep >= 0) {
    const { line, column } = lineAndColumn(body, deep);
    throw refuse(`nested more than ${MAX_JSON_DEPTH} levels deep (line ${line}, column ${column}); a ${what} needs far fewer`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // V8's message quotes the text around the error; say where instead, with a short excerpt.
    const position = /position (\d+)/.exec((error as Error).message);
    const index = position ? Number(position[1]) : firstNonSpace(body);
    const { line, column } = lineAndColumn(body, index);
    const around = body.slice(index, index + 24).split(/\r?\n/)[0];
    throw refuse(body.trim() === "" ? "the file is empty, not JSON" : `not valid JSON at line ${line}, column ${column} (near ${excerpt(around, 24)})`);
  }
  const issues = forbiddenKeys(value);
  if (issues.length) throw new InputError(issues, `invalid ${what}`);
  return value;
}

function firstNonSpace(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : 0;
}
