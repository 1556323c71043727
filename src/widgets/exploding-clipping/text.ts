/**
 * The exploding-clipping widget's words. Numbers arrive already formatted, so both
 * languages show them identically.
 */
import { defineMessages } from '../../app/messages';

export type Quantity = 'loss' | 'gradient';

const enQuantity = { loss: 'the loss', gradient: 'the gradient' } as const;
const koQuantity = { loss: '손실이', gradient: '기울기가' } as const;

export const explodingText = defineMessages(
  {
    title: 'Exploding gradients and clipping',
    controls: 'Exploding-gradient run settings',
    rho: 'spectral radius ρ of W_h',
    learningRate: 'learning rate α',
    clipping: 'gradient clipping',
    threshold: 'clipping threshold',
    seed: 'seed',
    train: 'Train',
    continue: 'Continue',
    pause: 'Pause',
    step: 'Step',
    resetRun: 'Reset run',
    keyClipping: 'gradient clipping on/off',
    keyTrain: 'train / pause',
    keyStep: 'one training step',
    keyReset: 'reset the run',
    lossTitle: 'Loss J per step',
    lossAxis: 'loss J (log)',
    lossChart: 'Training loss per step, log scale, for the first run and the replay with clipping',
    gradTitle: 'Gradient norm ‖∂J/∂θ‖ per step, before clipping',
    gradAxis: '‖∂J/∂θ‖ (log)',
    gradChart: 'Gradient norm per step, log scale, with the clipping threshold and the clipped steps',
    stepAxis: 'training step',
    thresholdMark: (threshold: string) => `clipping threshold ${threshold}`,
    nonFiniteAt: (value: string, step: number) => `${value} at step ${step}`,
    lineMain: 'first run',
    pinLearningRate: (lr: number) => `α = ${lr}`,
    pinnedLine: (name: string) => `pinned: ${name}`,
    lineBranch: 'replay with clipping',
    legendReplay: (step: number) => `replay from step ${step}, clipping on`,
    legendClipped: 'clipped step: drop to the threshold',
    legendNonFinite: 'non-finite step (update skipped)',
    replay: (step: number) => `Replay from step ${step} with clipping on`,
    tableSummary: 'The numbers in these charts',
    colLine: 'line',
    colStep: 'step',
    colLoss: 'loss J',
    colGrad: '‖∂J/∂θ‖',
    colClipped: 'after clipping',
    colRadius: 'ρ(W_h) after',
    idle: (clipOn: boolean) =>
      `Press Train: a simple RNN (identity activation, 32 units, W_h = ρ·Q) learns to recall a symbol 10 steps back, by plain SGD. ${clipOn ? 'Clipping is on.' : 'Clipping is off: every step uses the full gradient.'}`,
    blownAt: (step: number, what: Quantity, nan: boolean) =>
      `At step ${step} ${enQuantity[what]} became ${nan ? 'NaN' : 'infinite'}, so that update was skipped and training paused.`,
    troubleBegan: (from: number, typical: string | null, peak: string, peakStep: number, many: boolean, before: string, after: string) =>
      `The trouble began at step ${from}: the gradient norm climbed${typical ? ` from a typical ${typical}` : ''} to ${peak} at step ${peakStep}, ` +
      `and ${many ? 'those updates' : 'that update'} threw the weights so far — W_h’s spectral radius went from ${before} to ${after} — that the next forward pass overflowed.`,
    wouldClip: (threshold: string, many: boolean) =>
      `Clipping at ${threshold} would have scaled ${many ? 'each of those steps' : 'that step'} down to length ${threshold}: same direction, a step of at most α·${threshold}.`,
    replayBlown: (from: number, at: number, clipOff: boolean) =>
      `The replay from step ${from} blew up too, at step ${at}${clipOff ? ' (clipping was off by then)' : ''}.`,
    replayFinite: (from: number, clipped: number, total: number, loss: string, radius: string) =>
      `Replay from step ${from} with clipping: ${clipped} of ${total} steps were scaled down, every loss stayed finite; loss now ${loss}, ρ(W_h) = ${radius}.`,
    progress: (step: number, loss: string, grad: string, radius: string) => `Step ${step}: loss ${loss}, ‖∂J/∂θ‖ = ${grad}, ρ(W_h) = ${radius}.`,
    clippedSome: (clipped: number, total: number) => `Clipping scaled ${clipped} of ${total} steps down.`,
    clippedNone: 'No step has been clipped.',
    budgetReached: 'The run reached its step budget without a NaN.',
  },
  {
    title: '기울기 폭발과 클리핑',
    controls: '기울기 폭발 실행 설정',
    rho: 'W_h의 스펙트럼 반경 ρ',
    learningRate: '학습률 α',
    clipping: '기울기 클리핑',
    threshold: '클리핑 임계값',
    seed: '시드',
    train: '학습',
    continue: '계속',
    pause: '일시 정지',
    step: '한 스텝',
    resetRun: '실행 초기화',
    keyClipping: '기울기 클리핑 켜기/끄기',
    keyTrain: '학습 / 일시 정지',
    keyStep: '학습 한 스텝',
    keyReset: '실행 초기화',
    lossTitle: '스텝별 손실 J',
    lossAxis: '손실 J (로그)',
    lossChart: '스텝별 학습 손실(로그 스케일): 첫 실행과 클리핑을 켠 재실행',
    gradTitle: '스텝별 기울기 노름 ‖∂J/∂θ‖ (클리핑 전)',
    gradAxis: '‖∂J/∂θ‖ (로그)',
    gradChart: '스텝별 기울기 노름(로그 스케일)과 클리핑 임계값, 클리핑된 스텝',
    stepAxis: '학습 스텝',
    thresholdMark: (threshold: string) => `클리핑 임계값 ${threshold}`,
    nonFiniteAt: (value: string, step: number) => `스텝 ${step}: ${value}`,
    lineMain: '첫 실행',
    pinLearningRate: (lr: number) => `α = ${lr}`,
    pinnedLine: (name: string) => `고정: ${name}`,
    lineBranch: '클리핑 재실행',
    legendReplay: (step: number) => `스텝 ${step}부터 재실행, 클리핑 켬`,
    legendClipped: '클리핑된 스텝: 임계값까지 낮춤',
    legendNonFinite: '유한하지 않은 스텝(업데이트 건너뜀)',
    replay: (step: number) => `스텝 ${step}부터 클리핑을 켜고 재실행`,
    tableSummary: '그래프의 수치',
    colLine: '선',
    colStep: '스텝',
    colLoss: '손실 J',
    colGrad: '‖∂J/∂θ‖',
    colClipped: '클리핑 후',
    colRadius: '업데이트 후 ρ(W_h)',
    idle: (clipOn: boolean) =>
      `학습을 누르세요. 간단한 RNN(항등 활성화 함수, 유닛 32개, W_h = ρ·Q)이 평범한 SGD로 10 스텝 앞의 기호를 떠올리도록 학습합니다. ${clipOn ? '클리핑이 켜져 있습니다.' : '클리핑이 꺼져 있어 매 스텝 전체 기울기를 씁니다.'}`,
    blownAt: (step: number, what: Quantity, nan: boolean) =>
      `스텝 ${step}에서 ${koQuantity[what]} ${nan ? 'NaN이' : '무한대가'} 되어 그 업데이트를 건너뛰고 학습을 멈췄습니다.`,
    troubleBegan: (from: number, typical: string | null, peak: string, peakStep: number, many: boolean, before: string, after: string) =>
      `문제는 스텝 ${from}에서 시작됐습니다. 기울기 노름이 ${typical ? `평소의 ${typical}에서 ` : ''}스텝 ${peakStep}의 ${peak}까지 치솟았고, ` +
      `${many ? '그 업데이트들이' : '그 업데이트가'} 가중치를 너무 멀리 던져(W_h의 스펙트럼 반경이 ${before}에서 ${after}로 바뀜) 다음 순전파에서 값이 넘쳤습니다.`,
    wouldClip: (threshold: string, many: boolean) =>
      `임계값 ${threshold}로 클리핑했다면 ${many ? '그 스텝들은 각각' : '그 스텝은'} 길이 ${threshold}로 줄었을 것입니다. 방향은 같고, 한 걸음은 최대 α·${threshold}입니다.`,
    replayBlown: (from: number, at: number, clipOff: boolean) =>
      `스텝 ${from}부터의 재실행도 스텝 ${at}에서 폭발했습니다${clipOff ? '(그때는 클리핑이 꺼져 있었습니다)' : ''}.`,
    replayFinite: (from: number, clipped: number, total: number, loss: string, radius: string) =>
      `스텝 ${from}부터 클리핑을 켜고 재실행: ${total} 스텝 중 ${clipped} 스텝이 줄어들었고 손실은 모두 유한했습니다. 현재 손실 ${loss}, ρ(W_h) = ${radius}.`,
    progress: (step: number, loss: string, grad: string, radius: string) => `스텝 ${step}: 손실 ${loss}, ‖∂J/∂θ‖ = ${grad}, ρ(W_h) = ${radius}.`,
    clippedSome: (clipped: number, total: number) => `클리핑이 ${total} 스텝 중 ${clipped} 스텝을 줄였습니다.`,
    clippedNone: '아직 클리핑된 스텝이 없습니다.',
    budgetReached: 'NaN 없이 정해진 스텝 수를 모두 마쳤습니다.',
  },
);

export type ExplodingText = (typeof explodingText)['en'];
