// Entry of a worker thread of `defection compare`: the worker is TypeScript, loaded through tsx.
import { register } from "tsx/esm/api";

register();
await import("./simulationWorkerMain.ts");
