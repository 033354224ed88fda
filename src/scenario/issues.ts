/** A problem found in a scenario (or other input), tied to the field it concerns. */
export interface InputIssue {
  /** Dotted path of the field, e.g. "parameters.army.size" ("" for the whole input). */
  path: string;
  message: string;
}

/** Thrown at the boundary when input is rejected; carries every issue found. */
export class InputError extends Error {
  readonly issues: InputIssue[];
  /** The heading, e.g. "invalid sweep": what was refused. */
  readonly context: string;

  constructor(issues: InputIssue[], context = "invalid input") {
    super(`${context}:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "InputError";
    this.issues = issues;
    this.context = context;
  }
}

export function formatIssue(issue: InputIssue): string {
  return issue.path ? `  ${issue.path}: ${issue.message}` : `  ${issue.message}`;
}

export function joinPath(parts: ReadonlyArray<PropertyKey>): string {
  return parts.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "");
}
