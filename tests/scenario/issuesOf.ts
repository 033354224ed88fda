/** The issues a scenario is refused with; fails the test if it is accepted or refused otherwise. */
import { expect } from "vitest";
import { InputError, validateScenario, type InputIssue } from "../../src/scenario";

export function issuesOf(input: unknown): InputIssue[] {
  try {
    validateScenario(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues;
  }
  throw new Error("expected the scenario to be refused");
}
