/**
 * Chapter 5's stacked RNNs: taggers of depth 1 to 4 trained side by side on the
 * part-of-speech grammar; held-out accuracy per depth, and for the chosen depth the
 * hidden states of every layer and the gradient norm reaching each layer at each word.
 */
import { useMemo } from 'react';
import type { WidgetProps } from '../widget-props';
import { useMessages } from '../../app/messages';
import { DataTable } from '../../viz/DataTable';
import { Controls, Slider } from '../ui/controls';
import { formatNumber } from '../../viz/scales';
import { POS_VOCAB, POS_TAGS, posSplit } from '../../data/pos-grammar';
import { AccuracyCurves, type CurveStyle } from '../word-shared/AccuracyCurves';
import { LayerHeatmap } from './LayerHeatmap';
import { GradNormChart, LAYER_COLOURS } from './GradNormChart';
import { STACK_DEPTH_PREFIX, stackDepthSchema } from './schema';
import { useStackAnalysis } from './use-stack-analysis';
import { stackDepthText } from './text';
import { useWordWidget } from '../word-shared/use-word-widget';
import { WordRunControls } from '../word-shared/WordRunControls';
import { percent } from '../word-shared/percent';
import '../word-shared/word.css';

const DEPTHS = [1, 2, 3, 4];

export default function StackDepth(props: WidgetProps) {
  const m = useMessages(stackDepthText);
  const { w, settings, set, results, ref, width, maxStep, worker, handle } = useWordWidget(stackDepthSchema, STACK_DEPTH_PREFIX, props, {
    fresh: (s) => ({
      dataset: 'pos',
      seed: s.seed,
      models: DEPTHS.map((layers) => ({
        key: `L${layers}`,
        spec: { cell: s.cell, vocab: POS_VOCAB.size, embed: 12, hidden: s.hidden, layers, head: 'tagger', classes: POS_TAGS.length },
      })),
    }),
    evalEvery: 10,
    viewKeys: ['depth', 'sentence'],
    shortcutsTitle: m.shortcutsTitle,
    shortcuts: ({ settings: s, set }) => [{ key: 'l', label: m.nextDepth, run: () => set({ depth: (s.depth % 4) + 1 }) }],
  });
  const styles: readonly CurveStyle[] = DEPTHS.map((d) => ({ key: `L${d}`, label: m.layers(d), colour: LAYER_COLOURS[d - 1], dash: d % 2 === 0 ? '6 3' : undefined }));
  // The worker builds the same split from the seed; the page needs only the held-out sentences.
  const test = useMemo(() => posSplit(settings.seed).test, [settings.seed]);
  const example = test[settings.sentence % Math.max(1, test.length)];
  const key = `L${settings.depth}`;
  const analysis = useStackAnalysis(worker, key, example, results.runs[key]?.step ?? 0);
  const words = example ? example.ids.map((id) => POS_VOCAB.words[id]) : [];
  const status = results.status === 'idle'
    ? m.idle
    : `${w.runHead(results.status)} ${m.accuracy(styles.map((s) => `${s.label} ${percent(results.runs[s.key]?.accuracy)}`).join(', '))}`;

  return (
    <div ref={ref} className="stack-depth">
      <WordRunControls run={handle} title={m.title} label={m.settings} trainLabel={m.train} summary={status} cell
        hidden={{ label: m.hidden, min: 8, max: 32, step: 8 }} steps={{ min: 20, max: 1500, step: 10 }} />
      <AccuracyCurves runs={results.runs} styles={styles} width={width} chance={0} maxStep={maxStep}
        title={m.chart} />
      <div className="legend">
        {styles.map((s) => <span key={s.key}><span className="legend-swatch" style={{ background: s.colour }} />{s.label}</span>)}
      </div>
      <Controls label={m.drawn}>
        <Slider label={m.depth} value={settings.depth} min={1} max={4} step={1} onChange={(depth) => set({ depth })} />
        <Slider label={m.sentence} value={settings.sentence} min={0} max={99} step={1} onChange={(sentence) => set({ sentence })} format={(v) => `#${v + 1}`} />
      </Controls>
      <p className="readout" data-testid="stack-sentence">“{words.join(' ')}”{analysis ? m.loss(formatNumber(analysis.loss)) : ''}</p>
      {analysis ? (
        <div className="chart-row">
          <div>
            <p className="chart-title">{m.gradTitle}</p>
            <GradNormChart norms={analysis.gradNorms} width={width > 640 ? Math.floor(width / 2) - 8 : width} />
            <div className="legend">
              {analysis.gradNorms.map((_, l) => <span key={l}><span className="legend-swatch" style={{ background: LAYER_COLOURS[l] }} />{m.layer(l + 1)}</span>)}
            </div>
          </div>
          <div className="stack-heatmaps" data-testid="stack-heatmaps">
            {[...analysis.states].reverse().map((s, r) => {
              const l = analysis.layers - r;
              return <LayerHeatmap key={l} values={s} T={analysis.length} H={analysis.width} words={words} label={m.heatmap(l, l === analysis.layers)} />;
            })}
          </div>
        </div>
      ) : (
        <p className="readout">{m.trainFirst(settings.depth)}</p>
      )}
      <DataTable summary={m.tableSummary}
        columns={[m.depthColumn, m.heldOutAccuracy, m.heldOutLoss, m.steps, m.meanGrad]}
        rows={styles.map((s, k) => {
          const r = results.runs[s.key];
          const g = analysis?.gradNorms[k];
          return [s.label, percent(r?.accuracy), r ? formatNumber(r.testLoss) : '—', r?.step ?? 0, g ? formatNumber(g.reduce((a, b) => a + b, 0) / g.length) : '—'];
        })} />
    </div>
  );
}
