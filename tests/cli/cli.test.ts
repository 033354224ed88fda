import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runCli } from "./runCli";
import { memoryIo } from "./memoryIo";
import { cli } from "../../src/cli/cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "defection-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("defection validate", () => {
  it("prints ok and the scenario's name for a valid file", () => {
    const result = runCli("validate", "scenarios/asylum-offer-deadline.json");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("ok: Asylum offer with a 60-day deadline\n");
  });

  it("exits 1 naming the broken field", () => {
    const scenario = JSON.parse(readFileSync(join(ROOT, "scenarios/asylum-offer-deadline.json"), "utf8"));
    scenario.parameters.army.size = -3;
    scenario.parameters.offer.urgencyDayz = 3;
    const path = join(dir, "broken.json");
    writeFileSync(path, JSON.stringify(scenario));
    const result = runCli("validate", path);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("parameters.army.size");
    expect(result.stderr).toContain("-3");
    expect(result.stderr).toContain("urgencyDayz");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 on a file that is not JSON (in-process)", async () => {
    const path = join(dir, "garbage.json");
    writeFileSync(path, "{ not json");
    const io = memoryIo();
    expect(await cli(["validate", path], io)).toBe(1);
    expect(io.err()).toContain("not valid JSON");
  });

  it("applies --set before checking (in-process)", async () => {
    const io = memoryIo();
    expect(await cli(["validate", "scenarios/asylum-offer-deadline.json", "--set", "offer.windows.0.close=5"], io)).toBe(1);
    expect(io.err()).toContain("parameters.offer.windows[0].close");
  });
});

describe("defection list", () => {
  it("lists every file in scenarios/ with its name", () => {
    const result = runCli("list");
    expect(result.status).toBe(0);
    for (const file of readdirSync(join(ROOT, "scenarios")).filter((f) => f.endsWith(".json"))) {
      expect(result.stdout).toContain(file);
      expect(result.stdout).toContain(JSON.parse(readFileSync(join(ROOT, "scenarios", file), "utf8")).name);
    }
  });
});

describe("defection (top level)", () => {
  it("shows help with --help", () => {
    const result = runCli("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage:");
  });

  it.each([[[]], [["-h"]], [["run", "--help"]], [["run", "x.json", "--bogus", "-h"]], [["validate", "-h"]], [["list", "--help"]]])(
    "shows help for %j (in-process)",
    async (args) => {
      const io = memoryIo();
      expect(await cli(args, io)).toBe(0);
      expect(io.out()).toContain("Usage:");
      expect(io.err()).toBe("");
    },
  );

  it("prints the package version (in-process)", async () => {
    const io = memoryIo();
    expect(await cli(["--version"], io)).toBe(0);
    expect(io.out().trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });

  it("exits 2 on an unknown command", () => {
    const result = runCli("frobnicate");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('Run "defection --help" for usage.');
  });

  it.each([[["--frobnicate"]], [["list", "--long"]], [["list", "extra"]]])("exits 2 on %j (in-process)", async (args) => {
    const io = memoryIo();
    expect(await cli(args, io)).toBe(2);
    expect(io.err()).toMatch(/--help" for usage\.\n$/);
  });
});
