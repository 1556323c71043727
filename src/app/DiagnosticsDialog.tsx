/**
 * The diagnostics panel (`d`, or the header's settings button): tfjs backend and
 * live tensors/memory (main thread), steps/s of training widgets, the compute
 * workers, and the machine.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { subscribeTrainingRates, trainingRates } from '../state/training-rates';
import { Dialog } from './Dialog';
import { useT } from './i18n';
import { loadTf, readTf, type TfSnapshot } from './tf-diagnostics';
import { WorkerDiagnostics } from './WorkerDiagnostics';

const POLL_MS = 1000;

function useTfSnapshot(): TfSnapshot | 'loading' | 'failed' {
  const [snapshot, setSnapshot] = useState<TfSnapshot | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    loadTf().then(
      (tf) => {
        if (stopped) return;
        const read = () => setSnapshot(readTf(tf));
        read();
        timer = setInterval(read, POLL_MS);
      },
      () => !stopped && setSnapshot('failed'),
    );
    return () => {
      stopped = true;
      if (timer) clearInterval(timer);
    };
  }, []);
  return snapshot;
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

export function DiagnosticsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const tf = useTfSnapshot();
  const rates = useSyncExternalStore(subscribeTrainingRates, trainingRates, trainingRates);
  return (
    <Dialog title={t('diagnosticsTitle')} onClose={onClose} className="diagnostics-dialog">
      <dl className="diagnostics">
        <dt>{t('diagBackend')}</dt>
        <dd data-diag="backend">
          {tf === 'loading' ? t('diagLoading') : tf === 'failed' ? t('diagFailed') : tf.backend ?? t('diagNoBackend')}
        </dd>
        <dt>{t('diagTensors')}</dt>
        <dd data-diag="tensors">{typeof tf === 'object' ? tf.numTensors : '—'}</dd>
        <dt>{t('diagMemory')}</dt>
        <dd data-diag="memory">{typeof tf === 'object' ? megabytes(tf.numBytes) : '—'}</dd>
        <dt>{t('diagTraining')}</dt>
        <dd data-diag="training">
          {rates.length === 0 ? t('diagNoTraining') : (
            <ul>{rates.map((r, i) => <li key={`${r.name}-${i}`}>{r.name}: {r.stepsPerSecond.toFixed(1)} {t('diagStepsPerSecond')}</li>)}</ul>
          )}
        </dd>
        <WorkerDiagnostics />
        <dt>{t('diagCores')}</dt>
        <dd data-diag="cores">{navigator.hardwareConcurrency || '?'}</dd>
        <dt>{t('diagUserAgent')}</dt>
        <dd data-diag="user-agent" className="diag-ua">{navigator.userAgent}</dd>
        {typeof tf === 'object' && (
          <>
            <dt>tfjs</dt>
            <dd>{tf.version}</dd>
          </>
        )}
      </dl>
      <p className="keys-note">{t('diagNote')}</p>
    </Dialog>
  );
}
