/**
 * Strict, streaming readers of the CSV files a scenario may refer to: one threshold per line, or
 * two soldier ids per line (a tie). The text comes in chunks (a whole file is never one string)
 * and values go straight into typed arrays; no array of rows is ever built. The first line that
 * is wrong stops the reading and is named by file and line, with at most a short escaped excerpt.
 *
 * Strict means: a first line is a header only if no cell of it looks like a number (so a data
 * line of "NaN" or "0.5;0.2" is refused, not skipped); every cell is a plain decimal number
 * (no "0x1", no empty cell, no "NaN" or "Infinity"); each line has exactly the columns of its
 * kind (1 or 2, comma-separated); blank lines are skipped.
 */
import type { InputIssue } from "./issues";
import { excerpt } from "./escapeText";

/** A file's text, whole or in chunks (the command line streams large files). */
export type TextSource = string | Iterable<string>;

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const WHOLE = /^\d+$/;
/** A header cell: a name, not a number ("NaN", "inf" and "0x1" look like numbers). */
const NAME = /^[A-Za-z_][\w .()/-]*$/;
const NUMBER_WORD = /^[+-]?(nan|inf|infinity)$/i;

interface Line {
  text: string;
  line: number;
}

/** The lines of a text given in chunks ("\r\n" or "\n"), numbered from 1. */
export function* linesOf(source: TextSource): Generator<Line> {
  let rest = "";
  let line = 0;
  for (const chunk of typeof source === "string" ? [source] : source) {
    rest += chunk;
    let start = 0;
    for (let end = rest.indexOf("\n"); end >= 0; end = rest.indexOf("\n", start)) {
      yield { text: rest.slice(start, end).replace(/\r$/, ""), line: ++line };
      start = end + 1;
    }
    rest = rest.slice(start);
  }
  if (rest !== "") yield { text: rest.replace(/\r$/, ""), line: ++line };
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).trim() : trimmed;
}

function isHeader(cells: string[]): boolean {
  return cells.every((cell) => NAME.test(cell) && !NUMBER_WORD.test(cell));
}

function separatorHint(text: string): string {
  if (text.includes("\t")) return "; it looks tab-separated: separate the columns by commas";
  if (text.includes(";")) return "; it looks semicolon-separated: separate the columns by commas";
  if (/\S\s+\S/.test(text.trim())) return "; it looks space-separated: separate the columns by commas";
  return "";
}

/** Calls `row` with the cells of every data line; stops (returning false) at the first issue. */
function readRows(source: TextSource, name: string, columns: number, what: string, issues: InputIssue[], row: (cells: string[], line: number) => string | null): boolean {
  let first = true;
  for (const { text, line } of linesOf(source)) {
    if (text.trim() === "") continue;
    const cells = text.split(",").map(unquote);
    const at = `${name}:${line}`;
    if (first) {
      first = false;
      if (isHeader(cells)) {
        if (cells.length !== columns) {
          issues.push({ path: at, message: `the header has ${cells.length} column${cells.length === 1 ? "" : "s"}; ${what} has ${columns}` });
          return false;
        }
        continue;
      }
    }
    if (cells.length !== columns) {
      issues.push({ path: at, message: `expected ${columns} column${columns === 1 ? "" : "s"} (${what}), got ${cells.length}: ${excerpt(text)}${separatorHint(text)}` });
      return false;
    }
    const problem = row(cells, line);
    if (problem !== null) {
      issues.push({ path: at, message: problem });
      return false;
    }
  }
  return true;
}

/** The largest piece a Growing array adds at a time (elements): 512 KB of thresholds. */
const PIECE = 1 << 16;

/**
 * A growable typed array: filled in pieces (doubling up to PIECE, then PIECE each), copied once at
 * the end into one array of its exact length, so reading n values holds at most about 2n of them
 * (a doubling array held up to 3.4n: the old, the doubled and the trimmed copy). The copy goes into
 * a SharedArrayBuffer where there is one (the command line): a pool's worker threads then read the
 * one copy the main thread holds, where each got a copy of its own before (80 MB a thread for 10^7
 * thresholds). Nothing writes into a list or ties after parsing, so sharing them is safe.
 */
class Growing<T extends Float64Array | Int32Array> {
  length = 0;
  private readonly full: T[] = [];
  private used = 0;
  constructor(
    private current: T,
    private readonly make: (n: number) => T,
  ) {}
  push(value: number): void {
    if (this.used === this.current.length) {
      this.full.push(this.current);
      this.current = this.make(Math.min(PIECE, this.current.length * 2));
      this.used = 0;
    }
    this.current[this.used++] = value;
    this.length++;
  }
  done(): T {
    const Kind = this.current.constructor as Float64ArrayConstructor | Int32ArrayConstructor;
    // (The typings of this TypeScript lib accept an ArrayBuffer only; the constructors take either.)
    const out = (typeof SharedArrayBuffer === "function" ? new Kind(new SharedArrayBuffer(this.length * Kind.BYTES_PER_ELEMENT) as unknown as ArrayBuffer) : this.make(this.length)) as T;
    let at = 0;
    for (const piece of this.full) {
      out.set(piece, at);
      at += piece.length;
    }
    out.set(this.current.subarray(0, this.used), at);
    this.full.length = 0;
    return out;
  }
}

