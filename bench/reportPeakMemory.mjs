// Preloaded into a child process by bench/cliMemory.ts (node --import): at exit, writes the process's
// peak resident set size (bytes) and its wall time since start to the file named by DEFECTION_PEAK_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.DEFECTION_PEAK_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024, seconds: process.uptime() }));
  });
}
