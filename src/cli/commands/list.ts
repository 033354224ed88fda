/**
 * `defection list`: the scenarios shipped in the package's scenarios/ folder. A file that does not
 * parse is still listed (with the reason), so a broken preset is visible rather than hidden.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, type FlagSpecs } from "../args";
import { commonFlags } from "../commonFlags";
import { UsageError } from "../usageError";
import { scenariosFolder } from "../packageRoot";
import { writeChunk, type Io } from "../io";

export const LIST_FLAGS: FlagSpecs = commonFlags("help");

export interface ListedScenario {
  file: string;
  name: string;
  summary: string;
}

export async function listCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, LIST_FLAGS, "list");
  if (args.positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`, "list");
  const listed = shippedScenarios(scenariosFolder);
  const width = Math.max(0, ...listed.map((s) => s.file.length));
  const lines = listed.map((s) => `${s.file.padEnd(width)}  ${s.name}\n${" ".repeat(width + 2)}${s.summary}\n`);
  await writeChunk(io.stdout, lines.join(""));
  return 0;
}

export function shippedScenarios(folder: string): ListedScenario[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      try {
        const data = JSON.parse(readFileSync(join(folder, file), "utf8")) as { name?: unknown; description?: unknown };
        const name = typeof data.name === "string" ? data.name : "(no name)";
        return { file, name, summary: typeof data.description === "string" ? firstSentence(data.description) : "" };
      } catch (error) {
        return { file, name: "(unreadable)", summary: (error as Error).message };
      }
    });
}

/** Up to the first full stop (or ! or ?) followed by a space and a capital letter; "..., 99" is not an end. */
export function firstSentence(text: string): string {
  const match = /^[\s\S]*?[.!?](?=\s+[A-Z]|\s*$)/.exec(text.trim());
  return (match ? match[0] : text.trim()).replace(/\s+/g, " ");
}
