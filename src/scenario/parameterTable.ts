import { PARAMETERS, formatNumber } from "./parameters";

/** The README's parameter table, made from the registry so the two can never disagree. */
export function parameterTableMarkdown(): string {
  const rows = PARAMETERS.map((p) => `| \`${p.path}\` | ${formatNumber(p.default)} | ${p.unit} | ${formatNumber(p.min)} to ${formatNumber(p.max)}${p.integer ? " (whole)" : ""} | ${p.doc} |`);
  return ["| parameter | default | unit | allowed | meaning |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

export const TABLE_START = "<!-- parameter-table:start (made by npm run docs) -->";
export const TABLE_END = "<!-- parameter-table:end -->";

/** README text with the table between the markers replaced by the current one. */
export function withParameterTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error("README has no parameter table markers");
  return readme.slice(0, start + TABLE_START.length) + "\n" + parameterTableMarkdown() + "\n" + readme.slice(end);
}
