/**
 * Chapter 2's encoder–decoder, live: an LSTM encoder reads a string of symbols, its
 * final state h_enc(T) becomes the decoder's initial state, and the decoder (a
 * conditional language model) writes the string reversed, greedily, one symbol at a
 * time. Drawn: the encoder states, the single vector the decoder is conditioned on,
 * and each output symbol with its probability.
 */
import type { WidgetProps } from '../registry';
import { useMessages } from '../../app/messages';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS } from '../../viz/scales';
import { Tex } from '../../viz/Tex';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import type { Decoded } from '../../core/seq2seq';
import { readSymbols, REVERSE_VOCAB, MAX_LEN } from '../../data/reverse-task';
import { emptyWordRun } from '../word-shared/run-state';
import { useWordRun } from '../word-shared/use-word-run';
import { TrainBar } from '../word-shared/TrainBar';
import { AccuracyCurves, type CurveStyle } from '../word-shared/AccuracyCurves';
import { SentenceField } from '../word-shared/SentenceField';
import { EncodingStrip } from '../word-shared/EncodingStrip';
import { LayerHeatmap } from '../stack-depth/LayerHeatmap';
import { wordText } from '../word-shared/text';
import { ENCODER_DECODER_PREFIX, encoderDecoderSchema } from './schema';
import { encoderDecoderText } from './text';
import { inputNote } from './input-note';
import '../word-shared/word.css';

const pct = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—');

export default function EncoderDecoder(props: WidgetProps) {
  const w = useMessages(wordText);
  const m = useMessages(encoderDecoderText);
  const styles: readonly CurveStyle[] = [{ key: 's2s', label: m.exact, colour: GATE_COLOURS.hidden }];
  const store = useWidgetStore(encoderDecoderSchema, ENCODER_DECODER_PREFIX, props, emptyWordRun());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results }));
  const [ref, width] = useWidth<HTMLDivElement>();
  const set = store.getState().set;
  const input = readSymbols(settings.text);
  const { train, stop, clear } = useWordRun(store, {
    fresh: () => ({ seed: store.getState().settings.seed, hidden: store.getState().settings.hidden }),
    tasks: { train: 'seq2seq-train', read: 'seq2seq-decode' },
    steps: () => store.getState().settings.steps,
    evalEvery: 25,
    sentenceIds: () => readSymbols(store.getState().settings.text).ids,
  });
  const running = results.status === 'running';
  const decoded = results.reading && results.readingFor === input.ids.join(' ') ? (results.reading as unknown as Record<'s2s', Decoded>).s2s : null;
  const run = results.runs.s2s;
  const symbols = input.ids.map((k) => REVERSE_VOCAB[k]);
  const expected = [...symbols].reverse().join('');
  const got = decoded ? decoded.output.map((k) => REVERSE_VOCAB[k]).join('') : '';
  useWidgetShortcuts(m.shortcutsTitle, [{ key: 't', label: running ? w.stopKey : w.trainKey, run: running ? stop : train }], { urlPrefix: ENCODER_DECODER_PREFIX });
  const status = results.status === 'idle'
    ? m.idle(MAX_LEN)
    : `${w.runHead(results.status)} ${m.reversed(pct(run?.accuracy), run?.step ?? 0)}`;

  return (
    <div ref={ref} className="encoder-decoder">
      <WidgetChrome title={m.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => { clear(); store.getState().reset(); }} />
      <Controls label={m.settings}>
        <Slider label={m.hidden} value={settings.hidden} min={16} max={64} step={16} onChange={(hidden) => set({ hidden })} disabled={running} />
        <Slider label={w.stepsPerPress} value={settings.steps} min={25} max={3000} step={25} onChange={(steps) => set({ steps })} disabled={running} />
        <NumberField label={w.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <TrainBar status={results.status} trainLabel={m.train} onTrain={train} onStop={stop} onClear={clear} error={results.error} summary={status} />
      </Controls>
      <AccuracyCurves runs={results.runs} styles={styles} width={width} chance={0} maxStep={Math.max(settings.steps, run?.step ?? 0)}
        yLabel={m.yLabel} title={m.chart} />
      <SentenceField label={m.input} value={settings.text} onChange={(text) => set({ text })} note={inputNote(m, settings.text, input.ids.length)} maxLength={40} />
      <Tex tex="\mathbf{h}_{\text{dec}}^{(0)} = \mathbf{h}_{\text{enc}}^{(T_c)}, \qquad \hat y^{(t)} = \operatorname{softmax}\left(\mathbf{U}\mathbf{h}_{\text{dec}}^{(t)} + \mathbf{b}_2\right)" display />
      {decoded && input.ids.length > 0 ? (
        <div className="seq2seq-view" data-testid="seq2seq-output">
          <LayerHeatmap values={decoded.encoderStates} T={input.ids.length} H={decoded.context.length} words={symbols}
            label={m.encoderStates(symbols.join(''))} />
          <p className="chart-title">{m.given(decoded.context.length)}</p>
          <EncodingStrip values={decoded.context} width={Math.min(width, 640)} label={m.context} />
          <p className="chart-title">{m.output}</p>
          <div className="word-tokens" role="list" aria-label={m.outputLabel}>
            {[...decoded.output, -1].map((k, t) => (
              <div key={t} role="listitem" className="word-token" data-t={t}>
                <span className="word">{k < 0 ? m.end : REVERSE_VOCAB[k]}</span>
                <span className="tag">{Math.round((decoded.confidence[t] ?? 0) * 100)}%</span>
              </div>
            ))}
          </div>
          <p className="readout" data-testid="seq2seq-verdict">{m.verdict(expected, got, got === expected)}</p>
        </div>
      ) : (
        <p className="readout">{m.trainFirst}</p>
      )}
      <p className="readout">{m.data(MAX_LEN)}</p>
      <DataTable summary={m.tableSummary}
        columns={[m.step, m.symbol, m.probability]}
        rows={decoded ? [...decoded.output, -1].map((k, t) => [t + 1, k < 0 ? m.end : REVERSE_VOCAB[k], decoded.confidence[t] ?? 0]) : []} />
    </div>
  );
}
