/** `defection tipping`: the value of one parameter at which the cascade probability crosses a level. */
import { scenarioFromObject } from "../../scenario";
import { runTippingSearch, tippingParameter } from "../../batch/tippingJob";
import { booleanFlag, parseArgs, stringFlag, type FlagSpecs } from "../args";
import { commonFlags, seedFlag } from "../commonFlags";
import { oneFile } from "../oneFile";
import { UsageError } from "../usageError";
import { wholeNumber } from "../wholeNumber";
import { readScenarioSource, withWhere } from "../readScenario";
import { writeChunk, type Io } from "../io";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";

/** The defaults of `defection tipping`: the page's "Tipping point" reads the same object. */
export const TIPPING_DEFAULTS = BATCH_DEFAULTS.tipping;

export const TIPPING_FLAGS: FlagSpecs = {
  param: { type: "string" },
  level: { type: "string" },
  range: { type: "string" },
  ...commonFlags("runs", "seed", "json", "allow-files-outside", "help"),
};

export async function tippingCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, TIPPING_FLAGS, "tipping");
  const path = oneFile(args, "SCENARIO.json", "tipping");
  const param = stringFlag(args, "param") ?? TIPPING_DEFAULTS.param;
  const parameter = tippingParameter(param);
  const levelText = stringFlag(args, "level") ?? String(TIPPING_DEFAULTS.level);
  const level = Number(levelText);
  if (!(level > 0 && level < 1)) throw new UsageError(`--level must be a probability between 0 and 1 (exclusive), got ${JSON.stringify(levelText)}`, "tipping");
  const rangeText = stringFlag(args, "range");
  const range = rangeText === undefined ? ([parameter.min, parameter.max] as [number, number]) : parseRange(rangeText);
  const runs = wholeNumber("--runs", stringFlag(args, "runs") ?? String(TIPPING_DEFAULTS.runs), 1, TIPPING_DEFAULTS.maxRuns, "tipping");
  const source = readScenarioSource(path, [], { allowOutside: booleanFlag(args, "allow-files-outside") });
  const scenario = withWhere(source.where, () => scenarioFromObject(source.object, source.readText));
  const seed = seedFlag(args, "tipping") ?? scenario.parameters.seed;
  const job = { scenario: source.object, path: param, range, level, runs, seed };
  const result = runTippingSearch(job, { readText: source.readText, validate: (load) => withWhere(source.where, load) });
  if (booleanFlag(args, "json")) await writeChunk(io.stdout, JSON.stringify(result, null, 2) + "\n");
  else
    await writeChunk(
      io.stdout,
      `${param}: the cascade probability crosses ${level} at ${fmt(result.value)} (95% interval ${fmt(result.low)} to ${fmt(result.high)}); ` +
        `${fmt(result.atLow)} at ${range[0]}, ${fmt(result.atHigh)} at ${range[1]}; ${result.ensembles} ensembles of ${runs} runs\n`,
    );
  return 0;
}

function parseRange(text: string): [number, number] {
  const match = /^(-?[\d.]+(?:e-?\d+)?):(-?[\d.]+(?:e-?\d+)?)$/.exec(text);
  const lo = match ? Number(match[1]) : NaN;
  const hi = match ? Number(match[2]) : NaN;
  if (!(lo < hi)) throw new UsageError(`--range needs LOW:HIGH with LOW < HIGH, got ${JSON.stringify(text)}`, "tipping");
  return [lo, hi];
}

const fmt = (x: number) => String(Number(x.toPrecision(6)));
