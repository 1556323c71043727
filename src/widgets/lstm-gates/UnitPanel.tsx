/** The picked unit over the text: coloured characters, its gates' traces, its c and h. */
import { CharStrip } from '../lstm-shared/CharStrip';
import { TraceChart } from '../lstm-shared/TraceChart';
import { useMessages } from '../../app/messages';
import { CONCEPTS, conceptColour, conceptName } from '../lstm-shared/concepts';
import { lstmSharedText } from '../lstm-shared/text';
import { lstmGatesText } from './text';
import type { TextTrace, TraceKey } from '../lstm-shared/char-text';
import { column } from '../lstm-shared/char-text';

interface UnitPanelProps {
  trace: TextTrace;
  unit: number;
  show: TraceKey;
  extent: number;
  cursor: number;
  onCursor(t: number): void;
  width: number;
}

export function UnitPanel({ trace, unit, show, extent, cursor, onCursor, width }: UnitPanelProps) {
  const col = (key: TraceKey) => column(trace, key, unit);
  const m = useMessages(lstmGatesText);
  const shared = useMessages(lstmSharedText);
  const c = CONCEPTS[show];
  const name = conceptName(shared, show);
  const signedMax = Math.max(1, ...Array.from(col('c'), Math.abs));
  return (
    <section className="unit-panel" aria-label={m.unitPanel(unit)}>
      <p className="chart-title">{m.unitPanelTitle(unit, name, c.symbol)}</p>
      <CharStrip labels={trace.labels} values={col(show)} colour={conceptColour(show, extent)} cursor={cursor} onPick={onCursor}
        label={m.charStrip(unit, name)} />
      <TraceChart width={width} height={110} domain={[0, 1]} cursor={cursor} yLabel={m.gatesAxis}
        label={m.gatesChart(unit)}
        series={(['f', 'i', 'o'] as const).map((k) => ({ label: CONCEPTS[k].symbol, values: col(k), colour: CONCEPTS[k].colour }))} />
      <TraceChart width={width} height={110} domain={[-signedMax, signedMax]} cursor={cursor} yLabel={m.statesAxis}
        label={m.statesChart(unit)}
        series={[
          { label: 'c', values: col('c'), colour: CONCEPTS.c.colour, width: 2.4 },
          { label: 'h', values: col('h'), colour: CONCEPTS.h.colour },
        ]} />
      <div className="legend">
        {(['f', 'i', 'o', 'c', 'h'] as const).map((k) => (
          <span key={k}><span className="legend-swatch" style={{ background: CONCEPTS[k].colour }} />{CONCEPTS[k].symbol} {conceptName(shared, k)}</span>
        ))}
      </div>
    </section>
  );
}
