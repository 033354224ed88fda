// Entry of a worker thread of bench/pageEnsemble.ts: the worker is TypeScript, loaded through tsx.
import { register } from "tsx/esm/api";

register();
await import("./pageEnsembleWorkerMain.ts");
