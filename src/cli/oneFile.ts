/**
 * The one file a command reads (`defection run SCENARIO.json`, `defection sweep SWEEP.json`...):
 * a missing file or a second argument is a usage error naming what was expected.
 */
import type { ParsedArgs } from "./args";
import { UsageError } from "./usageError";

/** The only positional argument; `file` names it ("SCENARIO.json"), `why` follows a second one ("one scenario per run"). */
export function oneFile(args: ParsedArgs, file: string, command: string, why?: string): string {
  const [path, ...extra] = args.positionals;
  if (path === undefined) throw new UsageError(`missing ${file}`, command);
  if (extra.length) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}${why ? ` (${why})` : ""}`, command);
  return path;
}
