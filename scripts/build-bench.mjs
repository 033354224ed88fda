// Compiles the bench to JavaScript (build/bench/) before it runs, so that it times the code as the
// page and the `defection` command run it, bundled, not compiled module by module by tsx at run
// time (drawing one run's soldiers took 1.35 ms under tsx and 0.88 ms bundled). The npm scripts
// `bench`, `bench:profile`, `bench:networks` and `bench:charts` run this first, then the bundle.
// Also rebuilds the command (scripts/build-cli.mjs) when its build is not current, so the bench's
// command-line rows time the compiled command. Not minified: the profile names functions.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { currentBuild } from "../bin/currentBuild.js";
import { buildNodeBundle } from "./nodeBundle.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
if (!currentBuild(root)) await import("./build-cli.mjs");
rmSync(new URL("../build/bench/", import.meta.url), { recursive: true, force: true });

await buildNodeBundle({
  root,
  entryPoints: {
    run: "bench/run.ts",
    profile: "bench/profile.ts",
    networks: "bench/networks.ts",
    chartData: "bench/chartData.ts",
    pageEnsemble: "bench/pageEnsemble.ts",
    // bench/pageEnsemble.ts starts its threads from ./pageEnsembleWorker.mjs beside itself: in the
    // sources a loader that compiles the TypeScript, here the compiled worker.
    pageEnsembleWorker: "bench/pageEnsembleWorkerMain.ts",
  },
  outdir: "build/bench",
  // The tools the bench drives stay in node_modules, loaded as they are.
  external: ["vite", "playwright-core", "@sparticuz/chromium", "esbuild", "tsx"],
});
