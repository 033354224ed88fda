/**
 * One CSV cell (RFC 4180). Numbers are written as JavaScript prints them (shortest round-trip form),
 * null/undefined as an empty cell (NaN in pandas, NA in R). Text that a spreadsheet would run as a
 * formula (starting with = + - @ tab or carriage return, also after leading spaces or control
 * characters) gets a leading apostrophe.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value;
  // Spreadsheets skip leading spaces and control characters before a formula (ESC + "=HYPERLINK...").
  if (/^[\s\u0000-\u001f\u007f-\u009f]*[=+\-@]/.test(text) || /^[\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return values.map(csvCell).join(",");
}
