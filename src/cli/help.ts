/** The --help texts, one per command; usage lines double as the reference in the README. */
import { BATCH_DEFAULTS as D } from "../batch/batchDefaults";

export const HELP: Readonly<Record<string, string>> = {
  "": `defection: simulate defection cascades in armies

Usage:
  defection run SCENARIO.json [options]    run a scenario and write CSV
  defection validate SCENARIO.json         check a scenario file
  defection list                           list the shipped scenarios
  defection compare A.json B.json ...      ensembles of scenarios side by side
  defection calibrate SCENARIO.json ...    fit parameters to historical targets
  defection sweep SWEEP.json --out F       a grid over one or two parameters
  defection merge PARTS... --out F         merge the parts of a sharded sweep
  defection tipping SCENARIO.json ...      where the cascade probability crosses a level
  defection sensitivity SPEC.json --out F  which levers matter (Morris or Sobol indices)

Options:
  -h, --help       show help (also: defection COMMAND --help)
  --version        print the version

Exit codes: 0 ok, 1 bad input (scenario, file, --set value), 2 usage error, 130 interrupted
(Ctrl-C; no half-written file is left), 141 standard output closed early (| head).

Files: outputs must be regular files (or - for standard output) and are written atomically;
files a scenario names are read inside its own folder unless --allow-files-outside is given.
DEFECTION_MEMORY_BYTES lowers the memory a job may plan for (default: 75% of the machine's).
`,
  run: `Usage: defection run SCENARIO.json [options]

Runs the scenario N times with seeds S, S+1, ..., S+N-1 (run r uses seed S + r, so any run can
be repeated alone with --seed S+r --runs 1).

Options:
  --runs N              number of runs, a whole number from 1 to ${D.run.maxRuns} (default ${D.run.runs})
  --seed S              seed of the first run, a whole number from 0 to ${D.maxSeed}
                        (default: the scenario's parameters.seed)
  --set key=value       change a parameter, by its path under "parameters"; repeatable.
                        The value is JSON when it parses (numbers, null, lists), text otherwise.
                        e.g. --set offer.attractiveness=0.2 --set offer.windows.0.close=null
  --out FILE            write the per-day series (long format, one row per run and day)
  --summary FILE        write the per-run summary CSV (one row per run)
  --json                print the per-run summaries to stdout as a JSON array
  --allow-files-outside let the scenario name files outside its own folder
  -h, --help            show this help

Without --summary, the summary CSV is printed to stdout (or JSON with --json); FILE may be -
(standard output) for one of --out and --summary. Files are written atomically: they appear
complete or not at all, also after Ctrl-C.
`,
  validate: `Usage: defection validate SCENARIO.json [--set key=value ...]

Checks a scenario file (and any CSV files it refers to). Prints "ok: NAME", or each problem
with the field it concerns on stderr and exits with code 1.

Options:
  --set key=value       change a parameter before checking; repeatable
  --allow-files-outside let the scenario name files outside its own folder
  -h, --help            show this help
`,
  compare: `Usage: defection compare A.json B.json ... [options]
       defection compare COMPARISON.json [options]

Runs R runs of each scenario (a variant, named after its file) or of each variant of a
comparison file saved by the page, on all cores. Run r of every variant uses seed S + r
(common random numbers), so differences between variants come from their parameters alone.
Prints a table per variant: mean final share (95% interval), probability of a cascade (95%
Wilson interval), median days to 10% and 50%, and the run-by-run difference in final share
to the baseline (median, 5% and 95%).

Options:
  --runs R              runs per variant, 1 to ${D.compare.maxRuns} (default ${D.compare.runs}, or the comparison file's)
  --seed S              master seed (default: the first scenario's seed)
  --baseline NAME       the variant others are compared with, by name or index (default the first)
  --no-crn              give each variant its own seeds (to see what CRN removes)
  --workers N           worker threads (default and at most: one per core; fewer if memory
                        would not hold them, with a message)
  --out FILE            every run's series, long format (variant, run, seed, day, ...)
  --summary FILE        every run's summary (variant, run, seed, ...)
  --json                print the table as JSON (to standard error if an output is -)
  --allow-files-outside let scenarios name files outside their own folders
  -h, --help            show this help
`,
  sweep: `Usage: defection sweep SWEEP.json --out GRID.csv [--shard i/n] [--resume] [--workers N]

Runs every cell of a sweep (one or two parameters, each cell an ensemble with seeds S, S+1, ...)
on all cores. Rows are appended to a part file as cells finish; --resume continues a killed
sweep from it. Without --shard the part file (GRID.csv.part) becomes GRID.csv, sorted by cell,
at the end. With --shard i/n only cells i-1, i-1+n, i-1+2n, ... are run and GRID.csv is the part
file; merge the parts with "defection merge".

Options:
  --out FILE            the grid, or with --shard the part file
  --shard i/n           run the i-th of n balanced slices (1 <= i <= n)
  --resume              continue from the part file (an existing part file is refused
                        without it: resume it, or remove it to start over)
  --workers N           worker threads (default and at most: one per core; fewer if memory
                        would not hold them)
  --allow-files-outside let the sweep name a base scenario outside its own folder
  -h, --help            show this help
`,
  merge: `Usage: defection merge PART.csv ... --out GRID.csv

Merges the parts of a sharded sweep into one grid sorted by cell. Refuses parts from another
spec or program version (a hash on every row), a cell present twice (a part given twice), and
missing cells (a part missing), and a part with a header but no rows. --out - writes the
grid to standard output.
`,
  tipping: `Usage: defection tipping SCENARIO.json [--param PATH] [options]

Finds the value of a parameter that acts in one direction at which the probability of a cascade
crosses a level, by bisection on ensembles with common random numbers, with a 95% interval
(where the Wilson interval of the probability still contains the level).

Options:
  --param PATH          the parameter (default ${D.tipping.param})
  --level P             the cascade probability to cross (default ${D.tipping.level})
  --range LOW:HIGH      where to search (default the parameter's allowed range)
  --runs R              runs per ensemble, 1 to ${D.tipping.maxRuns} (default ${D.tipping.runs})
  --seed S              seed of the first run (default: the scenario's parameters.seed)
  --json                print the result as JSON
  --allow-files-outside let the scenario name files outside its own folder
  -h, --help            show this help
`,
  sensitivity: `Usage: defection sensitivity SPEC.json --out INDICES.csv [--points POINTS.csv] [options]
       defection sensitivity SPEC.json --merge PART.csv ... --out INDICES.csv [--points POINTS.csv]

Which levers matter: a global sensitivity analysis of a scenario over the inputs and ranges of a
sensitivity spec, by Morris screening (mu*, mu, sigma) or Sobol indices (first-order and total),
with 95% bootstrap intervals. Every sample point is an ensemble; run r of every point uses seed
S + r (common random numbers). Prints the ranking of the inputs per output, how much of each
output's variance is simulation noise, and whether the sample is too small.

Rows are appended to POINTS.csv.part as points finish; --resume continues a killed analysis from
it. At the end the points are sorted into POINTS.csv (every point's inputs and outputs) and the
indices written to INDICES.csv. With --shard i/n only points i-1, i-1+n, ... are run and --out is
the part file; merge the parts with --merge (the result is byte-identical to an unsharded run).

Options:
  --out FILE            the indices, or with --shard the part file
  --points FILE         every sample point (default: INDICES-points.csv beside --out)
  --shard i/n           run the i-th of n balanced slices (1 <= i <= n)
  --resume              continue from the part file
  --merge               merge the part files given after SPEC.json
  --workers N           worker threads (default: one per core)
  --allow-files-outside let the spec and its scenario name files outside their own folder
  -h, --help            show this help
`,
  calibrate: `Usage: defection calibrate SCENARIO.json [--target T ...] [options]

Fits parameters so that the scenario meets historical targets (default: the scenario's own
"targets"; captured counts men taken in combat, both counts them with the defected).

--method quick (the default): one or two parameters (--fit), ensemble means against the targets,
the same seeds for every value tried (common random numbers): bisection for one parameter and
one target, Nelder-Mead otherwise. Its interval is NOT a credible interval: for a range target
it is the set of values whose ensemble mean falls in the range; for a single figure (and for
Nelder-Mead) it is simulation noise only. The figures' own uncertainty and every other,
assumed, parameter are left out; the output says which interval it is.

--method abc: approximate Bayesian computation (ABC-SMC, Toni et al. 2009; Beaumont et al.
2009) over every parameter with a prior at once, with the targets' stated uncertainty. The
distance of a run is the root mean square of each target's miss in its standard deviations
(0 inside a range); the tolerance shrinks generation by generation to --tolerance. Every
particle of a generation uses the same run seeds. Prints each parameter's posterior median and
95% credible interval (and says when the targets leave it unidentified), trade-offs between
parameters, and each target against the posterior predictive 95% band; one line per
generation on stderr; a checkpoint after each generation.

Targets: QUANTITY@day=DAY:VALUE, QUANTITY@day=DAY:LOW..HIGH or QUANTITY@days=FROM..TO:VALUE
(the increase over the period), optionally with an uncertainty ±SD or ±PERCENT%. QUANTITY is
defected, caught, aware, loyal, captured (in combat) or both (defected + captured); a VALUE of at
most 1 (or with %) is a share of the army, a larger one a count of soldiers. Without an
uncertainty: a quarter of a range's width, or 10% of a single figure.
e.g. --target "defected@day=365:0.10"   --target "defected@day=2650:3000..5000±500"

Options:
  --method quick|abc    the quick fit (default) or ABC-SMC
  --target T            a target; repeatable (default: the scenario's own "targets")
  --runs R              quick: runs per ensemble, 1 to ${D.calibrate.maxRuns} (default ${D.calibrate.runs});
                        abc: runs per particle, 1 to 1000 (default 4)
  --seed S              seed of the first run (default: the scenario's parameters.seed)
  --set key=value       change a parameter before fitting; repeatable
  --out FILE            write the calibrated scenario (quick: the fitted values; abc: the
                        posterior medians); its assumptions say what was fitted to what
  --json                print the result as JSON
  --allow-files-outside let the scenario name files outside its own folder
  -h, --help            show this help
Quick mode:
  --fit a[,b]           the parameters to fit (default ${D.calibrate.fit})
  --range path=LO:HI    search only LO..HI for a fitted parameter (default: its allowed range)
ABC:
  --prior P             PATH=uniform:LOW:HIGH, PATH=log-uniform:LOW:HIGH or
                        PATH=normal:MEAN:SD[:LOW:HIGH] (truncated to the parameter's range);
                        repeatable (default: the scenario's "priors", else uniform over --fit
                        and --range)
  --particles N         particles per generation, 10 to 100000 (default 200)
  --generations G       at most G generations (default 8)
  --tolerance E         stop once the tolerance reaches E standard deviations (default 1)
  --draws D             posterior draws for the predictive band (default 200)
  --workers N           worker threads (default: one per core); the output does not depend on it
  --posterior FILE      write the last generation's particles and weights (CSV)
  --band FILE           write the posterior predictive band of the cascade curve (CSV, per day)
  --checkpoint FILE     save each generation here (default: --posterior's or --out's name
                        + .checkpoint.json)
  --resume              continue from the checkpoint (same numbers as an uninterrupted run)
`,
  list: `Usage: defection list

Lists the scenarios shipped with the package: file, name and the first sentence of its
description.

Options:
  -h, --help            show this help
`,
};

/** The one-line hint after a usage error. */
export function helpHint(command: string): string {
  return `Run "defection${command ? ` ${command}` : ""} --help" for usage.`;
}
