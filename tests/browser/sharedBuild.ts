/**
 * Vitest global setup: a folder for the one build of the lab that the browser test files of a run
 * share (harness.ts startLab builds it on first use, so a run without browser tests builds
 * nothing), removed when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    labBuildDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "defection-lab-build-"));
  project.provide("labBuildDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
