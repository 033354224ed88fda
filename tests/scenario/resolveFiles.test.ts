import { describe, expect, it } from "vitest";
import { InputError, loadScenario, toModelParams } from "../../src/scenario";

const files: Record<string, string> = {
  "thresholds.csv": "threshold\n0\n0.5\n0.25\n",
  "edges.csv": "from,to\n0,1\n1,2\n",
  "bad.csv": "0.1\nlots\n2\n",
};
const read = (path: string) => {
  if (!(path in files)) throw new Error("no such file");
  return files[path];
};
const scenario = (parameters: object) => JSON.stringify({ name: "files", parameters });

describe("file references", () => {
  it("reads thresholds from a CSV file (header skipped) and an edge list", () => {
    const file = loadScenario(
      scenario({ army: { size: 3 }, thresholds: { distribution: "file", file: "thresholds.csv" }, observation: { scope: "network" }, network: { type: "edges", file: "edges.csv" } }),
      read,
    );
    const params = toModelParams(file);
    // Typed from the file on (8 bytes a threshold), never an array of numbers.
    expect(params.thresholds.kind === "list" && params.thresholds.values).toBeInstanceOf(Float64Array);
    expect(params.thresholds).toEqual({ kind: "list", values: Float64Array.from([0, 0.5, 0.25]) });
    expect(params.network).toEqual({ kind: "edges", edges: Int32Array.from([0, 1, 1, 2]) });
  });

  it("checks what came from the file against the army", () => {
    expect(() => loadScenario(scenario({ army: { size: 4 }, thresholds: { distribution: "file", file: "thresholds.csv" } }), read)).toThrow(
      /parameters\.thresholds\.values: has 3 thresholds but 4 soldiers/,
    );
  });

  it("names the file and line of a bad value", () => {
    expect(() => loadScenario(scenario({ army: { size: 3 }, thresholds: { distribution: "file", file: "bad.csv" } }), read)).toThrow(/bad\.csv:2: "lots" is not a number: write a threshold from 0 to 1 in decimal/);
  });

  it("names a missing file, and says when files cannot be read at all", () => {
    expect(() => loadScenario(scenario({ thresholds: { distribution: "file", file: "missing.csv" } }), read)).toThrow(/cannot read "missing.csv"/);
    try {
      loadScenario(scenario({ thresholds: { distribution: "file", file: "thresholds.csv" } }), null);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues[0].path).toBe("parameters.thresholds.file");
    }
  });
});

describe("file references in events", () => {
  it("reads a mobilisation's thresholds from a CSV file, like the army's", () => {
    const file = loadScenario(
      scenario({ army: { size: 2, days: 10 }, thresholds: { distribution: "list", values: [0.1, 0.2] }, events: [{ type: "mobilisation", day: 3, count: 3, thresholds: { distribution: "file", file: "thresholds.csv" } }] }),
      read,
    );
    const event = toModelParams(file).events[0];
    expect(event.kind === "mobilisation" && event.thresholds).toEqual({ kind: "list", values: Float64Array.from([0, 0.5, 0.25]) });
  });

  it("names the event's field when its file is bad", () => {
    expect(() =>
      loadScenario(scenario({ army: { size: 2, days: 10 }, events: [{ type: "mobilisation", day: 3, count: 3, thresholds: { distribution: "file", file: "bad.csv" } }] }), read),
    ).toThrow(/bad\.csv:2/);
    try {
      loadScenario(scenario({ army: { size: 2, days: 10 }, events: [{ type: "mobilisation", day: 3, count: 3, thresholds: { distribution: "file", file: "thresholds.csv" } }] }), null);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues[0].path).toBe("parameters.events[0].thresholds.file");
    }
  });
});
