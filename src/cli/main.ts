/** Entry point of the `defection` command (bin/defection.js loads this file through tsx). */
import { cli } from "./cli";
import { checkedStream, StreamWriteError } from "./checkedStream";

const stdout = checkedStream(process.stdout, "standard output");
const stderr = checkedStream(process.stderr, "standard error");

let code = await cli(process.argv.slice(2), { stdout, stderr });
try {
  await stdout.flush();
} catch (error) {
  code = exitCodeOf(error as StreamWriteError, code);
}
process.exitCode = code;

/**
 * A closed pipe (`defection run ... | head`) exits 141, as a process killed by SIGPIPE does, with no
 * message (the reader chose to stop); any other failure to write (a full disk) is an error.
 */
function exitCodeOf(error: StreamWriteError, code: number): number {
  if (error.code === "EPIPE") return 141;
  process.stderr.write(`defection: ${error.message}\n`);
  return code === 0 ? 1 : code;
}
