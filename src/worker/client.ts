/**
 * The page side of the compute worker. One worker per widget that trains, made by
 * the widget and terminated when it unmounts. Each channel keeps only its latest
 * job: starting a new one cancels the previous (latest request wins). A worker that
 * dies is restarted, and running jobs fail with a message the widget shows. Each
 * client is listed in the worker registry (the diagnostics panel) while it lives.
 */
import type { FromWorker, ToWorker } from './protocol';
import { registerWorker, type WorkerStatus } from './registry';

export interface JobHandlers<P, R> {
  onProgress?(payload: P): void;
  onResult?(result: R): void;
  onError?(message: string): void;
}

export interface ComputeClient {
  /** Starts `task` on `channel`, cancelling that channel's previous job. */
  run<P = unknown, R = unknown>(channel: string, task: string, payload: unknown, handlers: JobHandlers<P, R>): void;
  cancel(channel: string): void;
  /** Called with a message when the worker died and was restarted. */
  onCrash(listener: (message: string) => void): () => void;
  /** The tfjs backend the worker uses, once known. */
  backend(): string | undefined;
  dispose(): void;
}

/** Prefix of the message widgets show after a crash (their translations match on it). */
export const CRASH_MESSAGE = 'The computation stopped unexpectedly';

export function createComputeClient(makeWorker: () => Worker): ComputeClient {
  let worker: Worker | null = null;
  let nextJob = 1;
  let backendName: string | undefined;
  let backendNote: string | null = null;
  let memory: Pick<WorkerStatus, 'tensors' | 'bytes'> = { tensors: null, bytes: null };
  const jobs = new Map<number, { channel: string; task: string; handlers: JobHandlers<unknown, unknown> }>();
  const latest = new Map<string, number>();
  const crashListeners = new Set<(message: string) => void>();
  let disposed = false;
  let started = false;

  const registration = registerWorker((id) => ({
    status: () => ({ id, started, alive: worker !== null, running: [...jobs.values()].map((j) => j.task), backend: backendName ?? null, backendNote, ...memory }),
    restart: (reason) => worker && crash(reason),
    requestStats: () => worker?.postMessage({ type: 'stats' } satisfies ToWorker),
  }));

  const send = (message: ToWorker) => {
    ensure().postMessage(message);
    registration.changed();
  };

  const fail = (message: string) => {
    for (const { handlers } of jobs.values()) handlers.onError?.(message);
    jobs.clear();
    latest.clear();
    crashListeners.forEach((l) => l(message));
    registration.changed();
  };

  /** Ends the worker as a crash does; a fresh one starts with the next job. */
  function crash(reason: string): void {
    worker?.terminate();
    worker = null;
    memory = { tensors: null, bytes: null };
    if (!disposed) fail(`${CRASH_MESSAGE} (${reason}); it was restarted.`);
  }

  function ensure(): Worker {
    if (worker) return worker;
    const w = makeWorker();
    started = true;
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'ready' || m.type === 'stats') {
        if (m.type === 'ready') {
          backendName = m.backend;
          backendNote = m.note ?? null;
        } else memory = { tensors: m.numTensors, bytes: m.numBytes };
        registration.changed();
        return;
      }
      const job = jobs.get(m.job);
      if (!job) {
        if (m.type === 'error' && m.job === -1) fail(m.message);
        return;
      }
      if (m.type === 'progress') job.handlers.onProgress?.(m.payload);
      else {
        jobs.delete(m.job);
        if (latest.get(job.channel) === m.job) latest.delete(job.channel);
        if (m.type === 'result') job.handlers.onResult?.(m.payload);
        else job.handlers.onError?.(m.message);
        registration.changed();
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      crash(event.message || 'worker error');
    };
    worker = w;
    return w;
  }

  return {
    run(channel, task, payload, handlers) {
      const previous = latest.get(channel);
      if (previous !== undefined) {
        jobs.delete(previous);
        send({ type: 'cancel', job: previous });
      }
      const job = nextJob++;
      jobs.set(job, { channel, task, handlers: handlers as JobHandlers<unknown, unknown> });
      latest.set(channel, job);
      send({ type: 'start', job, task, payload });
    },
    cancel(channel) {
      const job = latest.get(channel);
      if (job === undefined) return;
      jobs.delete(job);
      latest.delete(channel);
      send({ type: 'cancel', job });
    },
    onCrash(listener) {
      crashListeners.add(listener);
      return () => crashListeners.delete(listener);
    },
    backend: () => backendName,
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      jobs.clear();
      latest.clear();
      crashListeners.clear();
      registration.unregister();
    },
  };
}
