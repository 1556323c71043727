/**
 * The proof's key line with live numbers: ∂J(T)/∂h(T−ℓ) = ∂J(T)/∂h(T) · W_h^ℓ, and
 * ρ^ℓ against the measured ratio at the selected distance ℓ. Each line is its own
 * memoised Tex, so KaTeX runs only for the line whose text changed.
 */
import { memo } from 'react';
import { Tex, texNumber } from '../../viz/Tex';
import type { GradientFlowText } from './text';

interface Props {
  /** ‖∂J(T)/∂h(t)‖, t = 0..T−1. */
  gradFromLast: Float32Array;
  radius: number;
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

export const PowerEquation = memo(function PowerEquation({ gradFromLast: g, radius: rho, selected: ell, activation, cell, m }: Props) {
  const T = g.length;
  const measured = g[T - 1] > 0 ? g[T - 1 - ell] / g[T - 1] : NaN;
  const predicted = rho ** ell;
  const relation = cell === 'rnn' && activation === 'identity' ? '=' : `\\text{${m.versus}}`;
  const numbers =
    `\\ell = ${ell}:\\quad \\rho(\\mathbf{W}${cell === 'rnn' ? '_h' : '_f'})^{\\ell} = ${texNumber(rho)}^{${ell}} \\approx ${texNumber(predicted)}` +
    `\\quad ${relation} \\quad \\frac{\\lVert \\partial J^{(T)}/\\partial \\mathbf{h}^{(T-\\ell)} \\rVert}{\\lVert \\partial J^{(T)}/\\partial \\mathbf{h}^{(T)} \\rVert} = ${texNumber(measured)}`;
  return (
    <div className="power-equation">
      <Tex display tex={lawTex(cell, activation, m)} />
      <Tex display tex={numbers} />
      <p className="hint">{m.equationHint}</p>
    </div>
  );
});
