/**
 * Chapter 5's "a bidirectional RNN can't be a language model", shown: a forward RNN
 * and a bidirectional one trained on the same next-word task (the bidirectional one
 * built on purpose with a per-step head whose targets are the next words, since the
 * core refuses a bidirectional language model). Its loss with the sentence visible
 * falls towards zero; predicting from the prefix alone, and generating, it fails.
 */
import { useState } from 'react';
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { DataTable } from '../../viz/DataTable';
import { Controls, Slider } from '../ui/controls';
import { GATE_COLOURS, formatNumber } from '../../viz/scales';
import { NEXT_WORD_VOCAB, START } from '../../data/next-word';
import type { WordGenerateJob } from '../../worker/tasks/word-run';
import { LeakChart } from './LeakChart';
import { LM_LEAK_PREFIX, lmLeakSchema, type LmLeakSchema } from './schema';
import type { Values } from '../../state/url-params';
import type { ComputeClient } from '../../worker/client';
import { lmLeakText } from './text';
import { LEAK_MODELS, LEAK_EVAL_EVERY, lmLeakFresh } from './job';
import { useWordWidget } from '../word-shared/use-word-widget';
import { WordRunControls } from '../word-shared/WordRunControls';
import '../word-shared/word.css';

const COLOURS = { forward: GATE_COLOURS.hidden, bidirectional: GATE_COLOURS.grad } as const;
const MODELS = LEAK_MODELS.map((key) => ({ key, colour: COLOURS[key] }));

/** Three sentences from each model, sampled from the start token at the chosen temperature. */
function generateSamples(worker: () => ComputeClient, s: Values<LmLeakSchema>, onResult: (samples: Record<string, number[][]> | null) => void) {
  const job: WordGenerateJob = { start: NEXT_WORD_VOCAB.id(START), end: NEXT_WORD_VOCAB.id('.'), count: 3, maxLength: 14, temperature: s.temperature, seed: s.seed };
  worker().run<unknown, Record<string, number[][]> | null>('generate', 'word-generate', job, { onResult });
}

export default function LmLeak(props: WidgetProps) {
  const m = useMessages(lmLeakText);
  const [samples, setSamples] = useState<Record<string, number[][]> | null>(null);
  const { w, settings, set, results, ref, width, maxStep, worker, handle } = useWordWidget(lmLeakSchema, LM_LEAK_PREFIX, props, {
    fresh: (s) => {
      setSamples(null);
      return lmLeakFresh(s);
    },
    evalEvery: LEAK_EVAL_EVERY,
    viewKeys: ['temperature'],
    onClear: () => setSamples(null),
    shortcutsTitle: m.shortcutsTitle,
    shortcuts: ({ settings: s, worker }) => [{ key: 'g', label: m.generateKey, run: () => generateSamples(worker, s, setSamples) }],
  });
  const models = MODELS.map((model) => ({ ...model, label: m[model.key] }));
  const generate = () => generateSamples(worker, settings, setSamples);
  const last = (key: string) => results.runs[key]?.curve.at(-1);
  const summary = results.status === 'idle'
    ? m.idle
    : `${w.runHead(results.status)} ` + models.map((model) => {
      const p = last(model.key);
      return m.modelLoss(model.label, p ? formatNumber(p.loss) : '—', p ? formatNumber(p.prefix) : '—');
    }).join('; ') + '.';

  return (
    <div ref={ref} className="lm-leak">
      <WordRunControls run={handle} title={m.title} label={m.settings} trainLabel={w.trainBoth} summary={summary} seedLabel={m.seed}
        hidden={{ label: w.hiddenPerDirection, min: 8, max: 32, step: 8 }} steps={{ min: 20, max: 1500, step: 20 }} />
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
