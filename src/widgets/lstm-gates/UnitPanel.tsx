/** The picked unit over the text: coloured characters, its gates' traces, its c and h. */
import { CharStrip } from '../lstm-shared/CharStrip';
import { TraceChart } from '../lstm-shared/TraceChart';
import { CONCEPTS, conceptColour } from '../lstm-shared/concepts';
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
  const c = CONCEPTS[show];
  const signedMax = Math.max(1, ...Array.from(col('c'), Math.abs));
  return (
    <section className="unit-panel" aria-label={`unit ${unit} over the text`}>
      <p className="chart-title">Unit {unit}: the text coloured by its {c.name} {c.symbol}</p>
      <CharStrip labels={trace.labels} values={col(show)} colour={conceptColour(show, extent)} cursor={cursor} onPick={onCursor}
        label={`the text coloured by unit ${unit}'s ${c.name}`} />
      <TraceChart width={width} height={110} domain={[0, 1]} cursor={cursor} yLabel="gates"
        label={`unit ${unit}: forget, input and output gates over the text`}
        series={(['f', 'i', 'o'] as const).map((k) => ({ label: CONCEPTS[k].symbol, values: col(k), colour: CONCEPTS[k].colour }))} />
      <TraceChart width={width} height={110} domain={[-signedMax, signedMax]} cursor={cursor} yLabel="states"
        label={`unit ${unit}: cell state c and hidden state h over the text`}
        series={[
          { label: 'c', values: col('c'), colour: CONCEPTS.c.colour, width: 2.4 },
          { label: 'h', values: col('h'), colour: CONCEPTS.h.colour },
        ]} />
      <div className="legend">
        {(['f', 'i', 'o', 'c', 'h'] as const).map((k) => (
          <span key={k}><span className="legend-swatch" style={{ background: CONCEPTS[k].colour }} />{CONCEPTS[k].symbol} {CONCEPTS[k].name}</span>
        ))}
      </div>
    </section>
  );
}
