/**
 * The first of a job's scenarios (plain objects, one per sweep cell or sample point) that is not a
 * valid scenario, found before anything runs: a value in range may still make no valid scenario
 * in one item (an offer opening after it closes), which would otherwise fail inside a worker.
 */
import { InputError, scenarioFromObject, type InputIssue } from "../../scenario/index";

/** Its index and what is wrong; null when every scenario is valid. Other errors are thrown. */
export function firstInvalidScenario(scenarios: readonly unknown[]): { index: number; issues: readonly InputIssue[] } | null {
  for (let index = 0; index < scenarios.length; index++) {
    try {
      scenarioFromObject(scenarios[index]);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { index, issues: error.issues };
    }
  }
  return null;
}
