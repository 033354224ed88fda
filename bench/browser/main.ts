// Starts the bench worker and exposes its answer to the driver (bench/browser.ts) on window.
const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
const params = new URLSearchParams(location.search);
(window as unknown as { benchResult: Promise<unknown> }).benchResult = new Promise((resolve, reject) => {
  worker.onmessage = (event) => resolve(event.data);
  worker.onerror = (event) => reject(new Error(event.message));
  worker.postMessage({ model: params.get("model") ?? "full", size: Number(params.get("size")), runs: Number(params.get("runs")) });
});
