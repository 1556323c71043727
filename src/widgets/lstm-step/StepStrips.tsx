/**
 * Every unit at once: previous states, the four gates, the new states, as bar strips.
 * Where a gate is forced, the model's own values (and the model's c and h) are ticks.
 */
import { useMessages } from '../../app/messages';
import { BarStrip } from '../lstm-shared/BarStrip';
import { CONCEPTS } from '../lstm-shared/concepts';
import { signedExtent } from '../lstm-shared/concepts';
import type { TraceKey } from '../lstm-shared/char-text';
import type { StepView } from './compute';
import { lstmStepText } from './text';

interface Row {
  label: string;
  key: TraceKey;
  values: ArrayLike<number>;
  reference?: ArrayLike<number> | null;
}

export function StepStrips({ view, width }: { view: StepView; width: number }) {
  const m = useMessages(lstmStepText);
  const { step, free, overrides } = view;
  const forcedAny = Object.keys(overrides).length > 0;
  const rows: Row[] = [
    { label: 'h(t−1)', key: 'h', values: view.hPrev },
    { label: 'c(t−1)', key: 'c', values: view.cPrev },
    { label: 'f(t)', key: 'f', values: step.gates.f, reference: overrides.f !== undefined ? free.gates.f : null },
    { label: 'i(t)', key: 'i', values: step.gates.i, reference: overrides.i !== undefined ? free.gates.i : null },
    { label: 'c̃(t)', key: 'cand', values: step.gates.c },
    { label: 'o(t)', key: 'o', values: step.gates.o, reference: overrides.o !== undefined ? free.gates.o : null },
    { label: 'c(t)', key: 'c', values: step.c, reference: forcedAny ? free.c : null },
    { label: 'h(t)', key: 'h', values: step.h, reference: forcedAny ? free.h : null },
  ];
  const cExtent = Math.max(signedExtent(Float32Array.from(view.cPrev)), signedExtent(Float32Array.from(step.c)), signedExtent(Float32Array.from(free.c)));
  const stripWidth = Math.max(120, width - 100);
  return (
    <div className="step-strips" aria-hidden="true">
      {rows.map((r) => (
        <div className="bar-strip-row" key={r.label}>
          <span className="strip-label"><span className="legend-swatch" style={{ background: CONCEPTS[r.key].colour }} />{r.label}</span>
          <BarStrip values={r.values} reference={r.reference} colour={CONCEPTS[r.key].colour} range={CONCEPTS[r.key].range}
            extent={r.key === 'c' ? cExtent : 1} width={stripWidth} selected={view.unit} />
        </div>
      ))}
      <p className="strip-caption">{m.stripCaption(view.hPrev.length, view.unit)}{forcedAny ? m.stripTicks : ''}</p>
    </div>
  );
}
