/** Chapter 4: what the cell state does when the forget gate is forced to 0, read from the step view. */
import { formatNumber } from '../../../viz/scales';
import { LSTM_STEP_PREFIX } from '../../lstm-step/schema';
import type { LstmStepResults } from '../../lstm-step/compute';
import type { PredictQuestion } from '../types';

const n = (x: number) => x.toFixed(3);

const words = {
  en: {
    loading: 'Waiting for the LSTM in the widget below (its weights load first)…',
    elsewhere: 'The step view’s forget gate is not forced to 0 now.',
    measured: (step: number, char: string, cPrev: string, kept: string, written: string, c: string, cFree: string, off: string) =>
      `Measured at step ${step} (reading ‘${char}’): of the old memory, ‖c(t−1)‖ = ${cPrev}, the term f ∘ c(t−1) keeps ‖·‖ = ${kept}; the input gate writes ‖i ∘ c̃‖ = ${written}; so ‖c(t)‖ = ${c} (the model’s own step gives ${cFree}), and c(t) differs from i ∘ c̃ by at most ${off}.`,
    erased: ' c(t) = f ∘ c(t−1) + i ∘ c̃ loses its first term only: the old memory is gone, what is written now stays.',
    zeroed: ' With nothing written either, the cell is empty.',
  },
  ko: {
    loading: '아래 위젯의 LSTM을 기다리는 중(가중치를 먼저 불러옵니다)…',
    elsewhere: '지금 단계 보기에서 망각 게이트가 0으로 강제되어 있지 않습니다.',
    measured: (step: number, char: string, cPrev: string, kept: string, written: string, c: string, cFree: string, off: string) =>
      `timestep ${step}(‘${char}’를 읽음)에서 잰 값: 이전 기억 ‖c(t−1)‖ = ${cPrev} 가운데 f ∘ c(t−1) 항이 남기는 크기는 ${kept}이고, 입력 게이트가 쓰는 ‖i ∘ c̃‖ = ${written}입니다. 그래서 ‖c(t)‖ = ${c}(강제하지 않은 모델 자신의 값은 ${cFree})이고, c(t)와 i ∘ c̃의 차이는 가장 커도 ${off}입니다.`,
    erased: ' c(t) = f ∘ c(t−1) + i ∘ c̃에서 첫째 항만 사라집니다. 이전 기억은 지워지고 지금 쓰는 내용은 남습니다.',
    zeroed: ' 쓰는 내용도 없으므로 셀이 비었습니다.',
  },
} as const;

export const forgetZero: PredictQuestion = {
  id: 'ch4-forget-gate-zero',
  widget: 'lstm-step',
  prefix: LSTM_STEP_PREFIX,
  question: {
    en: 'Force the forget gate f to 0 at this step, leaving the other gates as the model sets them. What happens to the cell state c(t)?',
    ko: '이 timestep에서 망각 게이트 f를 0으로 강제하고, 다른 게이트는 모델이 정한 대로 둡니다. 셀 상태 c(t)는 어떻게 될까요?',
  },
  options: [
    { key: 'zero', label: { en: 'it becomes all zeros', ko: '모두 0이 된다' } },
    { key: 'new', label: { en: 'the old memory is erased; only what the input gate writes now remains', ko: '이전 기억이 지워지고, 지금 입력 게이트가 쓰는 내용만 남는다' } },
    { key: 'same', label: { en: 'it keeps its old value c(t−1)', ko: '이전 값 c(t−1)을 그대로 유지한다' } },
  ],
  setup: { forceF: true, f: 0 },
  judge(state, locale) {
    const w = words[locale];
    const { measured: m } = state.results as LstmStepResults;
    if (!(state.settings.forceF === true && state.settings.f === 0)) return { kind: 'elsewhere', note: w.elsewhere };
    if (!m || m.forcedF !== 0) return { kind: 'waiting', note: w.loading };
    const keepsOld = m.kept > 1e-6 * Math.max(1, m.cPrev);
    const answer = keepsOld ? 'same' : m.c < 1e-6 ? 'zero' : 'new';
    const why = w.measured(m.step, m.char, n(m.cPrev), n(m.kept), n(m.written), n(m.c), n(m.cFree), formatNumber(m.offWritten))
      + (answer === 'zero' ? w.zeroed : answer === 'new' ? w.erased : '');
    return { kind: 'answer', answers: [answer], why };
  },
};
