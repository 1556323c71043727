/**
 * Chapter 5's "a bidirectional RNN can't be a language model", shown: a forward RNN
 * and a bidirectional one trained on the same next-word task (the bidirectional one
 * built on purpose with a per-step head whose targets are the next words, since the
 * core refuses a bidirectional language model). Its loss with the sentence visible
 * falls towards zero; predicting from the prefix alone, and generating, it fails.
 */
import { useState } from 'react';
import type { WidgetProps } from '../registry';
import { useMessages } from '../../app/messages';
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
import { wordText } from '../word-shared/text';
import { LM_LEAK_PREFIX, lmLeakSchema } from './schema';
import { lmLeakText } from './text';
import '../word-shared/word.css';

const MODELS = [
  { key: 'forward', colour: GATE_COLOURS.hidden },
  { key: 'bidirectional', colour: GATE_COLOURS.grad },
] as const;

export default function LmLeak(props: WidgetProps) {
  const w = useMessages(wordText);
  const m = useMessages(lmLeakText);
  const models = MODELS.map((model) => ({ ...model, label: m[model.key] }));
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
  useWidgetShortcuts(m.shortcutsTitle, [
    { key: 't', label: running ? w.stopKey : w.trainKey, run: running ? stop : train },
    { key: 'g', label: m.generateKey, run: generate },
  ], { urlPrefix: LM_LEAK_PREFIX });
  const last = (key: string) => results.runs[key]?.curve.at(-1);
  const maxStep = Math.max(settings.steps, ...Object.values(results.runs).map((r) => r.step));
  const summary = results.status === 'idle'
    ? m.idle
    : `${w.runHead(results.status)} ` + models.map((model) => {
      const p = last(model.key);
      return m.modelLoss(model.label, p ? formatNumber(p.loss) : '—', p ? formatNumber(p.prefix) : '—');
    }).join('; ') + '.';

  return (
    <div ref={ref} className="lm-leak">
      <WidgetChrome title={m.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { clear(); setSamples(null); store.getState().reset(); }} />
      <Controls label={m.settings}>
        <Slider label={w.hiddenPerDirection} value={settings.hidden} min={8} max={32} step={8} onChange={(hidden) => set({ hidden })} disabled={running} />
        <Slider label={w.stepsPerPress} value={settings.steps} min={20} max={1500} step={20} onChange={(steps) => set({ steps })} disabled={running} />
        <NumberField label={m.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <TrainBar status={results.status} trainLabel={w.trainBoth} onTrain={train} onStop={stop} onClear={() => { clear(); setSamples(null); }} error={results.error} summary={summary} />
      </Controls>
      <LeakChart runs={results.runs} series={models} width={width} maxStep={maxStep} />
      <div className="legend">
        {models.map((model) => <span key={model.key}><span className="legend-swatch" style={{ background: model.colour }} />{model.label}</span>)}
        <span>{m.styles}</span>
      </div>
      <Controls label={m.generation}>
        <Slider label={m.temperature} value={settings.temperature} min={0} max={1.5} step={0.1} onChange={(temperature) => set({ temperature })} format={(v) => v.toFixed(1)} />
        <button type="button" onClick={generate} disabled={results.status === 'idle'}>{m.generate}</button>
      </Controls>
      {samples && (
        <div className="word-models" data-testid="samples">
          {models.map((model) => (
            <div key={model.key} className="word-model" data-model={model.key} style={{ borderTop: `4px solid ${model.colour}` }}>
              <h4>{model.label}</h4>
              <ol>{(samples[model.key] ?? []).map((ids, k) => <li key={k}>{ids.map((id) => NEXT_WORD_VOCAB.words[id]).join(' ')}</li>)}</ol>
            </div>
          ))}
        </div>
      )}
      <p className="readout">{m.why}</p>
      <DataTable summary={m.tableSummary}
        columns={[m.model, m.steps, m.lossVisible, m.lossPrefix]}
        rows={models.map((model) => {
          const p = last(model.key);
          return [model.label, results.runs[model.key]?.step ?? 0, p ? p.loss : '—', p ? p.prefix : '—'];
        })} />
    </div>
  );
}
