/**
 * Messages between the page and the compute worker. A job is a named task with a
 * JSON-able payload; the worker streams progress and ends with a result or an
 * error. Numbers travel as typed arrays (transferred, not copied) where large.
 */
export interface JobRequest {
  type: 'start';
  job: number;
  task: string;
  payload: unknown;
}

export interface JobCancel {
  type: 'cancel';
  job: number;
}

/** Asks for the worker's live tensor count (answered with a 'stats' message). */
export interface StatsRequest {
  type: 'stats';
}

export type ToWorker = JobRequest | JobCancel | StatsRequest;

/** tf.memory() of the worker, as far as the diagnostics panel needs it. */
export interface WorkerMemory {
  numTensors: number;
  numBytes: number;
}

export type FromWorker =
  | { type: 'ready'; backend: string; note?: string }
  | ({ type: 'stats' } & WorkerMemory)
  | { type: 'progress'; job: number; payload: unknown }
  | { type: 'result'; job: number; payload: unknown }
  | { type: 'error'; job: number; message: string };

/** What a task gets besides its payload. */
export interface TaskContext {
  /** Send an intermediate result to the page. */
  progress(payload: unknown, transfer?: Transferable[]): void;
  /** True once the page has cancelled this job (or started a newer one on its channel). */
  cancelled(): boolean;
  /** Lets the worker read messages (cancellation) between chunks of work. */
  yieldToEvents(): Promise<void>;
}

export type Task = (payload: unknown, context: TaskContext) => Promise<{ result: unknown; transfer?: Transferable[] }>;
