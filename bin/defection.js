#!/usr/bin/env node
// The `defection` command: the compiled build when it is current (bin/currentBuild.js), otherwise
// the TypeScript sources through tsx's loader (a runtime dependency).
import { fileURLToPath, pathToFileURL } from "node:url";
import { currentBuild } from "./currentBuild.js";

const built = currentBuild(fileURLToPath(new URL("../", import.meta.url)));
if (built) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
