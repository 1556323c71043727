/**
 * Runs a generation in the widget's worker and keeps what it wrote in the widget's
 * store, so the text, the chosen character and the status survive a language switch
 * (a generation under way keeps running through it).
 */
import type { WidgetStore } from '../../state/widget-store';
import type { LmGeneratePayload, LmGenerateProgress, SampledChar } from '../../worker/tasks/lm-generate';
import type { LoadingProgress } from '../../worker/tasks/lm-assets';
import { siteBaseUrl } from '../char-lm/site';
import { useStoreComputeClient } from '../../worker/use-compute-worker';
import type { GeneratorSchema } from './schema';

export type GenerationStatus = 'idle' | 'running' | 'done' | 'stopped';
type StopReason = 'end token' | 'length limit';
/** What the status line says, kept as data so that it is worded in the reader's current language. */
export type GenerationMessage = { kind: 'loading'; progress: LoadingProgress } | { kind: 'stopped'; at: StopReason | null };

export interface GenerationResults {
  chars: SampledChar[];
  /** The character whose distribution is shown (null: the latest). */
  selected: number | null;
  status: GenerationStatus;
  message: GenerationMessage | null;
  error: string | null;
}

export const noGeneration = (): GenerationResults => ({ chars: [], selected: null, status: 'idle', message: null, error: null });

export function useGeneration(store: WidgetStore<GeneratorSchema, GenerationResults>, prompt: number[]) {
  const getClient = useStoreComputeClient(store);
  const update = (partial: Partial<GenerationResults>) => store.getState().setResults(partial);

  const generate = () => {
    const { settings } = store.getState();
    update({ chars: [], selected: null, error: null, message: null, status: 'running' });
    const payload: LmGeneratePayload = {
      baseUrl: siteBaseUrl(), cell: settings.cell, prompt, temperature: settings.temperature,
      maxLength: settings.maxLength, seed: settings.seed, delayMs: 12,
    };
    getClient().run<LmGenerateProgress, { stopped: StopReason } | null>('generate', 'lm-generate', payload, {
      onProgress: (p) => {
        if (p.phase === 'loading') update({ message: { kind: 'loading', progress: p } });
        else update({ message: null, chars: [...store.getState().results.chars, p] });
      },
      onResult: (r) => update({ status: 'done', message: r ? { kind: 'stopped', at: r.stopped } : null }),
      onError: (error) => update({ status: 'stopped', error }),
    });
  };
  const stop = () => {
    getClient().cancel('generate');
    update({ status: 'stopped', message: { kind: 'stopped', at: null } });
  };
  const select = (selected: number) => update({ selected });
  return { generate, stop, select };
}
