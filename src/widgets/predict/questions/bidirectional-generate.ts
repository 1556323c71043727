/** Chapter 5: can a bidirectional RNN generate text? Read from the two trained models' held-out losses. */
import { formatNumber } from '../../../viz/scales';
import { LM_LEAK_PREFIX } from '../../bidirectional-lm-leak/schema';
import { wordText } from '../../word-shared/text';
import type { WordRunResults } from '../../word-shared/run-state';
import type { PredictQuestion } from '../types';

const words = {
  en: {
    idle: (train: string) => `Not trained yet: “${train}” in the widget below starts it.`,
    training: (step: number) => `Training both models… step ${step}.`,
    failed: (error: string) => `Training stopped: ${error}`,
    measured: (step: number, biVisible: string, biPrefix: string, fwPrefix: string) =>
      `Measured after ${step} steps, held-out next-word loss: the bidirectional RNN ${biVisible} with the whole sentence visible, but ${biPrefix} from the prefix alone, as when it generates; the forward RNN ${fwPrefix}, the same either way.`,
    cannot: ' The bidirectional model’s low loss came from reading the next word x(t+1) through its backward half. A generator has no x(t+1) yet, so it is the worse generator: a bidirectional RNN is not a language model.',
    notYet: ' At this point of training the bidirectional model is not worse from the prefix than the forward one; train longer and look again: the leak grows as it learns to copy.',
  },
  ko: {
    idle: (train: string) => `아직 학습하지 않았습니다. 아래 위젯의 “${train}”을 누르면 시작합니다.`,
    training: (step: number) => `두 모델을 학습하는 중… 스텝 ${step}.`,
    failed: (error: string) => `학습이 멈췄습니다: ${error}`,
    measured: (step: number, biVisible: string, biPrefix: string, fwPrefix: string) =>
      `${step}스텝 학습한 뒤의 평가용 다음 단어 손실: 양방향 RNN은 문장 전체를 볼 때 ${biVisible}이지만, 생성할 때처럼 앞부분만 볼 때는 ${biPrefix}입니다. 순방향 RNN은 어느 쪽이든 ${fwPrefix}입니다.`,
    cannot: ' 양방향 모델의 낮은 손실은 역방향 절반을 통해 다음 단어 x(t+1)을 읽은 덕분입니다. 생성할 때는 아직 x(t+1)이 없으므로 더 나쁜 생성기가 됩니다. 양방향 RNN은 언어 모델이 아닙니다.',
    notYet: ' 학습의 이 시점에서는 양방향 모델이 앞부분만 볼 때 순방향 모델보다 나쁘지 않습니다. 더 학습시킨 뒤 다시 보세요. 베끼는 법을 배울수록 누출이 커집니다.',
  },
} as const;

export const bidirectionalGenerate: PredictQuestion = {
  id: 'ch5-bidirectional-generate',
  widget: 'bidirectional-lm-leak',
  prefix: LM_LEAK_PREFIX,
  question: {
    en: 'A forward RNN and a bidirectional RNN are both trained to predict the next word. When each must generate a sentence word by word, can the bidirectional one do it as well as the forward one?',
    ko: '순방향 RNN과 양방향 RNN을 모두 다음 단어를 예측하도록 학습시킵니다. 각자 문장을 한 단어씩 생성해야 할 때, 양방향 모델도 순방향 모델만큼 잘 해낼 수 있을까요?',
  },
  options: [
    { key: 'yes', label: { en: 'yes: it sees more context, so it predicts at least as well', ko: '그렇다: 더 많은 문맥을 보므로 적어도 그만큼 잘 예측한다' } },
    { key: 'no', label: { en: 'no: it leans on words that do not exist yet while generating', ko: '아니다: 생성할 때는 아직 없는 단어에 기대고 있다' } },
  ],
  runKey: 't',
  idle: (state) => (state.results as WordRunResults).status === 'idle',
  judge(state, locale) {
    const w = words[locale];
    const results = state.results as WordRunResults;
    const fw = results.runs.forward?.curve.at(-1);
    const bi = results.runs.bidirectional?.curve.at(-1);
    const step = Math.min(results.runs.forward?.step ?? 0, results.runs.bidirectional?.step ?? 0);
    if (results.error) return { kind: 'waiting', note: w.failed(results.error) };
    if (results.status === 'idle') return { kind: 'waiting', note: w.idle(wordText[locale].trainBoth) };
    if (results.status === 'running' || !fw || !bi) return { kind: 'waiting', note: w.training(step) };
    const cannot = bi.prefix > fw.prefix;
    return {
      kind: 'answer',
      answers: [cannot ? 'no' : 'yes'],
      why: w.measured(step, formatNumber(bi.loss), formatNumber(bi.prefix), formatNumber(fw.prefix)) + (cannot ? w.cannot : w.notYet),
    };
  },
};
