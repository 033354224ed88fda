/**
 * The stem of an exported file's name for a job with a name and a master seed (a comparison, a
 * sweep, a sensitivity analysis): the name made safe for a file name, at most 80 characters, then
 * the seed, so two exports of one job with other seeds do not overwrite each other.
 */

/** `fallback` alone when there is no job yet, or stands in for a name with nothing safe left. */
export function exportFileStem(job: { name: string; masterSeed: number } | null | undefined, fallback: string): string {
  if (!job) return fallback;
  return `${job.name.replace(/[^\w.-]+/g, "_").slice(0, 80) || fallback}-seed${job.masterSeed}`;
}
