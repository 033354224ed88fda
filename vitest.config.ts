import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // One build of the lab per run, shared by the browser test files (tests/browser/sharedBuild.ts);
    // the command line compiled afresh, so its tests run what `defection` runs (tests/cli/buildCli.ts).
    globalSetup: ["tests/browser/sharedBuild.ts", "tests/cli/buildCli.ts"],
    testTimeout: 20_000,
  },
});
