/**
 * The repository's folders, found from wherever this code runs: the bench runs compiled
 * (scripts/build-bench.mjs bundles it into build/bench/) or as TypeScript (bench/), so a path
 * taken from this file's own folder would point elsewhere in each. The root is the nearest folder
 * above with a package.json.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const repoRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
/** bench/ in the sources: results files, the browser page, the preloaded peak-memory reporter. */
export const benchFolder = join(repoRoot, "bench");
