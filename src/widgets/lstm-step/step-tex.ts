/**
 * The six equations as TeX with unit j's live numbers, each symbol in its gate's colour.
 * A forced gate shows its forced value and, beside it, what the model computed.
 */
import { texNumber } from '../../viz/Tex';
import type { LstmGate } from '../../core/params';
import type { StepView } from './compute';
import type { LstmStepWords } from './text';

const SYMBOL: Record<LstmGate, string> = {
  f: '\\htmlClass{gate-f}{f_j}', i: '\\htmlClass{gate-i}{i_j}', o: '\\htmlClass{gate-o}{o_j}', c: '\\htmlClass{gate-c}{\\tilde c_j}',
};
const N = (v: number) => texNumber(v, 3);
/** A factor in a product: negatives in parentheses. */
const F = (v: number) => (v < 0 ? `(${N(v)})` : N(v));

function gateLine(v: StepView, g: LstmGate, m: LstmStepWords, compact: boolean): string {
  const j = v.unit;
  const fn = g === 'c' ? '\\tanh' : '\\sigma';
  const pre = v.step.pre[g][j];
  const model = v.free.gates[g][j];
  const forced = v.overrides[g] !== undefined;
  const value = forced ? `\\boxed{${N(v.step.gates[g][j])}}\\ \\text{${m.texForced}}${N(model)}\\text{)}` : N(model);
  const sum = compact ? '' : `${fn}\\left(\\mathbf{W}_${g} \\htmlClass{state-h}{\\mathbf{h}^{(t-1)}} + \\mathbf{U}_${g} \\mathbf{x}^{(t)} + \\mathbf{b}_${g}\\right)_j = `;
  return `${SYMBOL[g]} &= ${sum}${fn}(${N(pre)}) = ${value}`;
}

/**
 * @param m the words of a forced gate's note, in the reader's language
 * @param compact leave out the matrix form (narrow screens)
 */
export function stepTex(v: StepView, m: LstmStepWords, compact = false): string {
  const j = v.unit;
  const g = v.step.gates;
  const cPrev = v.cPrev[j];
  const c = v.step.c[j];
  const cLine = `\\htmlClass{state-c}{c_j^{(t)}} &= ${SYMBOL.f} \\, \\htmlClass{state-c}{c_j^{(t-1)}} + ${SYMBOL.i} \\, ${SYMBOL.c} = ${F(g.f[j])} \\cdot ${F(cPrev)} + ${F(g.i[j])} \\cdot ${F(g.c[j])} = ${N(c)}`;
  const hLine = `\\htmlClass{state-h}{h_j^{(t)}} &= ${SYMBOL.o} \\tanh \\htmlClass{state-c}{c_j^{(t)}} = ${F(g.o[j])} \\cdot \\tanh(${N(c)}) = ${N(v.step.h[j])}`;
  return `\\begin{aligned} ${(['f', 'i', 'o', 'c'] as const).map((k) => gateLine(v, k, m, compact)).join(' \\\\ ')} \\\\ ${cLine} \\\\ ${hLine} \\end{aligned}`;
}
