/**
 * Chapter 5's "a bidirectional RNN can't be a language model", shown: a forward RNN
 * and a bidirectional one trained on the same next-word task (the bidirectional one
 * built on purpose with a per-step head whose targets are the next words, since the
 * core refuses a bidirectional language model). Its loss with the sentence visible
 * falls towards zero; predicting from the prefix alone, and generating, it fails.
 */
import { useState } from 'react';
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS, formatNumber } from '../../viz/scales';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { NEXT_WORD_VOCAB, START } from '../../data/next-word';
import type { WordGenerateJob } from '../../worker/tasks/word-run';
import { emptyWordRun } from '../word-shared/run-state';
import { useWordRun } from '../word-shared/use-word-run';
import { TrainBar } from '../word-shared/TrainBar';
import { LeakChart } from './LeakChart';
import { LM_LEAK_PREFIX, lmLeakSchema } from './schema';
import '../word-shared/word.css';

const MODELS = [
  { key: 'forward', label: 'forward RNN (a language model)', colour: GATE_COLOURS.hidden },
  { key: 'bidirectional', label: 'bidirectional RNN', colour: GATE_COLOURS.grad },
] as const;

export default function LmLeak(props: WidgetProps) {
  const store = useWidgetStore(lmLeakSchema, LM_LEAK_PREFIX, props, emptyWordRun());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results }));
  const [ref, width] = useWidth<HTMLDivElement>();
  const [samples, setSamples] = useState<Record<string, number[][]> | null>(null);
  const set = store.getState().set;
  const { train, stop, clear, worker } = useWordRun(store, {
    fresh: () => {
      const s = store.getState().settings;
      setSamples(null);
      return {
        dataset: 'next-word',
        seed: s.seed,
        models: MODELS.map(({ key }) => ({
          key,
          spec: { cell: 'rnn', vocab: NEXT_WORD_VOCAB.size, embed: 12, hidden: s.hidden, head: 'tagger', classes: NEXT_WORD_VOCAB.size, bidirectional: key === 'bidirectional' },
        })),
      };
    },
    steps: () => store.getState().settings.steps,
    evalEvery: 25,
    viewKeys: ['temperature'],
    sentenceIds: () => [],
  });
  const running = results.status === 'running';
  const generate = () => {
    const job: WordGenerateJob = { start: NEXT_WORD_VOCAB.id(START), end: NEXT_WORD_VOCAB.id('.'), count: 3, maxLength: 14, temperature: settings.temperature, seed: settings.seed };
    worker().run<unknown, Record<string, number[][]> | null>('generate', 'word-generate', job, { onResult: setSamples });
  };
  useWidgetShortcuts('Bidirectional language model leak', [
    { key: 't', label: running ? 'stop training' : 'train', run: running ? stop : train },
    { key: 'g', label: 'generate', run: generate },
  ], { urlPrefix: LM_LEAK_PREFIX });
  const last = (key: string) => results.runs[key]?.curve.at(-1);
  const maxStep = Math.max(settings.steps, ...Object.values(results.runs).map((r) => r.step));
  const summary = results.status === 'idle'
    ? 'Press “Train both”: a forward RNN and a bidirectional RNN learn to predict the next word of grammar sentences, side by side in a background worker.'
    : `${running ? 'Training…' : results.status === 'finished' ? 'Trained.' : 'Stopped.'} ` + MODELS.map((m) => {
      const p = last(m.key);
      return `${m.label}: loss ${p ? formatNumber(p.loss) : '—'} with the sentence visible, ${p ? formatNumber(p.prefix) : '—'} from the prefix alone`;
    }).join('; ') + '.';

  return (
    <div ref={ref} className="lm-leak">
      <WidgetChrome title="A bidirectional “language model” cheats" notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { clear(); setSamples(null); store.getState().reset(); }} />
      <Controls label="Language model leak settings">
        <Slider label="hidden units per direction n" value={settings.hidden} min={8} max={32} step={8} onChange={(hidden) => set({ hidden })} disabled={running} />
        <Slider label="training steps per press" value={settings.steps} min={20} max={1500} step={20} onChange={(steps) => set({ steps })} disabled={running} />
        <NumberField label="seed (weights, data, sampling)" value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <TrainBar status={results.status} trainLabel="Train both" onTrain={train} onStop={stop} onClear={() => { clear(); setSamples(null); }} error={results.error} summary={summary} />
      </Controls>
      <LeakChart runs={results.runs} series={MODELS} width={width} maxStep={maxStep} />
      <div className="legend">
        {MODELS.map((m) => <span key={m.key}><span className="legend-swatch" style={{ background: m.colour }} />{m.label}</span>)}
        <span>solid: whole sentence visible (training) · dashed: prefix only (generation)</span>
      </div>
      <Controls label="Generation">
        <Slider label="sampling temperature τ" value={settings.temperature} min={0} max={1.5} step={0.1} onChange={(temperature) => set({ temperature })} format={(v) => v.toFixed(1)} />
        <button type="button" onClick={generate} disabled={results.status === 'idle'}>Generate 3 sentences from each</button>
      </Controls>
      {samples && (
        <div className="word-models" data-testid="samples">
          {MODELS.map((m) => (
            <div key={m.key} className="word-model" data-model={m.key} style={{ borderTop: `4px solid ${m.colour}` }}>
              <h4>{m.label}</h4>
              <ol>{(samples[m.key] ?? []).map((ids, k) => <li key={k}>{ids.map((id) => NEXT_WORD_VOCAB.words[id]).join(' ')}</li>)}</ol>
            </div>
          ))}
        </div>
      )}
      <p className="readout">Why: at step t the backward half h←(t) has read x(t+1), the very word the head must predict, so in training the
        bidirectional model learns to copy it. When it must generate, there is no x(t+1) to read: the prefix-only loss (dashed) and its
        sentences show what it has really learned. The forward RNN's two losses are the same, because it never sees the future.
        (Data: 1,500 sentences of the chapter 2 tagging grammar, 300 held out.)</p>
      <DataTable summary="Held-out next-word loss of each model, with the sentence visible and from the prefix alone"
        columns={['model', 'steps', 'loss, sentence visible', 'loss, prefix only']}
        rows={MODELS.map((m) => {
          const p = last(m.key);
          return [m.label, results.runs[m.key]?.step ?? 0, p ? p.loss : '—', p ? p.prefix : '—'];
        })} />
    </div>
  );
}
