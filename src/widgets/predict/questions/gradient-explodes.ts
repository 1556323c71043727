/** Chapter 3: with ρ = 1.1, does the last step's gradient reach step 1 larger or smaller? Read from the lab's pass. */
import { formatNumber } from '../../../viz/scales';
import { GRADIENT_FLOW_PREFIX } from '../../gradient-flow/schema';
import type { GradientFlowResults, GradientFlowSettings } from '../../gradient-flow/compute';
import type { PredictQuestion } from '../types';

const RHO = 1.1;
const T = 100;
/** Within this factor of 1 the two gradients count as "about the same". */
const SAME = 1.1;

const words = {
  en: {
    computing: 'Computing in the widget below…',
    elsewhere: (cell: string, rho: string, length: number, k: number) =>
      `The lab is now set to ${cell}, ρ = ${rho}, T = ${length}${k > 0 ? `, truncation k = ${k}` : ''}; the question needs a simple RNN with ρ = ${RHO}, T = ${T} and no truncation.`,
    measured: (g1: string, g100: string, ratio: string, larger: boolean) =>
      `Measured in the lab: ‖∂J(T)/∂h(1)‖ = ${g1} against ‖∂J(T)/∂h(100)‖ = ${g100} at the loss itself, ${ratio} times ${larger ? 'larger' : 'as large'} at step 1.`,
    linear: (radius: string, power: string) =>
      ` Each step back multiplies the gradient by W_hᵀ, whose spectral radius is ${radius} > 1: over the 99 steps that is ρ⁹⁹ = ${power}. Just above 1 is enough to explode.`,
    squashed: (activation: string, power: string) =>
      ` ρ⁹⁹ alone would give ${power}; with ${activation}, every step back also multiplies by σ′, which pulls the product down.`,
    overflow: ' The numbers overflowed float32 on the way back.',
  },
  ko: {
    computing: '아래 위젯에서 계산하는 중…',
    elsewhere: (cell: string, rho: string, length: number, k: number) =>
      `실험 설정이 지금 ${cell}, ρ = ${rho}, T = ${length}${k > 0 ? `, 절단 길이 k = ${k}` : ''}입니다. 이 질문에는 ρ = ${RHO}, T = ${T}, 절단 없는 단순 RNN이 필요합니다.`,
    measured: (g1: string, g100: string, ratio: string, larger: boolean) =>
      `실험에서 잰 값: 손실 바로 그곳의 ‖∂J(T)/∂h(100)‖ = ${g100}에 비해 ‖∂J(T)/∂h(1)‖ = ${g1}로, timestep 1에서 ${ratio}배${larger ? ' 큽니다' : '입니다'}.`,
    linear: (radius: string, power: string) =>
      ` 한 timestep 거슬러 갈 때마다 기울기에 스펙트럼 반경이 ${radius} > 1인 W_hᵀ가 곱해집니다. 99 timestep이면 ρ⁹⁹ = ${power}입니다. 1보다 조금만 커도 폭발합니다.`,
    squashed: (activation: string, power: string) =>
      ` ρ⁹⁹만으로는 ${power}배가 되지만, ${activation}에서는 거슬러 갈 때마다 σ′도 곱해져 곱을 끌어내립니다.`,
    overflow: ' 거슬러 가는 도중에 수치가 float32의 범위를 넘었습니다.',
  },
} as const;

const fits = (s: GradientFlowSettings) => s.cell === 'rnn' && Math.abs(s.rho - RHO) < 0.005 && s.length === T && s.truncation === 0;

export const gradientExplodes: PredictQuestion = {
  id: 'ch3-gradient-rho-1.1',
  widget: 'gradient-flow',
  prefix: GRADIENT_FLOW_PREFIX,
  question: {
    en: `A linear simple RNN over T = ${T} steps, with the spectral radius of W_h set to ρ = ${RHO}, just above 1. Is the gradient of the last step’s loss larger or smaller when it reaches step 1 than at step ${T}?`,
    ko: `T = ${T} timestep에 걸친 선형 단순 RNN에서 W_h의 스펙트럼 반경을 1보다 조금 큰 ρ = ${RHO}로 둡니다. 마지막 timestep 손실의 기울기는 timestep 1에 도달했을 때 timestep ${T}에서보다 클까요, 작을까요?`,
  },
  options: [
    { key: 'larger', label: { en: 'larger at step 1', ko: 'timestep 1에서 더 크다' } },
    { key: 'smaller', label: { en: 'smaller at step 1', ko: 'timestep 1에서 더 작다' } },
    { key: 'same', label: { en: 'about the same', ko: '거의 같다' } },
  ],
  setup: { cell: 'rnn', activation: 'identity', rho: RHO, length: T, truncation: 0 },
  judge(state, locale) {
    const w = words[locale];
    const settings = state.settings as unknown as GradientFlowSettings;
    const { measured } = state.results as GradientFlowResults;
    if (!fits(settings)) {
      const cell = settings.cell === 'rnn' ? (locale === 'ko' ? '단순 RNN' : 'simple RNN') : 'LSTM';
      return { kind: 'elsewhere', note: w.elsewhere(cell, formatNumber(settings.rho), settings.length, settings.truncation) };
    }
    if (!measured || !fits(measured.settings) || measured.settings.activation !== settings.activation) return { kind: 'waiting', note: w.computing };
    const g = measured.gradFromLast;
    const [g1, gT] = [g[0], g[T - 1]];
    const ratio = g1 / gT;
    const overflow = !Number.isFinite(g1) || !Number.isFinite(gT);
    const answer = overflow || ratio > SAME ? 'larger' : ratio < 1 / SAME ? 'smaller' : 'same';
    const power = formatNumber(measured.radius ** (T - 1));
    let why = w.measured(formatNumber(g1), formatNumber(gT), formatNumber(ratio), ratio > 1);
    if (overflow) why += w.overflow;
    else if (measured.settings.activation === 'identity') why += w.linear(formatNumber(measured.radius), power);
    else why += w.squashed(measured.settings.activation, power);
    return { kind: 'answer', answers: [answer], why };
  },
};
