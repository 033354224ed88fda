import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvParse } from "d3";
import { simulate, SERIES_COLUMNS } from "../../src/model";
import { loadScenario, scenarioFromObject, setParameter, toModelParams } from "../../src/scenario";
import { SERIES_HEADER, SUMMARY_HEADER, SUMMARY_COLUMNS } from "../../src/output/runCsv";
import { ROOT, runCli } from "./runCli";
import { memoryIo } from "./memoryIo";
import { cli } from "../../src/cli/cli";

const SCENARIO = "scenarios/asylum-offer-deadline.json";
const file = loadScenario(readFileSync(join(ROOT, SCENARIO), "utf8"));
const S = file.parameters.seed;
const DAYS = file.parameters.army.days;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "defection-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const num = (cell: string | undefined) => (cell === "" || cell === undefined ? null : cell === "true" ? true : cell === "false" ? false : Number(cell));

describe("defection run", () => {
  it("writes 3 runs of series and summary that equal simulate() with seeds S, S+1, S+2", () => {
    const out = join(dir, "series.csv");
    const summary = join(dir, "summary.csv");
    const result = runCli("run", SCENARIO, "--runs", "3", "--out", out, "--summary", summary);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");

    const seriesText = readFileSync(out, "utf8");
    const series = csvParse(seriesText);
    expect(series.columns).toEqual([...SERIES_HEADER]);
    expect(series.length).toBe(3 * (DAYS + 1));

    const summaries = csvParse(readFileSync(summary, "utf8"));
    expect(summaries.columns).toEqual([...SUMMARY_HEADER]);
    expect(summaries.map((row) => Number(row.seed))).toEqual([S, S + 1, S + 2]);

    const params = toModelParams(file);
    for (let run = 0; run < 3; run++) {
      const expected = simulate(params, S + run);
      const rows = series.filter((row) => row.run === String(run));
      expect(rows.length).toBe(DAYS + 1);
      rows.forEach((row, day) => {
        expect(row.scenario).toBe("asylum-offer-deadline");
        expect(Number(row.seed)).toBe(S + run);
        expect(Number(row.day)).toBe(day);
        for (const column of SERIES_COLUMNS) expect(Number(row[column]), `${column} on day ${day}`).toBe(expected.series[column][day]);
      });
      const row = summaries[run];
      expect(row.scenario).toBe("asylum-offer-deadline");
      expect(Number(row.run)).toBe(run);
      for (const column of SUMMARY_COLUMNS) expect(num(row[column]), column).toBe(expected.summary[column]);
    }
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("prints the summary CSV to stdout without --summary", () => {
    const result = runCli("run", SCENARIO, "--runs", "2", "--seed", "7");
    expect(result.status).toBe(0);
    const rows = csvParse(result.stdout);
    expect(rows.columns).toEqual([...SUMMARY_HEADER]);
    expect(rows.map((row) => row.seed)).toEqual(["7", "8"]);
  });

  it("prints the summaries as a JSON array with --json", () => {
    const result = runCli("run", SCENARIO, "--runs", "4", "--json");
    expect(result.status).toBe(0);
    const summaries = JSON.parse(result.stdout) as Array<{ seed: number; run: number; scenario: string }>;
    expect(summaries).toHaveLength(4);
    expect(summaries.map((s) => s.seed)).toEqual([S, S + 1, S + 2, S + 3]);
    expect(summaries[3]).toMatchObject({ scenario: "asylum-offer-deadline", run: 3 });
  });

  it("gives byte-identical files for the same seed", () => {
    const a = join(dir, "a.csv");
    const b = join(dir, "b.csv");
    expect(runCli("run", SCENARIO, "--runs", "2", "--seed", "42", "--out", a, "--summary", b).status).toBe(0);
    const again = runCli("run", SCENARIO, "--runs", "2", "--seed", "42");
    expect(readFileSync(b, "utf8")).toBe(again.stdout);
    // The same seed through --seed and from the scenario's parameters.seed: the first run of test 1.
    const first = runCli("run", SCENARIO, "--runs", "1", "--seed", String(S), "--out", a);
    const fromTest1 = readFileSync(join(dir, "series.csv"), "utf8").split("\n").slice(0, DAYS + 2).join("\n") + "\n";
    expect(first.status).toBe(0);
    expect(readFileSync(a, "utf8")).toBe(fromTest1);
  });

  it("applies --set: an offer of no attractiveness gives exactly the changed model's result, with no more defections", () => {
    const base = simulate(toModelParams(file), S).summary;
    const changedFile = scenarioFromObject(setParameter(JSON.parse(readFileSync(join(ROOT, SCENARIO), "utf8")), "offer.attractiveness", 0));
    const expected = simulate(toModelParams(changedFile), S).summary;
    const result = runCli("run", SCENARIO, "--json", "--set", "offer.attractiveness=0");
    expect(result.status).toBe(0);
    const [changed] = JSON.parse(result.stdout) as Array<typeof expected>;
    expect(changed).toEqual({ scenario: "asylum-offer-deadline", run: 0, ...expected });
    expect(changed.finalDefected).toBeLessThanOrEqual(base.finalDefected);
    expect(changed).not.toEqual({ scenario: "asylum-offer-deadline", run: 0, ...base });
  });

  it.each([
    ["army.size=-5", "parameters.army.size", "-5"],
    ["offer.nope=1", "parameters.offer", "nope"],
    ["__proto__.x=1", "__proto__.x", "not a parameter path"],
  ])("rejects --set %s with exit 1, naming the field", (set, field, detail) => {
    const result = runCli("run", SCENARIO, "--set", set);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(field);
    expect(result.stderr).toContain(detail);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("exits 2 on an unknown flag, with a hint to --help", () => {
    const result = runCli("run", SCENARIO, "--bogus");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe('defection run: unknown flag --bogus\nRun "defection run --help" for usage.\n');
  });

  it.each([
    [["--runs", "0"], "--runs must be a whole number from 1 to 100000"],
    [["--runs", "1.5"], "--runs must be a whole number from 1 to 100000"],
    [["--seed", "-1"], "--seed must be a whole number from 0 to 4294967295"],
    [["--seed", "4294967296"], "--seed must be a whole number from 0 to 4294967295"],
    [["--bogus"], "unknown flag --bogus"],
    [["--runs", "10", "--runs", "20"], "--runs is given more than once"],
    [["--out"], "--out needs a value"],
    [["--json=yes"], "--json takes no value"],
    [["--set", "novalue"], "--set needs key=value"],
    [["other.json"], "unexpected argument"],
  ])("usage error %j exits 2 with a hint to --help (in-process)", async (flags, message) => {
    const io = memoryIo();
    expect(await cli(["run", SCENARIO, ...flags], io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).toContain('Run "defection run --help" for usage.');
    expect(io.out()).toBe("");
  });

  it("exits 2 without a scenario (in-process)", async () => {
    const io = memoryIo();
    expect(await cli(["run", "--runs", "2"], io)).toBe(2);
    expect(io.err()).toContain("missing SCENARIO.json");
  });

  it("reports a missing scenario file with exit 1 and an unwritable --out without leaving files", () => {
    const missing = runCli("run", "no-such-scenario.json");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no-such-scenario.json");
    const unwritable = runCli("run", SCENARIO, "--out", join(dir, "no-folder", "x.csv"));
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr).toContain("--out");
  });
});

describe("defection run on a terminal", () => {
  it("shows the summary with a file name's control characters escaped, and writes them as they are into a pipe", async () => {
    const folder = mkdtempSync(join(tmpdir(), "run-tty-"));
    try {
      const path = join(folder, "evil\x1b[31m.json");
      writeFileSync(path, JSON.stringify({ name: "tiny", parameters: { army: { size: 50, days: 5 } } }));
      const tty = memoryIo();
      (tty.stdout as { isTTY?: boolean }).isTTY = true;
      expect(await cli(["run", path], tty)).toBe(0);
      expect(tty.out()).toContain("evil\\x1b[31m");
      expect(tty.out()).not.toContain("\x1b");
      const pipe = memoryIo();
      expect(await cli(["run", path], pipe)).toBe(0);
      expect(pipe.out()).toContain("evil\x1b[31m");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
