// Which form of the `defection` command to run: the compiled build (build/cli/, made by
// scripts/build-cli.mjs at `npm install` / `npm ci`, or `npm run build:cli`) while none of the
// sources it was built from has changed since, else null (run the TypeScript through tsx: slower
// to start, never stale).
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The build's entry file under `root`, or null when it is missing or older than a source. */
export function currentBuild(root) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, "build", "cli", "manifest.json"), "utf8"));
  } catch {
    return null;
  }
  if (!(typeof manifest.builtAt === "number") || !Array.isArray(manifest.inputs)) return null;
  for (const input of manifest.inputs) {
    try {
      if (statSync(join(root, input)).mtimeMs > manifest.builtAt) return null;
    } catch {
      return null; // a source moved or deleted
    }
  }
  return join(root, "build", "cli", "main.mjs");
}
