// Compiles the `defection` command to JavaScript (build/cli/), so that it starts without compiling
// TypeScript at every run: `npm install` and `npm ci` run it as the package's `prepare` step; `npm run
// build:cli` runs it by hand. Two bundles: the command (main.mjs) and the worker thread of
// `defection compare` (simulationWorker.mjs, beside it, where simulationPool.ts looks for it).
// Beside them, manifest.json lists the sources and when the build started: bin/currentBuild.js
// runs the build only while no source is newer. Plain JavaScript, so it runs before anything else
// is compiled; the esbuild options it shares with the bench are in scripts/nodeBundle.mjs.
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildNodeBundle } from "./nodeBundle.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const builtAt = Date.now();
rmSync(new URL("../build/cli/", import.meta.url), { recursive: true, force: true });

const { metafile } = await buildNodeBundle({
  root,
  // Commands are imported when run (cli.ts): each becomes a chunk.
  entryPoints: { main: "src/cli/main.ts", simulationWorker: "src/cli/simulationWorkerMain.ts" },
  outdir: "build/cli",
  minify: true,
  metafile: true,
});
const inputs = Object.keys(metafile.inputs).filter((path) => !path.startsWith("node_modules/"));
writeFileSync(new URL("../build/cli/manifest.json", import.meta.url), JSON.stringify({ builtAt, inputs }, null, 1) + "\n");
