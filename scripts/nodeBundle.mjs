// The esbuild options both compiled bundles share (scripts/build-cli.mjs for the `defection`
// command, scripts/build-bench.mjs for the bench): ES modules for Node 20, split into chunks that
// sit beside their entries. Plain JavaScript, so it runs at `npm install` before anything else is
// compiled.
import { build } from "esbuild";

/**
 * Bundles `entryPoints` (names to sources under `root`) into `outdir` as `.mjs` files; `options`
 * adds to or overrides the shared ones (minify, external, metafile...).
 */
export function buildNodeBundle({ root, entryPoints, outdir, ...options }) {
  return build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // Code imported when run becomes a chunk, shared code a chunk of its own.
    splitting: true,
    // Every chunk beside its entries: code that finds files from import.meta.url (packageRoot.ts,
    // simulationPool.ts, bench/benchFolder.ts) sees the same folder whichever chunk it lands in.
    chunkNames: "[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    // Bundled CommonJS (seedrandom) may call require(): give the module one.
    banner: { js: 'import { createRequire as __nodeBundleRequire } from "node:module"; const require = __nodeBundleRequire(import.meta.url);' },
    sourcemap: "linked",
    logLevel: "warning",
    ...options,
  });
}
