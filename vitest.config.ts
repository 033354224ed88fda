import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // One build of the lab per run, shared by the browser test files (tests/browser/sharedBuild.ts).
    globalSetup: ["tests/browser/sharedBuild.ts"],
    testTimeout: 20_000,
  },
});
