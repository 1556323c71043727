/** The step view's words: controls, shortcuts, the step's place in the text, and the sentences on forcing. */
import { defineMessages } from '../../app/messages';

/** Norms the sentences quote, already formatted (same digits in both languages). */
export interface StepNorms {
  cPrev: string;
  cFree: string;
  cNow: string;
  hFree: string;
  hNow: string;
}

/** Marks where the character read at this step goes in `stepWhere` (drawn in bold). */
export const CHAR_SLOT = '{char}';

export const lstmStepText = defineMessages(
  {
    title: 'One LSTM step, taken apart',
    hintF: '0 erases',
    hintI: '1 writes',
    hintO: '0 hides',
    shortcutF: 'force the forget gate on/off',
    shortcutI: 'force the input gate on/off',
    shortcutO: 'force the output gate on/off',
    settings: 'Step view settings',
    timeStep: 'time step t',
    reads: (step: number, ch: string) => `${step} (reads ‘${ch}’)`,
    unit: 'unit j',
    busiest: (unit: number) => `${unit} (busiest)`,
    forceGroup: 'Force the gates by hand',
    force: (name: string, symbol: string, hint: string) => `force ${name} ${symbol} (${hint})`,
    forcedTo: (symbol: string) => `${symbol} forced to`,
    stepWhere: (step: number, before: string) => `Step ${step}: the LSTM reads ${CHAR_SLOT} after “${before}”.`,
    equations: (unit: number, step: number) => `The equations for unit ${unit} at step ${step}`,
    texForced: 'forced (model: ',
    stripCaption: (units: number, unit: number) => `One bar per unit (${units}); the framed bar is unit ${unit}.`,
    stripTicks: ' Black ticks: the model’s own values, without forcing.',
    // Sentences computed from the numbers
    noneForced: (n: StepNorms) => `No gate is forced: these are the model’s own numbers. ‖c(t−1)‖ = ${n.cPrev} → ‖c(t)‖ = ${n.cFree}; ‖h(t)‖ = ${n.hFree}.`,
    forgetZero: (n: StepNorms) => `Forget gate forced to 0: the old memory is erased, so c(t) = i ∘ c̃ only (‖c(t)‖ ${n.cNow} instead of ${n.cFree}).`,
    forgetPartly: (f: string) => `Forget gate forced to ${f}: that fraction of every c(t−1) element is kept.`,
    inputOne: 'Input gate forced to 1: the whole new content c̃ is written into the cell.',
    inputZero: 'Input gate forced to 0: nothing new is written; c(t) = f ∘ c(t−1).',
    outputZero: (n: StepNorms) => `Output gate forced to 0: h(t) is all zeros (‖h(t)‖ = ${n.hNow}), though the cell still holds ‖c(t)‖ = ${n.cNow} — hidden, not lost.`,
    outputPartly: (o: string, n: StepNorms) => `Output gate forced to ${o}: ‖h(t)‖ = ${n.hNow} (the model: ${n.hFree}).`,
    overall: (n: StepNorms) => `Overall ‖c(t)‖ = ${n.cNow} (model ${n.cFree}), ‖h(t)‖ = ${n.hNow} (model ${n.hFree}).`,
  },
  {
    title: 'LSTM의 한 timestep 분해하기',
    hintF: '0이면 지움',
    hintI: '1이면 씀',
    hintO: '0이면 감춤',
    shortcutF: '망각 게이트 강제 켜기/끄기',
    shortcutI: '입력 게이트 강제 켜기/끄기',
    shortcutO: '출력 게이트 강제 켜기/끄기',
    settings: 'timestep 보기 설정',
    timeStep: '현재 timestep t',
    reads: (step: number, ch: string) => `${step} (‘${ch}’ 읽음)`,
    unit: '유닛 j',
    busiest: (unit: number) => `${unit} (가장 크게 바뀜)`,
    forceGroup: '게이트 값을 손으로 정하기',
    force: (name: string, symbol: string, hint: string) => `${name} ${symbol} 강제 (${hint})`,
    forcedTo: (symbol: string) => `${symbol} 강제 값`,
    stepWhere: (step: number, before: string) => `timestep ${step}: LSTM이 읽는 문자는 ${CHAR_SLOT}, 바로 앞은 “${before}”입니다.`,
    equations: (unit: number, step: number) => `timestep ${step}에서 유닛 ${unit}의 식`,
    texForced: '강제 (모델: ',
    stripCaption: (units: number, unit: number) => `유닛마다 막대 하나(${units}개)이고, 테두리가 있는 막대가 유닛 ${unit}입니다.`,
    stripTicks: ' 검은 눈금: 강제하지 않았을 때 모델이 계산한 값입니다.',
    noneForced: (n: StepNorms) => `강제한 게이트가 없습니다. 모두 모델이 직접 계산한 값입니다. ‖c(t−1)‖ = ${n.cPrev} → ‖c(t)‖ = ${n.cFree}; ‖h(t)‖ = ${n.hFree}.`,
    forgetZero: (n: StepNorms) => `망각 게이트를 0으로 강제했습니다. 이전 기억이 지워져 c(t) = i ∘ c̃만 남습니다(‖c(t)‖ ${n.cNow}, 원래는 ${n.cFree}).`,
    forgetPartly: (f: string) => `망각 게이트를 ${f}에 고정했습니다. c(t−1)의 모든 원소가 이 비율만큼 유지됩니다.`,
    inputOne: '입력 게이트를 1로 강제했습니다. 새 내용 c̃ 전체가 셀에 쓰입니다.',
    inputZero: '입력 게이트를 0으로 강제했습니다. 새로 쓰이는 것이 없으므로 c(t) = f ∘ c(t−1)입니다.',
    outputZero: (n: StepNorms) => `출력 게이트를 0으로 강제했습니다. h(t)는 모두 0이지만(‖h(t)‖ = ${n.hNow}) 셀에는 여전히 ‖c(t)‖ = ${n.cNow}만큼이 남아 있습니다. 사라진 것이 아니라 감춰진 것입니다.`,
    outputPartly: (o: string, n: StepNorms) => `출력 게이트를 ${o}에 고정했습니다. ‖h(t)‖ = ${n.hNow}(모델: ${n.hFree}).`,
    overall: (n: StepNorms) => `전체적으로 ‖c(t)‖ = ${n.cNow}(모델 ${n.cFree}), ‖h(t)‖ = ${n.hNow}(모델 ${n.hFree})입니다.`,
  },
);

export type LstmStepWords = (typeof lstmStepText)['en'];
