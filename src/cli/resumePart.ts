/**
 * Resuming a batch command's part file (a sweep's cells, a sensitivity analysis's points): rows
 * stream to the part file as work finishes, so a killed command leaves whole rows and at most one
 * cut-off row. One rule for both: an existing part file needs --resume (it is never overwritten),
 * must have this run's columns and every row this spec's hash; a cut-off last row is dropped; the
 * finished rows' numbers are returned, to be skipped.
 */
import { existsSync, writeFileSync } from "node:fs";
import { InputError } from "../scenario";
import { readWholeText } from "./inputFiles";

export interface PartFile<Row extends { spec: string; line: string }> {
  header: string;
  rows: Row[];
  /** True when the last line was cut off; it is not among the rows. */
  truncated: boolean;
}

export interface ResumeOptions<Row extends { spec: string; line: string }> {
  resume: boolean;
  /** The header this run writes, and its hash of spec and version. */
  header: string;
  hash: string;
  /** What a row is ("cell", "point"), for messages. */
  noun: string;
  parse(text: string, name: string): PartFile<Row>;
  /** The row's number (its cell or point). */
  number(row: Row): number;
}

/** The numbers already finished in `partPath` (empty when it does not exist yet). */
export function resumePart<Row extends { spec: string; line: string }>(partPath: string, options: ResumeOptions<Row>): Set<number> {
  const done = new Set<number>();
  if (!existsSync(partPath)) return done;
  const part = options.parse(readPartFile(partPath, options.noun), partPath);
  const count = `${part.rows.length} finished ${options.noun}${part.rows.length === 1 ? "" : "s"}`;
  if (!options.resume) throw new InputError([{ path: "--out", message: `${partPath} exists (${count}): give --resume to continue it, or remove it to start over` }], "cannot write output");
  if (part.header !== options.header) throw new InputError([{ path: partPath, message: "has other columns than this spec's; it was not made by this spec" }], "cannot resume");
  for (const row of part.rows) {
    if (row.spec !== options.hash) throw new InputError([{ path: partPath, message: `comes from another spec or version (hash ${row.spec}, this spec is ${options.hash})` }], "cannot resume");
    done.add(options.number(row));
  }
  // Drop a row cut off by the kill; complete rows stay.
  if (part.truncated) writeFileSync(partPath, part.header + part.rows.map((r) => r.line).join(""));
  return done;
}

/** A part file's text; an unreadable one is an InputError naming it. */
export function readPartFile(path: string, noun: string): string {
  try {
    return readWholeText(path);
  } catch (error) {
    throw new InputError([{ path, message: `cannot be read: ${(error as Error).message}` }], `cannot read ${noun}s`);
  }
}
