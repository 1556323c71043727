/** The keys: log colour bar of the loss, and the two path styles. */
import { scaleLog } from 'd3';
import { lossColour, LOSS_DOMAIN } from './surface-image';
import { PATH_STYLE, type PathKind } from './path-style';
import { cliffText } from './text';
import { useMessages } from '../../app/messages';

export function ColourBar({ width }: { width: number }) {
  const m = useMessages(cliffText);
  const w = Math.min(260, Math.max(160, width - 20));
  const x = scaleLog().domain(LOSS_DOMAIN).range([8, w - 8]);
  const stops = Array.from({ length: 11 }, (_, k) => k / 10);
  const gradientId = 'cliff-colourbar';
  const decades = [-3, -2, -1, 0, 1, 2];
  return (
    <figure className="cliff-colourbar">
      <figcaption>{m.colourBar}</figcaption>
      <svg width={w} height={34} viewBox={`0 0 ${w} 34`} aria-hidden="true" className="chart">
        <defs>
          <linearGradient id={gradientId}>
            {stops.map((t) => (
              <stop key={t} offset={t} stopColor={lossColour(10 ** (Math.log10(LOSS_DOMAIN[0]) + t * Math.log10(LOSS_DOMAIN[1] / LOSS_DOMAIN[0])))} />
            ))}
          </linearGradient>
        </defs>
        <rect x={8} y={2} width={w - 16} height={12} fill={`url(#${gradientId})`} />
        {decades.map((e) => (
          <text key={e} x={x(10 ** e)} y={28} textAnchor="middle" fontSize={11} fill="currentColor">
            {e === 0 ? '1' : `10${e < 0 ? '⁻' : ''}${'⁰¹²³⁴⁵⁶⁷⁸⁹'[Math.abs(e)]}`}
          </text>
        ))}
      </svg>
    </figure>
  );
}

export function PathKey() {
  const m = useMessages(cliffText);
  return (
    <div className="legend cliff-key">
      {(Object.keys(PATH_STYLE) as PathKind[]).map((k) => (
        <span key={k}>
          <svg width={28} height={10} aria-hidden="true" style={{ verticalAlign: '0' }}>
            <line x1={1} x2={27} y1={5} y2={5} stroke={PATH_STYLE[k].colour} strokeWidth={2.5} strokeDasharray={PATH_STYLE[k].dash} />
          </svg>{' '}
          {k === 'clipped' ? m.keyClipped : m.keyPlain}
        </span>
      ))}
      <span>{m.keyMarks}</span>
    </div>
  );
}
