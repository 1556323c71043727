/**
 * The passage as text: each word shaded, and topped with a bar, by how much of the
 * blank's gradient reaches the hidden state at that word, on the shared log scale.
 * "tickets" is outlined as the word the blank needs; the blank is where J(T) is.
 */
import { hcl } from 'd3';
import { magnitudeColour, formatNumber } from '../../viz/scales';
import type { ScaleLogarithmic } from 'd3';
import type { PassageWord } from './passage';
import { ticketsText } from './text';
import { useMessages } from '../../app/messages';

interface PassageViewProps {
  words: PassageWord[];
  /** ‖∂J(T)/∂h(t)‖ per word. */
  magnitudes: Float32Array;
  answerIndex: number;
  /** Log scale from magnitude to bar height in px (range [0, max]). */
  bar: ScaleLogarithmic<number, number>;
}

export function PassageView({ words, magnitudes, answerIndex, bar }: PassageViewProps) {
  const m = useMessages(ticketsText);
  const colour = magnitudeColour(bar.domain() as [number, number]);
  const T = words.length;
  return (
    <p className="tk-passage" aria-label={m.passage}>
      {words.map((w, t) => {
        const g = magnitudes[t];
        const ok = Number.isFinite(g) && g > 0;
        const fill = ok ? colour(g) : '#c1121f';
        const ink = hcl(fill).l > 62 ? '#1b1f24' : '#ffffff';
        return (
          <span key={t} className={`tk-word${t === answerIndex ? ' tk-answer' : ''}`} data-word={w.word} data-grad={g}
            title={`${w.word}: ‖∂J(T)/∂h‖ = ${formatNumber(g)}, ℓ = ${T - 1 - t}`}>
            <span className="tk-bar" style={{ height: ok ? Math.max(1, bar(g)) : bar.range()[1] }} aria-hidden="true" />
            <span className="tk-text" style={{ background: fill, color: ink }}>{w.text}</span>
          </span>
        );
      })}
      <span className="tk-word tk-blank">
        <span className="tk-bar" aria-hidden="true" />
        <span className="tk-text">___</span>
      </span>
    </p>
  );
}

/** The colour key: a strip over the scale's domain with its decades. */
export function ColourKey({ domain, width }: { domain: [number, number]; width: number }) {
  const colour = magnitudeColour(domain);
  const w = Math.max(160, Math.min(320, width - 10));
  const [d0, d1] = domain.map((v) => Math.round(Math.log10(v)));
  const n = d1 - d0;
  const every = Math.max(1, Math.ceil(n / 6));
  const sup = (e: number) => (e === 0 ? '1' : `10${String(e).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)])}`);
  return (
    <svg className="chart tk-key" style={{ width: w }} width={w} height={34} viewBox={`0 0 ${w} 34`} aria-hidden="true">
      <defs>
        <linearGradient id="tk-key-gradient">
          {Array.from({ length: 11 }, (_, k) => k / 10).map((s) => <stop key={s} offset={s} stopColor={colour(10 ** (d0 + s * n))} />)}
        </linearGradient>
      </defs>
      <rect x={8} y={2} width={w - 16} height={12} fill="url(#tk-key-gradient)" />
      {Array.from({ length: n + 1 }, (_, k) => d0 + k).filter((e) => (e - d0) % every === 0).map((e) => (
        <text key={e} x={8 + ((e - d0) / n) * (w - 16)} y={28} textAnchor="middle" fontSize={11} fill="currentColor">{sup(e)}</text>
      ))}
    </svg>
  );
}
