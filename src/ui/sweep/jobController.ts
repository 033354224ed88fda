/**
 * The shape the sweep and levers controllers share: what their view hands them, and the run,
 * cancel and running calls of work that runs on the page's one pool of workers as `user`.
 */
import type { ScenarioFile } from "../../scenario/index";
import type { MessageArea } from "../messageArea";
import type { WorkerPool } from "../workers/workerPool";
import type { SweepProgress } from "./sweepProgress";

export interface JobControllerOptions<Form> {
  pool: WorkerPool;
  form: Form;
  messages: MessageArea;
  progress: SweepProgress;
  current(): { scenario: ScenarioFile; label: string };
  render(): void;
  /** Asks for a (throttled) redraw; `flushDraw` draws what is pending at once. */
  requestDraw(): void;
  flushDraw(): void;
  clearDraw(): void;
}

export interface JobController {
  /** Whether this controller's work holds the pool. */
  running(): boolean;
  run(): Promise<void>;
  cancel(): void;
}

/** Whether work that runs on `pool` as `user` holds it, and cancelling that work only. */
export function poolWork(pool: WorkerPool, user: string): Pick<JobController, "running" | "cancel"> {
  const running = () => pool.runningFor === user;
  return {
    running,
    cancel() {
      if (running()) pool.cancel();
    },
  };
}
