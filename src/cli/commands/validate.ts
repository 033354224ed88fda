/** `defection validate`: "ok: NAME" on stdout, or the issues (each naming its field) via InputError. */
import { booleanFlag, listFlag, parseArgs, type FlagSpecs } from "../args";
import { commonFlags } from "../commonFlags";
import { oneFile } from "../oneFile";
import { escapeText } from "../../scenario/escapeText";
import { parseSetFlags, readScenario } from "../readScenario";
import { writeChunk, type Io } from "../io";

export const VALIDATE_FLAGS: FlagSpecs = commonFlags("set", "allow-files-outside", "help");

export async function validateCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, VALIDATE_FLAGS, "validate");
  const path = oneFile(args, "SCENARIO.json", "validate", "one scenario at a time");
  const { file } = readScenario(path, parseSetFlags(listFlag(args, "set"), "validate"), { allowOutside: booleanFlag(args, "allow-files-outside") });
  await writeChunk(io.stdout, `ok: ${escapeText(file.name)}\n`);
  return 0;
}
