/**
 * A small, strict parser of command-line flags: `--name value`, `--name=value`, `-h`, boolean
 * flags, repeatable flags and `--` (everything after it is positional). Anything unknown is a
 * UsageError naming the flag, so a typo never silently does nothing.
 */
import { UsageError } from "./usageError";

export interface FlagSpec {
  /** "string" flags take a value; "boolean" flags do not. */
  type: "string" | "boolean";
  /** One-letter alias, e.g. "h" for -h. */
  short?: string;
  /** May be given more than once (values are collected in order). */
  multiple?: boolean;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

export interface ParsedArgs {
  /** string for single string flags, string[] for multiple ones, true for boolean flags given. */
  flags: Record<string, string | string[] | true>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], specs: FlagSpecs, command = ""): ParsedArgs {
  const flags: ParsedArgs["flags"] = {};
  const positionals: string[] = [];
  const shorts = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === "--") {
      positionals.push(...argv.slice(k + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const written = eq >= 0 ? arg.slice(0, eq) : arg;
    const name = written.startsWith("--") ? written.slice(2) : shorts.get(written.slice(1));
    const spec = name !== undefined && Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (name === undefined || !spec) throw new UsageError(`unknown flag ${written}`, command);
    if (spec.type === "boolean") {
      if (eq >= 0) throw new UsageError(`${written} takes no value`, command);
      flags[name] = true;
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (k + 1 < argv.length && !(argv[k + 1].startsWith("--") && argv[k + 1].length > 2)) value = argv[++k];
    else throw new UsageError(`${written} needs a value`, command);
    if (spec.multiple) ((flags[name] ??= []) as string[]).push(value);
    else if (Object.hasOwn(flags, name)) throw new UsageError(`${written} is given more than once`, command);
    else flags[name] = value;
  }
  return { flags, positionals };
}

/** The value of a single string flag, if given. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  return typeof value === "string" ? value : undefined;
}

export function listFlag(args: ParsedArgs, name: string): string[] {
  const value = args.flags[name];
  return Array.isArray(value) ? value : [];
}

export function booleanFlag(args: ParsedArgs, name: string): boolean {
  return args.flags[name] === true;
}
