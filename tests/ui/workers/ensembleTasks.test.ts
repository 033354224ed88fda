/** The run-major task list of an ensemble and its seeds. */
import { describe, expect, it } from "vitest";
import { ensembleSeed } from "../../../src/ensemble/ensembleSeed";
import { ensembleTasks } from "../../../src/ui/workers/ensembleTasks";
import { two } from "../compare/comparisonData";

describe("ensembleTasks", () => {
  it("orders tasks run by run with the seeds of ensembleSeed, with and without common random numbers", () => {
    for (const crn of [true, false]) {
      const c = { ...two(), commonRandomNumbers: crn };
      const tasks = ensembleTasks(c);
      expect(tasks.length).toBe(12);
      expect(tasks.slice(0, 3).map((t) => [t.run, t.variant])).toEqual([[0, 0], [0, 1], [1, 0]]);
      for (const t of tasks) expect(t.seed).toBe(ensembleSeed(11, t.variant, t.run, 6, crn));
    }
  });
});
