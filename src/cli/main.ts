/** Entry point of the `defection` command (bin/defection.js loads this file through tsx). */
import { cli } from "./cli";

// A closed pipe (`defection run ... | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await cli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
