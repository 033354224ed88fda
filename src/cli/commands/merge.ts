/** `defection merge`: the part files of a sharded sweep into one grid, refusing anything incomplete or mixed. */
import { parseArgs, stringFlag, type FlagSpecs } from "../args";
import { commonFlags } from "../commonFlags";
import { UsageError } from "../usageError";
import { writeChunk, type Io } from "../io";
import { checkOutputs, usesStdout } from "../outputFiles";
import { writeSorted } from "./sweep";

export const MERGE_FLAGS: FlagSpecs = commonFlags("out", "help");

export async function mergeCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, MERGE_FLAGS, "merge");
  const out = stringFlag(args, "out");
  if (out === undefined) throw new UsageError("give --out FILE (or --out - for standard output)", "merge");
  if (!args.positionals.length) throw new UsageError("give the part files to merge", "merge");
  const [output] = checkOutputs([{ flag: "--out", path: out }], args.positionals, "merge");
  await writeSorted(args.positionals, output, undefined, io);
  await writeChunk(usesStdout([output]) ? io.stderr : io.stdout, `merged ${args.positionals.length} parts into ${output.path === "-" ? "standard output" : output.path}\n`);
  return 0;
}
