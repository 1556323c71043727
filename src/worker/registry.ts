/**
 * The live compute workers of the page, for the diagnostics panel: every compute
 * client registers here when made and leaves when disposed. The panel lists them,
 * asks them for their tensor counts, and can restart them all (each is terminated
 * as if it had crashed, so its widget says so and starts a fresh one).
 */

export interface WorkerStatus {
  id: number;
  /** A worker thread was made at least once (clients make theirs with their first job). */
  started: boolean;
  /** A worker thread exists now (false after a crash, until the next job). */
  alive: boolean;
  /** The tasks of the jobs running now, e.g. ['lm-train']. */
  running: string[];
  /** The tfjs backend the worker runs on, once it said; with the reason when it fell back. */
  backend: string | null;
  backendNote: string | null;
  /** Live tensors in the worker, from its last stats answer. */
  tensors: number | null;
  bytes: number | null;
}

export interface WorkerHandle {
  status(): WorkerStatus;
  /** Terminates the worker as a crash would; the next job starts a fresh one. */
  restart(reason: string): void;
  /** Asks the worker for its tensor count (answered asynchronously). */
  requestStats(): void;
}

const handles = new Map<number, WorkerHandle>();
const listeners = new Set<() => void>();
let nextId = 1;
let snapshot: readonly WorkerStatus[] = [];

function changed(): void {
  snapshot = [...handles.values()].map((h) => h.status());
  listeners.forEach((l) => l());
}

/** Adds a client; call `changed` whenever its status changes and `unregister` on dispose. */
export function registerWorker(make: (id: number) => WorkerHandle): { id: number; changed(): void; unregister(): void } {
  const id = nextId++;
  handles.set(id, make(id));
  changed();
  return {
    id,
    changed: () => handles.has(id) && changed(),
    unregister: () => {
      if (handles.delete(id)) changed();
    },
  };
}

/** The registered workers (a stable array between changes, for useSyncExternalStore). */
export function workerStatuses(): readonly WorkerStatus[] {
  return snapshot;
}

export function subscribeWorkers(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function restartWorkers(reason: string): void {
  [...handles.values()].forEach((h) => h.restart(reason));
}

export function requestWorkerStats(): void {
  handles.forEach((h) => h.requestStats());
}
