import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, toModelParams } from "../../src/scenario";
import { simulate } from "../../src/model";
import { runCli } from "./runCli";

describe("defection calibrate", () => {
  it("fits the offer that tips Kuran's army and writes the calibrated scenario", () => {
    const out = join(mkdtempSync(join(tmpdir(), "calibrate-")), "calibrated.json");
    const result = runCli("calibrate", "scenarios/kuran-bandwagon.json", "--target", "defected@day=200:0.5..1", "--range", "offer.attractiveness=0:0.05", "--runs", "1", "--out", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/offer\.attractiveness = [\d.]+ {3}95% interval/);
    const calibrated = loadScenario(readFileSync(out, "utf8"));
    const value = calibrated.parameters.offer.attractiveness;
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(0.05);
    expect(calibrated.assumptions.at(-1)).toMatch(/^Calibrated by defection calibrate: offer\.attractiveness = /);
    // The fitted offer does what the target asked.
    expect(simulate(toModelParams(calibrated), calibrated.parameters.seed).summary.finalShare).toBeGreaterThanOrEqual(0.5);
  });

  it("names a bad target (exit 1) and asks for one when none is given (exit 2)", () => {
    const bad = runCli("calibrate", "scenarios/kuran-bandwagon.json", "--target", "deserted@day=5:0.1");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--target: "deserted@day=5:0.1": unknown quantity "deserted"');
    const none = runCli("calibrate", "scenarios/kuran-bandwagon.json");
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("the scenario records none");
  });
});
