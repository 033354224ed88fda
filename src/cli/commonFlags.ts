/**
 * The flags several commands take, declared once so that a flag means the same in every command
 * that has it: its kind here, and the reading of --seed and --workers, whose ranges do not depend
 * on the command (--runs does: each command has its own most runs).
 */
import { BATCH_DEFAULTS } from "../batch/batchDefaults";
import { stringFlag, type FlagSpec, type ParsedArgs } from "./args";
import { wholeNumber } from "./wholeNumber";

const COMMON_FLAGS = {
  runs: { type: "string" },
  seed: { type: "string" },
  workers: { type: "string" },
  out: { type: "string" },
  summary: { type: "string" },
  set: { type: "string", multiple: true },
  resume: { type: "boolean" },
  json: { type: "boolean" },
  "allow-files-outside": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies Record<string, FlagSpec>;

export type CommonFlag = keyof typeof COMMON_FLAGS;

/** The declarations of the common flags `names`, to spread into a command's flag table. */
export function commonFlags(...names: CommonFlag[]): Record<string, FlagSpec> {
  return Object.fromEntries(names.map((name) => [name, COMMON_FLAGS[name]]));
}

/** --seed S: a whole number from 0 to the largest seed; undefined when not given. */
export function seedFlag(args: ParsedArgs, command: string): number | undefined {
  const text = stringFlag(args, "seed");
  return text === undefined ? undefined : wholeNumber("--seed", text, 0, BATCH_DEFAULTS.maxSeed, command);
}

/** --workers N: threads asked for, 1 to BATCH_DEFAULTS.workers.max; undefined when not given (the memory plan picks). */
export function workersFlag(args: ParsedArgs, command: string): number | undefined {
  const text = stringFlag(args, "workers");
  return text === undefined ? undefined : wholeNumber("--workers", text, 1, BATCH_DEFAULTS.workers.max, command);
}
