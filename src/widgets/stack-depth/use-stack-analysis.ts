/**
 * Keeps the per-layer analysis of the drawn depth's model current: after bursts of
 * training and whenever the depth or the held-out sentence changes.
 */
import { useEffect, useRef, useState } from 'react';
import type { ComputeClient } from '../../worker/client';
import type { StackAnalysis } from '../../core/stack-gradients';
import type { Example } from '../../data/splits';

const EVERY_MS = 500;

export function useStackAnalysis(worker: () => ComputeClient, key: string, example: Example | undefined, step: number): StackAnalysis | null {
  const [analysis, setAnalysis] = useState<StackAnalysis | null>(null);
  const last = useRef({ at: 0, for: '' });
  const id = `${key}|${example?.ids.join(' ') ?? ''}`;
  useEffect(() => {
    if (!example || step === 0) {
      setAnalysis(null);
      return;
    }
    const ask = () => {
      last.current = { at: Date.now(), for: id };
      worker().run<unknown, StackAnalysis | null>('stack', 'word-stack', { key, ids: example.ids, tags: example.tags }, {
        onResult: (a) => setAnalysis(a),
      });
    };
    const wait = last.current.for === id ? EVERY_MS - (Date.now() - last.current.at) : 0;
    if (wait <= 0) {
      ask();
      return;
    }
    // Within the window: ask once it ends, so the last step is always drawn.
    const timer = setTimeout(ask, wait);
    return () => clearTimeout(timer);
  }, [worker, key, id, example, step]);
  return analysis;
}
