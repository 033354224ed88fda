/**
 * A Node worker thread running the page's own worker code (workers/simulationWorker.ts: its
 * prepareEnsemble and runBatch), for bench/pageEnsemble.ts. Series buffers go back transferred,
 * as comlink transfers them in the page.
 */
import { parentPort } from "node:worker_threads";
import { api } from "../workers/simulationWorker";
import type { EnsembleTask } from "../workers/protocol";

type Request = { type: "prepare"; id: number; scenarios: unknown[] } | { type: "batch"; id: number; tasks: EnsembleTask[] };

const port = parentPort!;
port.on("message", async (message: Request) => {
  if (message.type === "prepare") {
    api.prepareEnsemble(message.id, message.scenarios);
    port.postMessage({ prepared: true });
    return;
  }
  const output = await api.runBatch(message.id, message.tasks);
  port.postMessage(output, [...new Set(output.runs.flatMap((r) => Object.values(r.series).map((a) => a.buffer as ArrayBuffer)))]);
});
