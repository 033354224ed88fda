/**
 * The package's own folder, found from this source file rather than the working directory, so
 * `defection list` and `--version` work wherever the command is run from.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));

export const scenariosFolder = fileURLToPath(new URL("../../scenarios/", import.meta.url));

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}
