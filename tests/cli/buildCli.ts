/**
 * Vitest global setup: compiles the command line (scripts/build-cli.mjs) before the tests, so the
 * tests that spawn bin/defection.js run the compiled build a user runs, never a stale one
 * (bin/currentBuild.js would fall back to the sources through tsx if it were).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL("../../scripts/build-cli.mjs", import.meta.url))], { stdio: "inherit" });
}
