/**
 * A stand-in for the page's module Worker in Node: the real worker API (workers/simulationWorker.ts)
 * exposed with comlink on one end of a real MessageChannel, the other end playing the Worker, so
 * the page's runners and pool run unchanged over a real message boundary. `crash` raises the
 * Worker's "error" event, as an uncaught error in a real worker does.
 */
import * as Comlink from "comlink";
import { api } from "../../../workers/simulationWorker";

export class ChannelWorker extends EventTarget {
  static spawned: ChannelWorker[] = [];
  readonly name: string;
  terminated = false;
  private readonly channel = new MessageChannel();

  constructor(_url: URL | string, options: { name?: string } = {}) {
    super();
    this.name = options.name ?? "";
    Comlink.expose(api, this.channel.port1);
    this.channel.port2.addEventListener("message", (event) => this.dispatchEvent(new MessageEvent("message", { data: (event as MessageEvent).data })));
    this.channel.port2.start();
    ChannelWorker.spawned.push(this);
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (!this.terminated) this.channel.port2.postMessage(message, transfer as never);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }

  /** As an uncaught error inside a worker: the Worker's "error" event with its message. */
  crash(message: string): void {
    const event = new Event("error", { cancelable: true });
    Object.assign(event, { message });
    this.dispatchEvent(event);
  }
}

/** Puts ChannelWorker in place of the global Worker; returns the function that restores it. */
export function useChannelWorkers(): () => void {
  const original = (globalThis as { Worker?: unknown }).Worker;
  ChannelWorker.spawned = [];
  (globalThis as { Worker?: unknown }).Worker = ChannelWorker;
  return () => {
    for (const worker of ChannelWorker.spawned) worker.terminate();
    (globalThis as { Worker?: unknown }).Worker = original;
  };
}
