/** The gradient lab's words in English and Korean (numbers are formatted by the caller). */
import { defineMessages } from '../../app/messages';

export const gradientFlowText = defineMessages(
  {
    title: 'Gradient flow through time',
    // Controls
    settings: 'Gradient lab settings',
    cell: 'cell',
    simpleRnn: 'simple RNN',
    activation: 'activation σ',
    identity: 'identity',
    rho: 'spectral radius ρ',
    length: 'sequence length T',
    truncation: 'truncation window k',
    off: 'off',
    clipping: 'gradient clipping',
    threshold: 'clipping threshold',
    seed: 'seed',
    // Shortcuts
    keyClip: 'gradient clipping on/off',
    keyTruncation: (k: number) => `truncation off ↔ k = ${k}`,
    keyReset: 'reset to the chapter’s settings',
    // Unrolled network
    unrolledLabel: (T: number, thinner: boolean) =>
      `The network unrolled over ${T} steps. The gradient band gets ${thinner ? 'thinner' : 'thicker'} towards the first step.`,
    bandLabel: '← gradient of J(T), width = ‖∂J(T)/∂h(t)‖ (log)',
    // Distance chart
    distanceTitle: 'Gradient of the last step’s loss, by distance',
    distanceLabel: 'distance ℓ on the gradient chart',
    distanceAxis: 'distance ℓ = T − t (steps back from the loss)',
    normAxis: 'gradient norm (log)',
    truncated: 'truncated: exactly 0',
    afterClipping: '‖∂J(T)/∂h(t)‖ after clipping',
    beforeClipping: 'before clipping',
    prediction: 'ρ^ℓ prediction',
    allLosses: '‖∂J/∂h(t)‖, all steps’ losses',
    // Eigenvalues
    eigenTitle: (matrix: string) => `Eigenvalues of ${matrix}`,
    eigenLabel: (matrix: string, radius: string, inside: boolean) =>
      `Eigenvalues of ${matrix}: spectral radius ${radius}, ${inside ? 'inside' : 'on or outside'} the unit circle.`,
    realAxis: 'Re λ →',
    // Equation (inside \text{…} of TeX)
    lstmLaw: 'LSTM: the gradient also flows through ',
    versus: 'vs.',
    equationHint: 'Point at the chart or focus it and press ← → to pick ℓ.',
    // Readout and table
    loss: 'Loss',
    perplexity: 'perplexity',
    clippedTo: 'after clipping',
    tableSummary: 'The numbers in this chart',
    // Pinned runs, named by what differs from the run on screen
    pinNoTruncation: 'no truncation',
    // Summary sentences
    overflow: (nan: boolean, step: number) =>
      `The numbers overflowed: a gradient became ${nan ? 'NaN' : 'infinite'} at step ${step}. ` +
      'Products of many large Jacobians exceed float32. Clipping rescales the parameter gradient before the update, so training would not take this step at full size.',
    flow: (span: number, T: number, first: number, shrinks: boolean, ratio: string) =>
      `Flowing back ℓ = ${span} steps from the loss at step ${T} to step ${first}, the gradient ${shrinks ? 'shrinks' : 'grows'} by a factor of ${ratio}`,
    flowExact: (rho: string, span: number, power: string) =>
      ` — exactly ρ^ℓ = ${rho}^${span} = ${power}, as the proof predicts for a linear RNN`,
    flowBound: (power: string) => `; ρ^ℓ alone would give ${power}, and each σ′ ≤ γ factor pulls it further down`,
    sentenceEnd: '.',
    truncationSummary: (k: number, first: number) =>
      `Truncation with window k = ${k}: no gradient from J(T) reaches steps 1–${first}; it is exactly zero there, whatever ρ is.`,
    clipped: (norm: string, threshold: string, scale: string) =>
      `Clipping: the parameter gradient's norm ${norm} is above the threshold ${threshold}, so the whole update is scaled by ${scale} — same direction, every arrow scaled alike. Clipping tames the step size; it does not bring back the vanished far-away part.`,
    notClipped: (norm: string, threshold: string) =>
      `Clipping is on, but the parameter gradient's norm ${norm} is below the threshold ${threshold}, so nothing changes.`,
  },
  {
    title: '시간을 거스르는 기울기의 흐름',
    settings: '기울기 실험 설정',
    cell: '셀',
    simpleRnn: '단순 RNN',
    activation: '활성화 함수 σ',
    identity: '항등 함수',
    rho: '스펙트럼 반경 ρ',
    length: '시퀀스 길이 T',
    truncation: '절단 길이 k',
    off: '끔',
    clipping: '기울기 클리핑',
    threshold: '클리핑 임계값',
    seed: '시드',
    keyClip: '기울기 클리핑 켜기/끄기',
    keyTruncation: (k: number) => `절단 끄기 ↔ k = ${k}`,
    keyReset: '이 장의 설정으로 초기화',
    unrolledLabel: (T: number, thinner: boolean) =>
      `${T} timestep에 걸쳐 펼친 네트워크입니다. 첫 timestep 쪽으로 갈수록 기울기 띠가 ${thinner ? '가늘어집니다' : '굵어집니다'}.`,
    bandLabel: '← J(T)의 기울기, 두께 = ‖∂J(T)/∂h(t)‖ (로그)',
    distanceTitle: '마지막 timestep 손실의 기울기, 거리별',
    distanceLabel: '기울기 그래프의 거리 ℓ',
    distanceAxis: '거리 ℓ = T − t (손실에서 거슬러 올라간 timestep 수)',
    normAxis: '기울기 노름 (로그)',
    truncated: '절단됨: 정확히 0',
    afterClipping: '클리핑 후 ‖∂J(T)/∂h(t)‖',
    beforeClipping: '클리핑 전',
    prediction: 'ρ^ℓ 예측',
    allLosses: '‖∂J/∂h(t)‖, 모든 timestep의 손실',
    eigenTitle: (matrix: string) => `${matrix}의 고윳값`,
    eigenLabel: (matrix: string, radius: string, inside: boolean) =>
      `${matrix}의 고윳값: 스펙트럼 반경 ${radius}, 단위원 ${inside ? '안쪽' : '위 또는 바깥쪽'}입니다.`,
    realAxis: 'Re λ →',
    lstmLaw: 'LSTM: 기울기는 다음 경로로도 흐릅니다 ',
    versus: '대',
    equationHint: '그래프를 가리키거나, 그래프에 포커스를 두고 ← → 키를 눌러 ℓ을 고르세요.',
    loss: '손실',
    perplexity: '퍼플렉서티',
    clippedTo: '클리핑 후',
    tableSummary: '이 그래프의 수치',
    pinNoTruncation: '절단 없음',
    overflow: (nan: boolean, step: number) =>
      `수치가 넘쳤습니다: timestep ${step}에서 기울기에 ${nan ? 'NaN' : '무한대 값'}이 나타났습니다. ` +
      '큰 야코비안을 여러 번 곱하면 float32의 범위를 넘어섭니다. 클리핑은 업데이트 전에 매개변수 기울기를 줄이므로, 학습은 이 스텝을 원래 크기 그대로 밟지 않습니다.',
    flow: (span: number, T: number, first: number, shrinks: boolean, ratio: string) =>
      `timestep ${T}의 손실에서 timestep ${first}까지 ℓ = ${span} timestep을 거슬러 흐르는 동안 기울기는 ${ratio}배로 ${shrinks ? '줄어듭니다' : '커집니다'}`,
    flowExact: (rho: string, span: number, power: string) =>
      ` — 증명이 선형 RNN에 대해 예측한 대로 정확히 ρ^ℓ = ${rho}^${span} = ${power}입니다`,
    flowBound: (power: string) => `. ρ^ℓ만으로 계산하면 ${power}배가 되고, σ′ ≤ γ 인수가 곱해질 때마다 더 작아집니다`,
    sentenceEnd: '.',
    truncationSummary: (k: number, first: number) =>
      `절단 길이 k = ${k}: J(T)의 기울기는 timestep 1–${first}에 전혀 닿지 않습니다. ρ가 얼마이든 그곳의 기울기는 정확히 0입니다.`,
    clipped: (norm: string, threshold: string, scale: string) =>
      `클리핑: 매개변수 기울기의 노름(${norm})이 임계값(${threshold})보다 크므로 업데이트 전체를 ${scale}배로 줄입니다. 방향은 같고, 모든 화살표가 같은 비율로 줄어듭니다. 클리핑은 스텝 크기를 길들일 뿐, 이미 소실된 먼 거리의 기울기를 되살리지는 못합니다.`,
    notClipped: (norm: string, threshold: string) =>
      `클리핑이 켜져 있지만 매개변수 기울기의 노름(${norm})이 임계값(${threshold})보다 작으므로 아무것도 바뀌지 않습니다.`,
  },
);

export type GradientFlowText = (typeof gradientFlowText)['en'];
