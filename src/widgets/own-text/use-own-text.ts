/**
 * Drives the "your text" panel: check a pasted text or an opened file (bad input only
 * sets a message: the text and models in use stay as they were), prepare it in the
 * widget's worker, keep it in the browser, train both small models and measure them,
 * go back to Moby-Dick, forget the kept text. Results live in the widget's store.
 */
import { useEffect } from 'react';
import type { WidgetStore } from '../../state/widget-store';
import type { CellKind } from '../../core/params';
import type { PerplexityResult } from '../../core/experiments/char-lm-measure';
import { OWN_TEXT_LIMITS, checkOwnText, decodeTextFile, type OwnTextProblem } from '../../data/own-text';
import type { LoadingProgress } from '../../worker/tasks/lm-assets';
import type { OwnModel, OwnPrepareResult, OwnTextSummary, OwnTrainPayload, OwnTrainProgress } from '../../worker/tasks/own-text';
import { siteBaseUrl } from '../char-lm/site';
import { useStoreComputeClient } from '../../worker/use-compute-worker';
import { forgetStoredText, loadStoredText, storeText, type StoredText } from './stored-text';
import type { OwnTextSchema } from './schema';

export type OwnStatus = 'idle' | 'preparing' | 'training' | 'measuring' | 'done' | 'stopped';

export interface CellCurves {
  train: [number, number][];
  heldOut: [number, number][];
  step: number;
  steps: number;
  charsPerSecond: number;
}

export interface OwnResults {
  /** The reader's text in use, or null: Moby-Dick. Never in the URL. */
  text: string | null;
  /** The file it came from (null: pasted). */
  name: string | null;
  summary: OwnTextSummary | null;
  /** Why the last text offered was refused (the one in use is unchanged). */
  problem: OwnTextProblem | null;
  status: OwnStatus;
  loading: LoadingProgress | null;
  curves: Partial<Record<CellKind, CellCurves>>;
  samples: Partial<Record<CellKind, { step: number; ids: number[] }>>;
  measured: Partial<Record<OwnModel, { result: PerplexityResult; steps: number }>>;
  /** The text kept in this browser, if any; `keptFailed`: storing it did not work. */
  kept: StoredText | null;
  keptFailed: boolean;
  error: string | null;
}

export const noOwnText = (): OwnResults => ({
  text: null, name: null, summary: null, problem: null, status: 'idle', loading: null, curves: {}, samples: {}, measured: {}, kept: null, keptFailed: false, error: null,
});

const cleared = { curves: {}, samples: {}, measured: {}, loading: null, error: null, status: 'idle' } satisfies Partial<OwnResults>;

export function useOwnText(store: WidgetStore<OwnTextSchema, OwnResults>) {
  const getClient = useStoreComputeClient(store);
  const update = (partial: Partial<OwnResults>) => store.getState().setResults(partial);
  const results = () => store.getState().results;

  const keep = (kept: StoredText) => storeText(kept).then((ok) => update(ok ? { kept, keptFailed: false } : { keptFailed: true }));

  /** Prepares `text` (null: Moby-Dick) in the worker; only a success replaces what is in use; `remember`: keep it in the browser. */
  const apply = (text: string | null, name: string | null, remember: boolean) => {
    getClient().cancel('train');
    const before = results().status;
    update({ status: 'preparing', problem: null, error: null });
    getClient().run<LoadingProgress, OwnPrepareResult>('prepare', 'own-text-prepare', { baseUrl: siteBaseUrl(), text }, {
      onProgress: (loading) => update({ loading }),
      onResult: (r) => {
        if ('problem' in r) return update({ status: before === 'training' || before === 'measuring' ? 'stopped' : before, problem: r.problem, loading: null });
        update({ ...cleared, text, name, summary: r.summary });
        if (remember && text !== null) keep({ text, name, active: true });
      },
      onError: (error) => update({ status: 'idle', loading: null, error }),
    });
  };

  const offerText = (text: string, name: string | null) => {
    const problem = checkOwnText(text);
    if (problem) update({ problem });
    else apply(text, name, true);
  };

  const offerFile = async (file: File) => {
    if (file.size > OWN_TEXT_LIMITS.maxBytes) return update({ problem: { code: 'too-large', bytes: file.size, maxBytes: OWN_TEXT_LIMITS.maxBytes } });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return update({ problem: { code: 'not-utf8' } });
    }
    const decoded = decodeTextFile(bytes);
    if ('problem' in decoded) update({ problem: decoded.problem });
    else offerText(decoded.text, file.name);
  };

  const train = () => {
    const { settings } = store.getState();
    const { text } = results();
    const payload: OwnTrainPayload = { baseUrl: siteBaseUrl(), text, cells: ['rnn', 'lstm'], steps: settings.steps, seed: settings.seed, batch: 16 };
    update({ ...cleared, status: 'training' });
    getClient().run<OwnTrainProgress, unknown>('train', 'own-text-train', payload, {
      onProgress: (p) => {
        const r = results();
        if (p.phase === 'loading') update({ loading: p });
        else if (p.phase === 'prepared') update({ summary: p.summary });
        else if (p.phase === 'training') {
          const c = r.curves[p.cell] ?? { train: [], heldOut: [], step: 0, steps: p.steps, charsPerSecond: 0 };
          update({ loading: null, curves: { ...r.curves, [p.cell]: {
            train: Number.isFinite(p.loss) ? [...c.train, [p.step, p.loss]] : c.train,
            heldOut: p.heldOutLoss !== null ? [...c.heldOut, [p.step, p.heldOutLoss]] : c.heldOut,
            step: p.step, steps: p.steps, charsPerSecond: p.charsPerSecond,
          } } });
        } else if (p.phase === 'sample') update({ samples: { ...r.samples, [p.cell]: { step: p.step, ids: p.ids } } });
        else if (p.phase === 'measuring') update({ status: 'measuring' });
        else update({ measured: { ...r.measured, [p.model]: { result: p.result, steps: p.steps } } });
      },
      onResult: () => update({ status: 'done' }),
      onError: (error) => update({ status: 'stopped', error }),
    });
  };

  const stop = () => {
    getClient().cancel('train');
    update({ status: 'stopped' });
  };

  const backToMoby = () => {
    const { kept } = results();
    if (kept?.active !== false && kept) keep({ ...kept, active: false });
    apply(null, null, false);
  };

  const forget = async () => {
    await forgetStoredText();
    update({ kept: null, keptFailed: false });
    if (results().text !== null) backToMoby();
  };

  // A text kept from an earlier visit comes back (once per store: not after a remount).
  useEffect(() => {
    let live = true;
    if (results().kept || results().text !== null) return;
    loadStoredText().then((kept) => {
      if (!live || !kept || results().text !== null) return;
      update({ kept });
      if (kept.active !== false && checkOwnText(kept.text) === null) apply(kept.text, kept.name, false);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  useEffect(() => getClient().onCrash((error) => update({ status: 'stopped', error })), [getClient]);

  return { offerText, offerFile, train, stop, backToMoby, forget, reuseKept: () => { const k = results().kept; if (k) apply(k.text, k.name, true); } };
}
