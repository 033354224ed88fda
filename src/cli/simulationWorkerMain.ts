/**
 * A worker thread that runs simulations for the main thread: it is told each variant's model
 * inputs once, then runs (variant, seed) tasks and sends back series (transferred, not copied)
 * and summaries.
 */
import { parentPort } from "node:worker_threads";
import { simulate, type ModelParams } from "../model";
import type { PoolReply, PoolRequest } from "./simulationPool";

const port = parentPort!;
const paramsByVariant = new Map<number, ModelParams>();

port.on("message", (message: PoolRequest) => {
  if (message.type === "params") {
    paramsByVariant.set(message.variant, message.params);
    return;
  }
  if (message.type === "forget") {
    paramsByVariant.delete(message.variant);
    return;
  }
  try {
    const { series, summary } = simulate(paramsByVariant.get(message.variant)!, message.seed);
    const reply: PoolReply = { id: message.id, series, summary };
    port.postMessage(reply, Object.values(series).map((a) => a.buffer as ArrayBuffer));
  } catch (error) {
    port.postMessage({ id: message.id, error: (error as Error).message } satisfies PoolReply);
  }
});
