/** Plain words for file system errors and for what a path is, shared by inputs and outputs. */
import type { Stats } from "node:fs";

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EISDIR") return "a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOSPC") return "no space left on the device";
  if (code === "EROFS") return "a read-only file system";
  if (code === "EFBIG") return "the file is too large for its file system";
  if (code === "ENOTDIR") return "a part of the path is not a folder";
  if (code === "ELOOP") return "too many symbolic links";
  return (error as Error).message;
}

/** What a path is, for messages: "a folder", "a device", ... or null for a regular file. */
export function nonRegularKind(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return "a folder";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}
