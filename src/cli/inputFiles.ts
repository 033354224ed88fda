/**
 * Every file the command line reads. Before reading: it must be a regular file (a device, a FIFO
 * or a folder is refused, so `/dev/zero` is never read) no larger than its kind's cap. JSON is read
 * whole (a UTF-8 byte-order mark is dropped); CSV files are streamed in chunks. Files a scenario
 * names (thresholds, edges) and the base scenario a sweep names are resolved inside the naming
 * file's own folder: no absolute path, no "..", no symbolic link out of it, unless the user
 * passes --allow-files-outside.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { excerpt } from "../scenario/escapeText";
import { describeFsError, nonRegularKind } from "./fileKinds";
import { scenariosFolder } from "./packageRoot";

/** The largest JSON file read (scenario, sweep, comparison): V8 strings stop near 512 MiB. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;
/** The largest CSV file read: 50 million ties of two 8-digit ids is about 900 MB. */
export const MAX_CSV_BYTES = 1024 * 1024 * 1024;
const CHUNK = 1 << 20;

export const ALLOW_OUTSIDE_FLAG = "--allow-files-outside";

/** An Error whose message says why a file cannot be read (for InputError issues). */
class ReadRefused extends Error {}

const mib = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString("en-US")} MB`;

/** Checks `path` is a regular file within `maxBytes`; returns its size. */
function checkReadable(path: string, maxBytes: number): number {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new ReadRefused(describeFsError(error));
  }
  const kind = nonRegularKind(stat);
  if (kind) throw new ReadRefused(`it is ${kind}, not a regular file`);
  if (stat.size > maxBytes) throw new ReadRefused(`it is ${mib(stat.size)}, above the limit of ${mib(maxBytes)} for this kind of file`);
  return stat.size;
}

/** A file's whole text (JSON, a sweep's part), without a byte-order mark. Throws an Error saying why not. */
export function readWholeText(path: string, maxBytes = MAX_JSON_BYTES): string {
  checkReadable(path, maxBytes);
  return [...readChunks(path, maxBytes)].join("");
}

export const readJsonText = (path: string) => readWholeText(path, MAX_JSON_BYTES);

/** A file's text in chunks of about 1 MB (UTF-8 decoded, a byte-order mark dropped), checked before the first read. */
export function streamText(path: string, maxBytes = MAX_CSV_BYTES): Iterable<string> {
  checkReadable(path, maxBytes);
  return { [Symbol.iterator]: () => readChunks(path, maxBytes) };
}

function* readChunks(path: string, maxBytes: number): Generator<string> {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new ReadRefused(describeFsError(error));
  }
  try {
    const decoder = new StringDecoder("utf8");
    const buffer = Buffer.allocUnsafe(CHUNK);
    let total = 0;
    let first = true;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      // The file grew while being read: stop at the cap all the same.
      if (total > maxBytes) throw new ReadRefused(`it grew past the limit of ${mib(maxBytes)} while being read`);
      let text = decoder.write(buffer.subarray(0, n));
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` (resolved, links followed) lies inside `root`; false if either cannot be resolved. */
function within(root: string, path: string): boolean {
  try {
    const inside = relative(realpathSync(root), realpathSync(path));
    return !(inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside));
  } catch {
    return false;
  }
}

/**
 * The package's own scenario library is trusted as a whole: a shipped sweep or sensitivity spec
 * (scenarios/sweeps/, scenarios/sensitivity/) names its shipped base scenario one folder up.
 * Files a user writes stay confined to their own folder.
 */
function withinShippedLibrary(folder: string, full: string): boolean {
  return within(scenariosFolder, folder) && within(scenariosFolder, full);
}

/**
 * The path of a file named by `reference` in a file of `folder`, refused (with why) if it leads
 * out of `folder` and `allowOutside` is false.
 */
export function resolveReference(folder: string, reference: string, allowOutside: boolean): string {
  const full = resolve(folder, reference);
  if (allowOutside || withinShippedLibrary(folder, full)) return full;
  const hint = `files are read inside ${excerpt(folder, 200)} (the folder of the file that names them); to allow more, give ${ALLOW_OUTSIDE_FLAG}`;
  if (isAbsolute(reference) || /^[A-Za-z]:/.test(reference)) throw new ReadRefused(`it is an absolute path; ${hint}`);
  if (reference.split(/[\\/]/).includes("..")) throw new ReadRefused(`it goes up out of the folder (".."); ${hint}`);
  let real: string;
  let realFolder: string;
  try {
    real = realpathSync(full);
    realFolder = realpathSync(folder);
  } catch (error) {
    throw new ReadRefused(describeFsError(error));
  }
  const inside = relative(realFolder, real);
  if (inside === "" || inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside)) throw new ReadRefused(`it is a symbolic link to a file outside the folder; ${hint}`);
  return full;
}
