/**
 * A read-only handle on what the diagnostics panel shows, for automated checks of a
 * running page (leaks, soak): `window.__rnnNotebook`. It changes nothing; asking for
 * worker stats only makes the workers report their tensor counts.
 */
import { requestWorkerStats, workerStatuses, type WorkerStatus } from '../worker/registry';
import { loadTf, readTf } from './tf-diagnostics';

export interface PageDiagnostics {
  workers(): readonly WorkerStatus[];
  requestWorkerStats(): void;
  /** Live tensors on the main thread (loads tfjs-core on first use, as the panel does). */
  mainTensors(): Promise<number>;
}

declare global {
  interface Window {
    __rnnNotebook?: PageDiagnostics;
  }
}

export function installPageDiagnostics(): void {
  if (typeof window === 'undefined' || window.__rnnNotebook) return;
  const handle: PageDiagnostics = {
    workers: workerStatuses,
    requestWorkerStats,
    mainTensors: async () => readTf(await loadTf()).numTensors,
  };
  Object.defineProperty(window, '__rnnNotebook', { value: Object.freeze(handle), writable: false, configurable: false });
}
