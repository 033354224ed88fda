/**
 * Files the page reads: at most MAX_UPLOAD_BYTES, refused by their size before they are read (a
 * 50 MB file of "[" used to take the tab down). Larger scenarios (an army of millions with its
 * thresholds listed) run with the command line.
 */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

/** The refusal for a file of `bytes`, or null when the page can read it. */
export function uploadRefusal(name: string, bytes: number): string | null {
  if (bytes <= MAX_UPLOAD_BYTES) return null;
  const mb = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString("en-US")} MB`;
  return `${name} is ${mb(bytes)}, above the page's limit of ${mb(MAX_UPLOAD_BYTES)}, so it was not read (nothing was changed); run it with the command line (defection run or defection compare).`;
}

/** The notice when a loaded scenario could not be kept in this browser's storage (too large, or storage off). */
export function notKeptNotice(name: string): string {
  return `${name} is not kept in this browser (too large for its storage, or storage is off): after a reload the page shows the default scenario. Keep the file to load it again.`;
}
