import { UsageError } from "./usageError";

/** `--shard i/n`: the i-th of n slices of a batch (1 <= i <= n), for spreading it over machines. */
export function parseShard(text: string, command: string): [number, number] {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const [i, n] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(n >= 1 && i >= 1 && i <= n)) throw new UsageError(`--shard needs i/n with 1 <= i <= n (e.g. --shard 2/4), got ${JSON.stringify(text)}`, command);
  return [i, n];
}
