/**
 * The tickets widget's words. The passage itself is data and stays English; numbers
 * arrive already formatted, so both languages show them identically.
 */
import { defineMessages } from '../../app/messages';

type Cell = 'rnn' | 'lstm';

/** One cell's settings as the sentence names them. */
export interface CellSetting {
  cell: Cell;
  rho: string;
  forgetBias: number;
}

const enCell = { rnn: 'simple RNN', lstm: 'LSTM' } as const;
const koCell = { rnn: '간단한 RNN', lstm: 'LSTM' } as const;

const enSetting = (s: CellSetting) => `the ${enCell[s.cell]} at ρ = ${s.rho}${s.cell === 'lstm' ? ` and forget-gate bias b_f = ${s.forgetBias}` : ''}`;
const koSetting = (s: CellSetting) => `ρ = ${s.rho}${s.cell === 'lstm' ? `, 망각 게이트 편향 b_f = ${s.forgetBias}` : ''}인 ${koCell[s.cell]}`;

export const ticketsText = defineMessages(
  {
    title: 'How much gradient reaches each word from the blank',
    controls: 'Tickets passage settings',
    cell: 'cell',
    simpleRnn: 'simple RNN',
    lstm: 'LSTM',
    rho: 'spectral radius ρ',
    forgetBias: 'LSTM forget-gate bias b_f',
    seed: 'seed',
    passage: 'The passage, each word shaded by the gradient from the blank',
    keyLabel: '‖∂J(T)/∂h(t)‖, gradient of the loss at the blank w.r.t. the hidden state at each word (log scale)',
    legendAnswer: 'the word the blank needs',
    legendBlank: 'the blank, where the loss J(T) is',
    atLast: (word: string) => `At the last word “${word}”:`,
    atAnswer: 'at “tickets”:',
    ratio: 'ratio',
    note: (seed: number, hidden: number, vocab: number) =>
      `These are the gradient pathways of freshly initialised weights (W_h = ρ·Q, seed ${seed}; ${hidden} hidden units, a word-level vocabulary of ${vocab} words), ` +
      'not of a trained model: they show how much learning signal from the blank could reach each word at the start of training.',
    tableSummary: 'The numbers behind the shading',
    colWord: 'word',
    colDistance: 'ℓ = distance to the blank’s step',
    colRelative: 'relative to the last word',
    fromBlank: (distance: number, shrinks: boolean, ratio: string, decades: string, shown: CellSetting, other: CellSetting, otherRatio: string, otherDecades: string) =>
      `From the blank back to “tickets” (ℓ = ${distance} words), the gradient ${shrinks ? 'shrinks' : 'grows'} by a factor of ${ratio} (≈ ${decades}) for ${enSetting(shown)}; ` +
      `${enSetting(other)} keeps ${otherRatio} (≈ ${otherDecades}).`,
    rnnBound: (rho: string, distance: number, bound: string) =>
      `ρ^ℓ = ${rho}^${distance} = ${bound} bounds what the recurrent matrix alone lets through; every tanh′ ≤ 1 factor pulls it further down.`,
    lstmKeep: (forgetBias: number, f: string, distance: number, kept: string) =>
      `With b_f = ${forgetBias} the forget gate starts near σ(b_f) = ${f}, so the cell keeps about ${f}^${distance} = ${kept} of itself over ℓ steps: the additive path of Chapter 4.`,
  },
  {
    title: '빈칸에서 각 단어까지 도달하는 기울기',
    controls: 'tickets 문단 설정',
    cell: '셀',
    simpleRnn: '간단한 RNN',
    lstm: 'LSTM',
    rho: '스펙트럼 반경 ρ',
    forgetBias: 'LSTM 망각 게이트 편향 b_f',
    seed: '시드',
    passage: '빈칸에서 온 기울기의 크기로 각 단어를 칠한 문단',
    keyLabel: '‖∂J(T)/∂h(t)‖: 빈칸의 손실을 각 단어의 은닉 상태로 미분한 기울기(로그 스케일)',
    legendAnswer: '빈칸에 들어갈 단어',
    legendBlank: '빈칸(손실 J(T)가 있는 곳)',
    atLast: (word: string) => `마지막 단어 “${word}”:`,
    atAnswer: '“tickets” 위치:',
    ratio: '비율',
    note: (seed: number, hidden: number, vocab: number) =>
      `학습된 모델이 아니라 갓 초기화한 가중치(W_h = ρ·Q, 시드 ${seed}; 은닉 유닛 ${hidden}개, 단어 ${vocab}개짜리 단어 수준 어휘)의 기울기 경로입니다. ` +
      '학습을 시작할 때 빈칸의 학습 신호가 각 단어에 얼마나 닿을 수 있는지 보여 줍니다.',
    tableSummary: '음영에 쓰인 수치',
    colWord: '단어',
    colDistance: 'ℓ = 빈칸 timestep까지의 거리',
    colRelative: '마지막 단어 대비',
    fromBlank: (distance: number, shrinks: boolean, ratio: string, decades: string, shown: CellSetting, other: CellSetting, otherRatio: string, otherDecades: string) =>
      `빈칸에서 “tickets”까지(ℓ = ${distance} 단어) 거슬러 가면 ${koSetting(shown)}에서는 기울기가 ${ratio}배(≈ ${decades})로 ${shrinks ? '줄어듭니다' : '커집니다'}. ` +
      `${koSetting(other)}에서는 ${otherRatio}배(≈ ${otherDecades})가 남습니다.`,
    rnnBound: (rho: string, distance: number, bound: string) =>
      `ρ^ℓ = ${rho}^${distance} = ${bound}: 순환 행렬만으로 통과할 수 있는 양의 상한입니다. tanh′ ≤ 1인 인수가 곱해질 때마다 더 작아집니다.`,
    lstmKeep: (forgetBias: number, f: string, distance: number, kept: string) =>
      `b_f = ${forgetBias}일 때 망각 게이트는 σ(b_f) = ${f} 근처에서 시작하므로, 셀 상태는 ℓ timestep 동안 자기 값의 약 ${f}^${distance} = ${kept}만큼을 유지합니다. 4장의 덧셈 경로입니다.`,
  },
);

export type TicketsText = (typeof ticketsText)['en'];
