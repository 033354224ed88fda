// Compiles the bench to JavaScript (build/bench/) before it runs, so that it times the code as the
// page and the `defection` command run it, bundled, not compiled module by module by tsx at run
// time (drawing one run's soldiers took 1.35 ms under tsx and 0.88 ms bundled). The npm scripts
// `bench`, `bench:profile`, `bench:networks` and `bench:charts` run this first, then the bundle.
// Also rebuilds the command (scripts/build-cli.mjs) when its build is not current, so the bench's
// command-line rows time the compiled command. Not minified: the profile names functions.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { currentBuild } from "../bin/currentBuild.js";

const root = fileURLToPath(new URL("../", import.meta.url));
if (!currentBuild(root)) await import("./build-cli.mjs");
rmSync(new URL("../build/bench/", import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: root,
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
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  chunkNames: "[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  // The tools the bench drives stay in node_modules, loaded as they are.
  external: ["vite", "playwright-core", "@sparticuz/chromium", "esbuild", "tsx"],
  banner: { js: 'import { createRequire as __benchRequire } from "node:module"; const require = __benchRequire(import.meta.url);' },
  sourcemap: "linked",
  logLevel: "warning",
});
