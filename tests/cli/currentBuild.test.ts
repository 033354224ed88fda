/**
 * bin/currentBuild.js: the compiled command runs only while none of its sources is newer than the
 * build; a missing build, manifest or source means the sources run instead.
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error: plain JavaScript without types, run before anything is compiled
import { currentBuild } from "../../bin/currentBuild.js";
import { ROOT } from "./runCli";

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A package folder with one source and a build of it made at `builtAt`. */
function packageWithBuild(builtAt: number): { root: string; source: string } {
  const root = mkdtempSync(join(tmpdir(), "defection-current-build-"));
  folders.push(root);
  mkdirSync(join(root, "src"));
  mkdirSync(join(root, "build", "cli"), { recursive: true });
  const source = join(root, "src", "a.ts");
  writeFileSync(source, "export {};\n");
  utimesSync(source, new Date(builtAt - 60_000), new Date(builtAt - 60_000));
  writeFileSync(join(root, "build", "cli", "main.mjs"), "");
  writeFileSync(join(root, "build", "cli", "manifest.json"), JSON.stringify({ builtAt, inputs: ["src/a.ts"] }));
  return { root, source };
}

describe("currentBuild", () => {
  it("gives the build's entry while every source is older than the build", () => {
    const { root } = packageWithBuild(Date.now());
    expect(currentBuild(root)).toBe(join(root, "build", "cli", "main.mjs"));
  });

  it("gives null once a source changed after the build", () => {
    const builtAt = Date.now() - 10_000;
    const { root, source } = packageWithBuild(builtAt);
    utimesSync(source, new Date(builtAt + 1000), new Date(builtAt + 1000));
    expect(currentBuild(root)).toBeNull();
  });

  it("gives null when a source is gone, or there is no build", () => {
    const { root, source } = packageWithBuild(Date.now());
    rmSync(source);
    expect(currentBuild(root)).toBeNull();
    const bare = mkdtempSync(join(tmpdir(), "defection-no-build-"));
    folders.push(bare);
    expect(currentBuild(bare)).toBeNull();
  });

  it("finds this package's build current, so the command-line tests run the compiled command", () => {
    expect(currentBuild(ROOT)).toBe(join(ROOT, "build", "cli", "main.mjs"));
  });
});
