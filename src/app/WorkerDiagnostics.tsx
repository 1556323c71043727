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

/** The workers that were ever started (a widget's client makes its worker with its first job). */
function useWorkers(): WorkerStatus[] {
  const all = useSyncExternalStore(subscribeWorkers, workerStatuses, workerStatuses);
  const workers = all.filter((w) => w.started);
  useEffect(() => {
    requestWorkerStats();
    const timer = setInterval(requestWorkerStats, POLL_MS);
    return () => clearInterval(timer);
  }, []);
  return workers;
}

function Describe({ w, t }: { w: WorkerStatus; t: (key: MessageKey) => string }) {
  if (!w.alive) return <>{t('diagWorkerStopped')}</>;
  const parts = [];
  if (w.backend) parts.push(w.backendNote ? `${w.backend} (${w.backendNote})` : w.backend);
  if (w.tensors !== null) parts.push(`${w.tensors} ${t('diagWorkerTensors')}`);
  return (
    <>
      {w.running.length > 0 ? w.running.map((task) => <code key={task}>{task}</code>) : t('diagWorkerIdle')}
      {parts.map((p) => ` · ${p}`).join('')}
    </>
  );
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
          <ul>{workers.map((w) => <li key={w.id} data-worker={w.id} data-alive={w.alive} data-backend={w.backend ?? ''} data-tensors={w.tensors ?? ''}><Describe w={w} t={t} /></li>)}</ul>
        )}
        <button type="button" className="diag-restart" onClick={() => restartWorkers(RESTART_REASON)} disabled={alive === 0}
          title={t('diagRestartHelp')}>{t('diagRestartWorkers')}</button>
      </dd>
    </>
  );
}
