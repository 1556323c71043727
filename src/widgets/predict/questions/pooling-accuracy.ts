/** Chapter 2: which sentence encoding (final state, mean, max) classifies best, read from the trained runs. */
import { SENTIMENT_POOLING_PREFIX } from '../../sentiment-pooling/schema';
import { poolingText } from '../../sentiment-pooling/text';
import type { WordRunResults } from '../../word-shared/run-state';
import type { PredictQuestion } from '../types';

const POOLINGS = ['final', 'mean', 'max'] as const;
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

const words = {
  en: {
    idle: (train: string) => `Not trained yet: “${train}” in the widget below starts it.`,
    training: (step: number, list: string) => `Training… step ${step}; held-out accuracy so far: ${list}.`,
    failed: (error: string) => `Training stopped: ${error}`,
    measured: (step: number, list: string) => `Held-out accuracy after ${step} steps of the same training: ${list}.`,
    pooledWins: 'The decisive word often sits early and a neutral phrase follows; the final state has to carry it to the end through every later step, while mean and max pooling connect every word’s hidden state to the classifier directly.',
    finalWins: 'Here the final state carried the decisive words to the end well enough; with longer, noisier endings, pooling over every step usually helps.',
  },
  ko: {
    idle: (train: string) => `아직 학습하지 않았습니다. 아래 위젯의 “${train}”을 누르면 시작합니다.`,
    training: (step: number, list: string) => `학습 중… 스텝 ${step}; 지금까지의 평가용 정확도: ${list}.`,
    failed: (error: string) => `학습이 멈췄습니다: ${error}`,
    measured: (step: number, list: string) => `같은 학습을 ${step}스텝 한 뒤의 평가용 정확도: ${list}.`,
    pooledWins: '결정적인 단어가 앞쪽에 오고 중립적인 구절이 뒤따르는 경우가 많습니다. 마지막 상태는 그 단어를 이후의 모든 timestep을 거쳐 끝까지 실어 날라야 하지만, 평균 풀링과 최대 풀링은 모든 단어의 은닉 상태를 분류기에 직접 연결합니다.',
    finalWins: '여기서는 마지막 상태가 결정적인 단어를 끝까지 충분히 잘 실어 날랐습니다. 끝부분이 더 길고 잡음이 많으면 보통 모든 timestep에 걸친 풀링이 도움이 됩니다.',
  },
} as const;

export const poolingAccuracy: PredictQuestion = {
  id: 'ch2-pooling-accuracy',
  widget: 'sentiment-pooling',
  prefix: SENTIMENT_POOLING_PREFIX,
  question: {
    en: 'The same RNN is trained three times, with a different sentence encoding s each time. After the same number of steps, which encoding will classify the held-out sentences best?',
    ko: '같은 RNN을 문장 인코딩 s만 바꿔 세 번 학습시킵니다. 같은 스텝 수만큼 학습한 뒤, 평가용 문장을 가장 잘 분류하는 인코딩은 어느 것일까요?',
  },
  options: POOLINGS.map((key) => ({ key, label: { en: poolingText.en[key], ko: poolingText.ko[key] } })),
  runKey: 't',
  idle: (state) => (state.results as WordRunResults).status === 'idle',
  judge(state, locale) {
    const w = words[locale];
    const results = state.results as WordRunResults;
    const runs = POOLINGS.map((k) => results.runs[k]);
    const measured = runs.every((r) => r && Number.isFinite(r.accuracy));
    const list = () => POOLINGS.map((k, i) => `${poolingText[locale][k]} ${percent(runs[i]!.accuracy)}`).join(', ');
    const step = Math.min(...runs.map((r) => r?.step ?? 0));
    if (results.error) return { kind: 'waiting', note: w.failed(results.error) };
    if (results.status === 'idle' || !measured) return { kind: 'waiting', note: results.status === 'running' ? w.training(step, '…') : w.idle(poolingText[locale].train) };
    if (results.status === 'running') return { kind: 'waiting', note: w.training(step, list()) };
    const best = Math.max(...runs.map((r) => r!.accuracy));
    const answers = POOLINGS.filter((_, i) => runs[i]!.accuracy === best);
    return { kind: 'answer', answers, why: `${w.measured(step, list())} ${answers.includes('final') ? w.finalWins : w.pooledWins}` };
  },
};
