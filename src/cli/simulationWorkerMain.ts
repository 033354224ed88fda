/**
 * A worker thread that runs simulations for the main thread: it is told each variant's model
 * inputs once, then runs (variant, seed) tasks and sends back series (transferred, not copied)
 * and summaries. The last run's soldiers and graph are kept for the next run with the same seed
 * and the same drawing parameters (a comparison's variants under common random numbers, handed to
 * one thread one after another): drawn once, and the kernels' per-population orders built once.
 */
import { parentPort } from "node:worker_threads";
import { Simulation, type ModelParams } from "../model";
import { RunInputsCache } from "../model/kernels/state/runInputsCache";
import type { PoolReply, PoolRequest } from "./simulationPool";

const port = parentPort!;
const paramsByVariant = new Map<number, ModelParams>();
const inputs = new RunInputsCache();

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
    const params = paramsByVariant.get(message.variant)!;
    const { series, summary } = new Simulation(params, message.seed, inputs.inputsFor(params, message.seed)).result();
    const reply: PoolReply = { id: message.id, series, summary };
    port.postMessage(reply, Object.values(series).map((a) => a.buffer as ArrayBuffer));
  } catch (error) {
    port.postMessage({ id: message.id, error: (error as Error).message } satisfies PoolReply);
  }
});
