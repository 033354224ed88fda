/**
 * The complete points file from parts (a part file after a resume, or the parts of a sharded run):
 * every point once, all rows from one spec and program version (the hash), sorted by point. The
 * text is the same bytes whichever parts, in whatever order, the rows came from.
 */
import { InputError, type InputIssue } from "../scenario/issues";
import { parsePoints, type PointsRow } from "./pointsCsv";

export interface CollectedPoints {
  text: string;
  rows: PointsRow[];
}

export function collectPoints(parts: readonly { name: string; text: string }[], header: string, hash: string, total: number): CollectedPoints {
  const issues: InputIssue[] = [];
  const byPoint = new Map<number, { row: PointsRow; from: string }>();
  for (const { name, text } of parts) {
    const parsed = parsePoints(text, name);
    if (parsed.header !== header) issues.push({ path: name, message: "has other columns than this spec's points: it was not made by this spec" });
    if (parsed.truncated) issues.push({ path: name, message: "ends in a cut-off row: finish it with --resume first" });
    for (const row of parsed.rows) {
      if (row.spec !== hash) issues.push({ path: name, message: `comes from another spec or version (hash ${row.spec}, this spec is ${hash})` });
      if (row.points !== total) issues.push({ path: name, message: `belongs to an analysis of ${row.points} points, not ${total}` });
      const seen = byPoint.get(row.point);
      if (seen) issues.push({ path: name, message: `point ${row.point} is also in ${seen.from}: a part was given twice` });
      else byPoint.set(row.point, { row, from: name });
    }
    if (issues.length > 20) break;
  }
  const missing: number[] = [];
  for (let p = 0; p < total && missing.length < 10; p++) if (!byPoint.has(p)) missing.push(p);
  if (missing.length) issues.push({ path: "parts", message: `points ${missing.join(", ")}${missing.length === 10 ? ", ..." : ""} are missing (of ${total}): is a part missing?` });
  if (issues.length) throw new InputError(dedupe(issues), "cannot merge");
  const rows = Array.from({ length: total }, (_, p) => byPoint.get(p)!.row);
  return { text: header + rows.map((r) => r.line).join(""), rows };
}

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path + i.message) && seen.add(i.path + i.message));
}
