/**
 * The setup every word-model widget shares: its store (settings in the URL, run
 * results), its width, the side-by-side training run, the "t" shortcut to train or
 * stop, and the handle the shared controls (WordRunControls) draw from.
 */
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import type { Schema, Values, ParamProblem } from '../../state/url-params';
import type { WidgetAction } from '../../state/widget-shortcuts';
import type { ComputeClient } from '../../worker/client';
import { useWidth } from '../../viz/use-width';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { emptyWordRun, type WordRunResults } from './run-state';
import { useWordRun, type WordRunConfig } from './use-word-run';
import { wordText } from './text';

/** Settings every word-model widget has (cell only where a cell can be chosen). */
export interface CommonSettings {
  hidden: number;
  /** Training steps per model for one press of Train. */
  steps: number;
  seed: number;
  cell?: 'rnn' | 'lstm';
}

type WordSchema = Schema & { text: unknown; hidden: unknown; steps: unknown; seed: unknown };

export interface WordWidgetConfig<S extends Schema> extends Pick<WordRunConfig, 'tasks' | 'evalEvery' | 'viewKeys'> {
  /** The fresh-run part of a job, from the settings at the press of Train. */
  fresh(settings: Values<S>): object;
  /** The ids of the reader's sentence; default none. */
  sentenceIds?(settings: Values<S>): number[];
  /** Called when results are cleared (Clear results, Reset), for state the widget keeps itself. */
  onClear?(): void;
  shortcutsTitle: string;
  /** Keys besides "t" (train / stop), from this render's settings. */
  shortcuts?(widget: { settings: Values<S>; set(partial: Partial<Values<S>>): void; worker(): ComputeClient }): WidgetAction[];
}

/** What the shared controls need of a word-model widget. */
export interface WordRunHandle {
  settings: CommonSettings;
  set(partial: Partial<CommonSettings>): void;
  notices: ParamProblem[];
  results: WordRunResults;
  running: boolean;
  train(): void;
  stop(): void;
  clear(): void;
  reset(): void;
  dismissNotices(): void;
}

export function useWordWidget<S extends WordSchema>(schema: S, prefix: string, props: WidgetProps, config: WordWidgetConfig<S>) {
  const w = useMessages(wordText);
  const store = useWidgetStore(schema, prefix, props, emptyWordRun());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results }));
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const common = () => store.getState().settings as unknown as CommonSettings;
  const run = useWordRun(store, {
    tasks: config.tasks,
    evalEvery: config.evalEvery,
    viewKeys: config.viewKeys,
    fresh: () => config.fresh(store.getState().settings),
    steps: () => common().steps,
    sentenceIds: () => config.sentenceIds?.(store.getState().settings) ?? [],
  });
  const clear = () => {
    run.clear();
    config.onClear?.();
  };
  const reset = () => {
    clear();
    store.getState().reset();
  };
  const running = results.status === 'running';
  const maxStep = Math.max((settings as unknown as CommonSettings).steps, ...Object.values(results.runs).map((r) => r.step));
  useWidgetShortcuts(config.shortcutsTitle, [
    { key: 't', label: running ? w.stopKey : w.trainKey, run: running ? run.stop : run.train },
    ...(config.shortcuts?.({ settings, set, worker: run.worker }) ?? []),
  ], { urlPrefix: prefix });
  const handle: WordRunHandle = {
    settings: settings as unknown as CommonSettings,
    set: set as (partial: Partial<CommonSettings>) => void,
    notices,
    results,
    running,
    train: run.train,
    stop: run.stop,
    clear,
    reset,
    dismissNotices: () => store.getState().dismissNotices(),
  };
  return { w, settings, set, results, ref, width, running, maxStep, worker: run.worker, handle };
}
