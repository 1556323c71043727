/**
 * Chapter 2's encoder–decoder, live: an LSTM encoder reads a string of symbols, its
 * final state h_enc(T) becomes the decoder's initial state, and the decoder (a
 * conditional language model) writes the string reversed, greedily, one symbol at a
 * time. Drawn: the encoder states, the single vector the decoder is conditioned on,
 * and each output symbol with its probability.
 */
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { DataTable } from '../../viz/DataTable';
import { GATE_COLOURS } from '../../viz/scales';
import { Tex } from '../../viz/Tex';
import type { Decoded } from '../../core/seq2seq';
import { readSymbols, REVERSE_VOCAB, MAX_LEN } from '../../data/reverse-task';
import { AccuracyCurves, type CurveStyle } from '../word-shared/AccuracyCurves';
import { SentenceField } from '../word-shared/SentenceField';
import { EncodingStrip } from '../word-shared/EncodingStrip';
import { LayerHeatmap } from '../stack-depth/LayerHeatmap';
import { ENCODER_DECODER_PREFIX, encoderDecoderSchema } from './schema';
import { encoderDecoderText } from './text';
import { encoderDecoderFresh, encoderDecoderInputIds } from './job';
import { inputNote } from './input-note';
import { useWordWidget } from '../word-shared/use-word-widget';
import { WordRunControls } from '../word-shared/WordRunControls';
import { percent } from '../word-shared/percent';
import '../word-shared/word.css';


export default function EncoderDecoder(props: WidgetProps) {
  const m = useMessages(encoderDecoderText);
  const { w, settings, set, results, ref, width, maxStep, handle } = useWordWidget(encoderDecoderSchema, ENCODER_DECODER_PREFIX, props, {
    fresh: encoderDecoderFresh,
    tasks: { train: 'seq2seq-train', read: 'seq2seq-decode' },
    evalEvery: 25,
    sentenceIds: encoderDecoderInputIds,
    shortcutsTitle: m.shortcutsTitle,
  });
  const styles: readonly CurveStyle[] = [{ key: 's2s', label: m.exact, colour: GATE_COLOURS.hidden }];
  const input = readSymbols(settings.text);
  const decoded = results.reading && results.readingFor === input.ids.join(' ') ? (results.reading as unknown as Record<'s2s', Decoded>).s2s : null;
  const run = results.runs.s2s;
  const symbols = input.ids.map((k) => REVERSE_VOCAB[k]);
  const expected = [...symbols].reverse().join('');
  const got = decoded ? decoded.output.map((k) => REVERSE_VOCAB[k]).join('') : '';
  const status = results.status === 'idle'
    ? m.idle(MAX_LEN)
    : `${w.runHead(results.status)} ${m.reversed(percent(run?.accuracy), run?.step ?? 0)}`;

  return (
    <div ref={ref} className="encoder-decoder">
      <WordRunControls run={handle} title={m.title} label={m.settings} trainLabel={m.train} summary={status}
        hidden={{ label: m.hidden, min: 16, max: 64, step: 16 }} steps={{ min: 25, max: 3000, step: 25 }} />
      <AccuracyCurves runs={results.runs} styles={styles} width={width} chance={0} maxStep={maxStep}
        yLabel={m.yLabel} title={m.chart} />
      <SentenceField label={m.input} value={settings.text} onChange={(text) => set({ text })} note={inputNote(m, input)} maxLength={40} />
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
