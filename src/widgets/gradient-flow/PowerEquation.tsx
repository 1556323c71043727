/**
 * The proof's key line with live numbers: ∂J(T)/∂h(T−ℓ) = ∂J(T)/∂h(T) · W_h^ℓ, and
 * ρ^ℓ against the measured ratio at the selected distance ℓ. The law is a memoised
 * Tex (it changes with the cell and activation only); the numbers line is painted
 * from the source, and KaTeX runs only when its text changed.
 */
import { memo, useRef } from 'react';
import { Tex, texHtml, texNumber } from '../../viz/Tex';
import { usePaint } from '../../viz/use-paint';
import type { FrameSource } from '../../state/frame-source';
import type { GradientFlowText } from './text';

export interface PowerNumbers {
  /** ‖∂J(T)/∂h(t)‖, t = 0..T−1. */
  gradFromLast: Float32Array;
  radius: number;
}

interface Props {
  source: FrameSource<PowerNumbers>;
  selected: number;
  activation: string;
  cell: 'rnn' | 'lstm';
  m: GradientFlowText;
}

const DJ_DH = (at: string) => `\\frac{\\partial J^{(T)}}{\\partial \\mathbf{h}^{(${at})}}`;

function lawTex(cell: 'rnn' | 'lstm', activation: string, m: GradientFlowText): string {
  if (cell === 'lstm') return `\\text{${m.lstmLaw}} \\mathbf{c}^{(t)} = \\mathbf{f}^{(t)} \\circ \\mathbf{c}^{(t-1)} + \\cdots`;
  return activation === 'identity'
    ? `${DJ_DH('T-\\ell')} = ${DJ_DH('T')}\\,\\mathbf{W}_h^{\\ell}`
    : `${DJ_DH('T-\\ell')} = ${DJ_DH('T')} \\prod_{t} \\operatorname{diag}(\\sigma')\\,\\mathbf{W}_h`;
}

function numbersTex({ gradFromLast: g, radius: rho }: PowerNumbers, ell: number, cell: 'rnn' | 'lstm', activation: string, m: GradientFlowText): string {
  const T = g.length;
  const measured = g[T - 1] > 0 ? g[T - 1 - ell] / g[T - 1] : NaN;
  const predicted = rho ** ell;
  const relation = cell === 'rnn' && activation === 'identity' ? '=' : `\\text{${m.versus}}`;
  return `\\ell = ${ell}:\\quad \\rho(\\mathbf{W}${cell === 'rnn' ? '_h' : '_f'})^{\\ell} = ${texNumber(rho)}^{${ell}} \\approx ${texNumber(predicted)}` +
    `\\quad ${relation} \\quad \\frac{\\lVert \\partial J^{(T)}/\\partial \\mathbf{h}^{(T-\\ell)} \\rVert}{\\lVert \\partial J^{(T)}/\\partial \\mathbf{h}^{(T)} \\rVert} = ${texNumber(measured)}`;
}

export const PowerEquation = memo(function PowerEquation({ source, selected: ell, activation, cell, m }: Props) {
  const numbers = useRef<HTMLDivElement>(null);
  const shown = useRef('');
  usePaint(source, (value) => {
    if (!numbers.current || ell >= value.gradFromLast.length) return;
    const tex = numbersTex(value, ell, cell, activation, m);
    if (tex === shown.current && numbers.current.firstChild) return;
    shown.current = tex;
    numbers.current.innerHTML = texHtml(tex, true);
  });
  return (
    <div className="power-equation">
      <Tex display tex={lawTex(cell, activation, m)} />
      <div className="live-equation" ref={numbers} />
      <p className="hint">{m.equationHint}</p>
    </div>
  );
});
