/**
 * The lab's state kept in this browser's local storage, so that a reload (or reopening the page
 * without an address) brings back the scenario, settings, seed, comparison and the panels' settings. One versioned key
 * holds what the address holds, plus what does not fit in it: the loaded scenario whatever its
 * length, and the comparison file's text when the comparison is too large for a link.
 *
 * Restoring is a boundary like the address and a loaded file: the entry is parsed safely (no
 * `__proto__` keys), its shape checked, its search decoded by decodeAddress (as an address is) and
 * its comparison validated like a comparison file. Anything wrong discards the whole entry, with the reasons.
 */
import { InputError, describeValue, parseJson } from "../../scenario/index";
import type { Comparison } from "../../ensemble/comparisonFile";
import { decodeAddress, type DecodedAddress } from "./appAddress";
import { issueLines } from "../messageArea";
import { readComparisonText } from "../compare/comparisonFileText";

/** The key, with the entry's format version in it: a new format takes a new key. */
export const SAVED_LAB_KEY = "defection-lab.v1";
const VERSION = 1;

/** What is saved: the address's search (any loaded scenario included) and, if too large for a link, the comparison file's text. */
export interface SavedLab {
  search: string;
  comparison: string | null;
}

/**
 * Writes the entry; false if it could not be kept (a full or disabled storage), and then the older
 * entry is removed too, so that a reload shows the default rather than an older state.
 */
export function saveLab(storage: Storage | null, saved: SavedLab): boolean {
  try {
    storage?.setItem(SAVED_LAB_KEY, JSON.stringify({ version: VERSION, ...saved }));
    return storage !== null;
  } catch {
    try {
      storage?.removeItem(SAVED_LAB_KEY);
    } catch {
      // Storage that cannot even remove keeps what it has.
    }
    return false;
  }
}

export type RestoredLab =
  | { kind: "none" }
  | { kind: "restored"; state: DecodedAddress["state"]; comparison: Comparison | null }
  | { kind: "discarded"; problems: string[] };

/** Reads and validates the saved entry; a discarded one is removed from storage. */
export async function restoreLab(storage: Storage | null): Promise<RestoredLab> {
  let text: string | null = null;
  try {
    text = storage?.getItem(SAVED_LAB_KEY) ?? null;
  } catch {
    return { kind: "none" };
  }
  if (text === null) return { kind: "none" };
  const problems = await validate(text);
  if (Array.isArray(problems)) {
    try {
      storage?.removeItem(SAVED_LAB_KEY);
    } catch {
      // nothing more to do: the entry is ignored either way
    }
    return { kind: "discarded", problems };
  }
  return problems;
}

async function validate(text: string): Promise<string[] | RestoredLab> {
  let entry: unknown;
  try {
    entry = parseJson(text, "saved state");
  } catch (error) {
    return linesOf(error);
  }
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return [`expected an object, got ${describeValue(entry)}`];
  const problems: string[] = [];
  const record = entry as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!["version", "search", "comparison"].includes(key)) problems.push(`unknown field ${describeValue(key)}`);
  if (record.version !== VERSION) problems.push(`version: ${describeValue(record.version)} is not ${VERSION}`);
  if (typeof record.search !== "string") problems.push(`search: expected text, got ${describeValue(record.search)}`);
  if (record.comparison !== null && typeof record.comparison !== "string") problems.push(`comparison: expected text or null, got ${describeValue(record.comparison)}`);
  if (problems.length) return problems;
  const address = await decodeAddress(record.search as string);
  if (address.problems.length) return address.problems;
  const comparisonLines = (lines: string[]) => lines.map((line) => (line.startsWith("compare") ? line : `comparison: ${line}`));
  if (address.comparison?.kind === "invalid") return comparisonLines(address.comparison.problems);
  let comparison = address.comparison?.kind === "loaded" ? address.comparison.comparison : null;
  if (comparison === null && record.comparison !== null) {
    try {
      comparison = readComparisonText(record.comparison as string);
    } catch (error) {
      return comparisonLines(linesOf(error));
    }
  }
  return { kind: "restored", state: address.state, comparison };
}

function linesOf(error: unknown): string[] {
  return error instanceof InputError ? issueLines(error.issues) : [(error as Error).message];
}

/** The page's local storage, or null where it is disabled (reading `localStorage` may throw). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
