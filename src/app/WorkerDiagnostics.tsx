/**
 * The diagnostics panel's compute workers: one line per live worker (its running
 * task, backend and tensor count), and a button that restarts them all, as a crash
 * would, to show a class (or a test) that the widgets recover.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { requestWorkerStats, restartWorkers, subscribeWorkers, workerStatuses, type WorkerStatus } from '../worker/registry';
import { useT, type MessageKey } from './i18n';

const POLL_MS = 1000;
/** Said in the widget's crash message (whose detail stays in English, like the worker's own errors). */
export const RESTART_REASON = 'ended from the diagnostics panel';

function useWorkers(): readonly WorkerStatus[] {
  const workers = useSyncExternalStore(subscribeWorkers, workerStatuses, workerStatuses);
  useEffect(() => {
    requestWorkerStats();
    const timer = setInterval(requestWorkerStats, POLL_MS);
    return () => clearInterval(timer);
  }, []);
  return workers;
}

function describe(w: WorkerStatus, t: (key: MessageKey) => string): string {
  if (!w.alive) return t('diagWorkerStopped');
  const parts = [w.running.length > 0 ? w.running.join(', ') : t('diagWorkerIdle')];
  if (w.backend) parts.push(w.backendNote ? `${w.backend} (${w.backendNote})` : w.backend);
  if (w.tensors !== null) parts.push(`${w.tensors} ${t('diagWorkerTensors')}`);
  return parts.join(' · ');
}

export function WorkerDiagnostics() {
  const t = useT();
  const workers = useWorkers();
  const alive = workers.filter((w) => w.alive).length;
  return (
    <>
      <dt>{t('diagWorkers')}</dt>
      <dd data-diag="workers" data-count={workers.length}>
        {workers.length === 0 ? t('diagNoWorkers') : (
          <ul>{workers.map((w) => <li key={w.id} data-worker={w.id} data-alive={w.alive} data-backend={w.backend ?? ''} data-tensors={w.tensors ?? ''}>{describe(w, t)}</li>)}</ul>
        )}
        <button type="button" className="diag-restart" onClick={() => restartWorkers(RESTART_REASON)} disabled={alive === 0}
          title={t('diagRestartHelp')}>{t('diagRestartWorkers')}</button>
      </dd>
    </>
  );
}