/** Thresholds from 0 to 1, one per line; at most `max` of them. Null (with an issue) if the file is wrong. */
export function parseThresholdCsv(source: TextSource, name: string, issues: InputIssue[], max = Infinity): Float64Array | null {
  const values = new Growing(new Float64Array(1024), (n) => new Float64Array(n));
  const ok = readRows(source, name, 1, "one threshold per line", issues, ([cell]) => {
    if (!DECIMAL.test(cell)) return `${excerpt(cell)} is not a number: write a threshold from 0 to 1 in decimal (e.g. 0.25)`;
    const value = Number(cell);
    if (!(value >= 0 && value <= 1)) return `${excerpt(cell)} is not a threshold from 0 to 1`;
    if (values.length >= max) return `more than ${max.toLocaleString("en-US")} thresholds, the most the army can need`;
    values.push(value);
    return null;
  });
  return ok ? values.done() : null;
}

/**
 * Ties between soldiers 0 to `soldiers - 1`, two ids per line, as a flat array [a0, b0, a1, b1, ...];
 * at most `maxTies`. A tie of a soldier to himself, or the same tie twice (either way round), is
 * refused: the network would count it twice, which the file's author hardly meant.
 */
export function parseEdgeCsv(source: TextSource | (() => TextSource), name: string, issues: InputIssue[], soldiers: number, maxTies = Infinity): Int32Array | null {
  const open = typeof source === "function" ? source : () => source;
  const ends = new Growing(new Int32Array(2048), (n) => new Int32Array(n));
  const ok = readRows(open(), name, 2, "two soldier ids per line, separated by a comma", issues, (cells) => {
    for (const cell of cells) if (!WHOLE.test(cell)) return `${excerpt(cell)} is not a soldier id: write whole numbers from 0 to ${soldiers - 1}`;
    const [a, b] = cells.map(Number);
    for (const id of [a, b]) if (id >= soldiers) return `soldier ${id} is beyond the army: ids run from 0 to ${soldiers - 1}`;
    if (a === b) return `ties soldier ${a} to himself`;
    if (ends.length / 2 >= maxTies) return `more than ${maxTies.toLocaleString("en-US")} ties, the limit`;
    ends.push(a);
    ends.push(b);
    return null;
  });
  if (!ok) return null;
  const edges = ends.done();
  const twice = repeatedTie(edges, soldiers);
  if (twice !== null) {
    const [first, second] = tieLines(open(), twice);
    const k = twice[1];
    issues.push({ path: `${name}:${second}`, message: `ties soldiers ${edges[2 * k]} and ${edges[2 * k + 1]} again (first on line ${first}): give each tie once` });
    return null;
  }
  return edges;
}

/** The first tie that repeats an earlier one (either way round) and that earlier one, as tie indices, or null. */
function repeatedTie(edges: Int32Array, soldiers: number): [number, number] | null {
  const ties = edges.length / 2;
  const keyOf = (k: number) => {
    const a = edges[2 * k];
    const b = edges[2 * k + 1];
    return a < b ? a * soldiers + b : b * soldiers + a;
  };
  // Sorting the keys (numbers, not rows) finds a repeat in O(n log n) with one extra array.
  const keys = new Float64Array(ties);
  for (let k = 0; k < ties; k++) keys[k] = keyOf(k);
  keys.sort();
  let repeated = -1;
  for (let k = 1; k < ties && repeated < 0; k++) if (keys[k] === keys[k - 1]) repeated = keys[k];
  if (repeated < 0) return null;
  let first = -1;
  for (let k = 0; k < ties; k++) {
    if (keyOf(k) !== repeated) continue;
    if (first < 0) first = k;
    else return [first, k];
  }
  return null;
}

/** The file lines of data rows (ties) `first` and `second`: a second pass over the file, counting rows. */
function tieLines(source: TextSource, [first, second]: [number, number]): [number, number] {
  const lines: [number, number] = [0, 0];
  let k = -1;
  let header = true;
  for (const { text, line } of linesOf(source)) {
    if (text.trim() === "") continue;
    if (header && ((header = false), isHeader(text.split(",").map(unquote)))) continue;
    k++;
    if (k === first) lines[0] = line;
    if (k === second) {
      lines[1] = line;
      break;
    }
  }
  return lines;
}
