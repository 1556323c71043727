/** The cell-gradient comparison's words: controls, training, the chart and the sentences from the numbers. */
import { defineMessages } from '../../app/messages';

/** The summary's numbers, already formatted (same digits in both languages). */
export interface CellGradientNumbers {
  /** Steps between the symbol to recall and the question. */
  steps: number;
  lstmKept: string;
  rnnKept: string;
  meanForget: string;
  bias: number;
  sigmaBias: string;
  /** meanForget to the power `steps`. */
  product: string;
  ratio: string;
}

/** Which end of the sequence the chart's cursor is on, if any. */
export type LagEnd = 'symbol' | 'question' | null;

export const cellGradientText = defineMessages(
  {
    title: 'Gradient through the cell vs through a simple RNN',
    shortcutBias: 'forget-gate bias 1 ↔ 3',
    progress: (percent: number, step: number) => `${percent}% after ${step} steps`,
    starting: 'starting…',
    seriesLstmCell: 'LSTM ‖∂J(T)/∂c(t)‖, through the cell',
    seriesRnnHidden: 'simple RNN ‖∂J(T)/∂h(t)‖',
    seriesLstmHidden: 'LSTM ‖∂J(T)/∂h(t)‖',
    settings: 'Cell gradient settings',
    lag: 'lag L (steps between symbol and question)',
    bias: 'LSTM forget-gate bias b_f',
    seed: 'seed',
    stop: 'Stop training',
    untrain: 'Back to the untrained models',
    train: (steps: number) => `Train both on this lag (up to ${steps} steps)`,
    accuracy: (rnn: string, lstm: string) => `recall accuracy — simple RNN ${rnn} · LSTM ${lstm}`,
    chartTitle: (trained: boolean) => `Gradient of the question’s loss reaching each earlier step (${trained
      ? 'after training, as chapter 3’s race does'
      : 'untrained models, hidden 32, as at the start of chapter 3’s race'})`,
    yAxis: 'gradient norm (log)',
    stepsBack: (ell: number, end: LagEnd) => `ℓ = ${ell} steps back${end === 'symbol' ? ' (the symbol to recall)' : end === 'question' ? ' (the question)' : ''}:`,
    lstmCell: 'LSTM cell',
    rnnHidden: 'RNN hidden',
    question: 'Does the difference decide learning?',
    raceLink: 'Race a simple RNN and an LSTM on this task in chapter 3',
    raceBias: (bias: number) => ` (forget-gate bias ${bias}).`,
    tableSummary: 'The numbers in this chart',
    stepColumn: 'step t',
    // Sentences computed from the numbers
    atSymbol: (n: CellGradientNumbers) => `Back at the symbol to recall, ${n.steps} steps before the question, the gradient reaching the LSTM’s cell is ${n.lstmKept} × the one at the question; for the simple RNN’s hidden state the factor is ${n.rnnKept}.`,
    forgetPath: (n: CellGradientNumbers) => `The forget gates average ${n.meanForget} (σ(${n.bias}) = ${n.sigmaBias} at b_f = ${n.bias}). Along the cell’s direct path the gradient is only multiplied by them — about ${n.product} over ${n.steps} steps — with no W_h and no tanh′ in between; the paths through h add to it.`,
    keepsFarMore: (n: CellGradientNumbers) => `The LSTM keeps ${n.ratio} times more of the signal that teaches the recall: why it learns this lag in chapter 3’s race and the simple RNN does not.`,
    keepsMore: (n: CellGradientNumbers) => `The LSTM keeps ${n.ratio} times more of it; make the lag longer to see the gap grow.`,
    alike: 'At this lag and bias the two are alike: the cell forgets about as fast as the RNN’s gradient fades. Raise b_f or lengthen the lag.',
  },
  {
    title: '셀을 통한 기울기와 간단한 RNN의 기울기',
    shortcutBias: '망각 게이트 편향 1 ↔ 3',
    progress: (percent: number, step: number) => `${step}스텝 후 ${percent}%`,
    starting: '시작하는 중…',
    seriesLstmCell: 'LSTM ‖∂J(T)/∂c(t)‖, 셀을 따라',
    seriesRnnHidden: '간단한 RNN ‖∂J(T)/∂h(t)‖',
    seriesLstmHidden: 'LSTM ‖∂J(T)/∂h(t)‖',
    settings: '셀 기울기 설정',
    lag: '간격 L (기호와 질문 사이의 timestep 수)',
    bias: 'LSTM 망각 게이트 편향 b_f',
    seed: '시드',
    stop: '학습 멈추기',
    untrain: '학습 전 모델로 돌아가기',
    train: (steps: number) => `이 간격으로 두 모델 학습하기 (최대 ${steps}스텝)`,
    accuracy: (rnn: string, lstm: string) => `기억 정확도 — 간단한 RNN ${rnn} · LSTM ${lstm}`,
    chartTitle: (trained: boolean) => `질문에서의 손실이 이전 각 timestep에 전하는 기울기 (${trained
      ? '학습 후, 3장의 경주와 같은 방식'
      : '학습 전 모델, 은닉 크기 32, 3장 경주의 출발점과 같음'})`,
    yAxis: '기울기 노름 (로그)',
    stepsBack: (ell: number, end: LagEnd) => `ℓ = ${ell} timestep 전${end === 'symbol' ? ' (기억할 기호)' : end === 'question' ? ' (질문)' : ''}:`,
    lstmCell: 'LSTM 셀',
    rnnHidden: 'RNN 은닉 상태',
    question: '이 차이가 학습을 좌우할까요?',
    raceLink: '3장에서 이 과제로 간단한 RNN과 LSTM을 경주시켜 보세요',
    raceBias: (bias: number) => ` (망각 게이트 편향 ${bias}).`,
    tableSummary: '이 차트의 수치',
    stepColumn: 'timestep 번호 t',
    atSymbol: (n: CellGradientNumbers) => `질문보다 ${n.steps} timestep 앞선 기억할 기호의 위치에서, LSTM의 셀에 도달하는 기울기는 질문 위치 기울기의 ${n.lstmKept}배입니다. 간단한 RNN의 은닉 상태에서는 이 배율이 ${n.rnnKept}입니다.`,
    forgetPath: (n: CellGradientNumbers) => `망각 게이트의 평균은 ${n.meanForget}입니다(b_f = ${n.bias}일 때 σ(${n.bias}) = ${n.sigmaBias}). 셀의 직접 경로를 따라가면 기울기에는 이 값만 곱해집니다. ${n.steps} timestep에 걸쳐 약 ${n.product}에 해당하며, 그 사이에 W_h도 tanh′도 없습니다. h를 거치는 경로들이 여기에 더해집니다.`,
    keepsFarMore: (n: CellGradientNumbers) => `LSTM은 기억을 가르치는 신호를 ${n.ratio}배 더 많이 보존합니다. 3장의 경주에서 LSTM은 이 간격을 배우고 간단한 RNN은 배우지 못하는 이유입니다.`,
    keepsMore: (n: CellGradientNumbers) => `LSTM이 이 신호를 ${n.ratio}배 더 많이 보존합니다. 간격을 늘리면 차이가 커지는 것을 볼 수 있습니다.`,
    alike: '이 간격과 편향에서는 둘이 비슷합니다. 셀이 잊는 속도가 RNN의 기울기가 희미해지는 속도와 비슷합니다. b_f를 올리거나 간격을 늘려 보세요.',
  },
);

export type CellGradientWords = (typeof cellGradientText)['en'];
