/**
 * The proof's key line with live numbers: ∂J(T)/∂h(T−ℓ) = ∂J(T)/∂h(T) · W_h^ℓ, and
 * ρ^ℓ against the measured ratio at the selected distance ℓ.
 */
import { Tex, texNumber } from '../../viz/Tex';
import type { GradientFlowResult } from './compute';

interface Props {
  result: GradientFlowResult;
  selected: number;
  activation: string;
  cell: 'rnn' | 'lstm';
}

export function PowerEquation({ result, selected: ell, activation, cell }: Props) {
  const g = result.analysis.gradFromLast;
  const T = g.length;
  const measured = g[T - 1] > 0 ? g[T - 1 - ell] / g[T - 1] : NaN;
  const rho = result.radius;
  const predicted = rho ** ell;
  const relation = cell === 'rnn' && activation === 'identity' ? '=' : cell === 'rnn' ? '\\text{vs.}' : '\\text{vs.}';
  const law =
    cell === 'rnn'
      ? activation === 'identity'
        ? `\\frac{\\partial J^{(T)}}{\\partial \\mathbf{h}^{(T-\\ell)}} = \\frac{\\partial J^{(T)}}{\\partial \\mathbf{h}^{(T)}}\\,\\mathbf{W}_h^{\\ell}`
        : `\\frac{\\partial J^{(T)}}{\\partial \\mathbf{h}^{(T-\\ell)}} = \\frac{\\partial J^{(T)}}{\\partial \\mathbf{h}^{(T)}} \\prod_{t} \\operatorname{diag}(\\sigma')\\,\\mathbf{W}_h`
      : `\\text{LSTM: the gradient also flows through } \\mathbf{c}^{(t)} = \\mathbf{f}^{(t)} \\circ \\mathbf{c}^{(t-1)} + \\cdots`;
  const numbers =
    `\\ell = ${ell}:\\quad \\rho(\\mathbf{W}${cell === 'rnn' ? '_h' : '_f'})^{\\ell} = ${texNumber(rho)}^{${ell}} \\approx ${texNumber(predicted)}` +
    `\\quad ${relation} \\quad \\frac{\\lVert \\partial J^{(T)}/\\partial \\mathbf{h}^{(T-\\ell)} \\rVert}{\\lVert \\partial J^{(T)}/\\partial \\mathbf{h}^{(T)} \\rVert} = ${texNumber(measured)}`;
  return (
    <div className="power-equation">
      <Tex display tex={law} />
      <Tex display tex={numbers} />
      <p className="hint">Point at the chart or focus it and press ← → to pick ℓ.</p>
    </div>
  );
}
