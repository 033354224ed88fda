/**
 * The lab for one browser test file: started before its tests (from the run's shared build) and
 * closed after them. Returns a Lab whose fields read the started one.
 */
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { SHOTS, startLab, type Lab } from "./harness";

export function useLab(): Lab {
  let lab: Lab | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    lab = await startLab(inject("labBuildDir"));
  }, 200_000);
  afterAll(async () => {
    await lab?.close();
  });
  const started = (): Lab => {
    if (!lab) throw new Error("the lab is not started yet (use it inside a test)");
    return lab;
  };
  return {
    get url() {
      return started().url;
    },
    get outDir() {
      return started().outDir;
    },
    get browser() {
      return started().browser;
    },
    close: () => started().close(),
  };
}
