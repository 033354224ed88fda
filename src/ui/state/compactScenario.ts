/**
 * A loaded scenario as the address carries it: its parameter groups that are exactly their defaults
 * (every mechanism a file leaves out, filled in by validation) are left out, since validation fills
 * them in again on reading. The scenario read back is the same; the address is shorter, so a
 * scenario stays shareable as the format gains mechanisms that are off by default.
 */
import { validateScenario, type ScenarioFile } from "../../scenario/index";

let defaults: Record<string, unknown> | null = null;

export function compactScenario(scenario: ScenarioFile): object {
  defaults ??= validateScenario({ name: "defaults" }).parameters as Record<string, unknown>;
  const parameters: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(scenario.parameters)) {
    if (JSON.stringify(value) !== JSON.stringify(defaults[key])) parameters[key] = value;
  }
  return { ...scenario, parameters };
}
