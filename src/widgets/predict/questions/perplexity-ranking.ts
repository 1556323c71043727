/** Chapter 1: which model has the lowest held-out perplexity, read from the comparison's measurements. */
import { formatNumber } from '../../../viz/scales';
import { PERPLEXITY_COMPARE_PREFIX, perplexityCompareSchema } from '../../perplexity-compare/schema';
import { perplexityCompareText } from '../../perplexity-compare/text';
import { verdict, type Measured } from '../../perplexity-compare/verdict';
import type { ComparisonResults } from '../../perplexity-compare/use-measurement';
import type { PredictQuestion } from '../types';

const MODELS = ['ngram', 'rnn', 'lstm'] as const;
const NAMES = { en: { ngram: 'n-gram', rnn: 'simple RNN', lstm: 'LSTM' }, ko: { ngram: 'n-gram', rnn: '간단한 RNN', lstm: 'LSTM' } } as const;

const words = {
  en: {
    measuring: (done: number) => `Measuring in the widget below… ${done} of 3 models measured.`,
    failed: (error: string) => `The measurement stopped: ${error}`,
    measured: (list: string) => `Measured per-character perplexities on the same held-out text: ${list}.`,
  },
  ko: {
    measuring: (done: number) => `아래 위젯에서 측정하는 중… 모델 3개 중 ${done}개 측정.`,
    failed: (error: string) => `측정이 멈췄습니다: ${error}`,
    measured: (list: string) => `같은 검증 텍스트에서 잰 문자당 퍼플렉서티: ${list}.`,
  },
} as const;

export const perplexityRanking: PredictQuestion = {
  id: 'ch1-perplexity-ranking',
  widget: 'perplexity-compare',
  prefix: PERPLEXITY_COMPARE_PREFIX,
  question: {
    en: 'Before the numbers appear: on the same held-out Moby-Dick text, which model will have the lowest perplexity?',
    ko: '숫자가 나오기 전에: 같은 Moby-Dick 검증 텍스트에서 퍼플렉서티가 가장 낮은 모델은 어느 것일까요?',
  },
  options: [
    { key: 'ngram', label: { en: 'the n-gram model (counting)', ko: 'n-gram 모델 (횟수 세기)' } },
    { key: 'rnn', label: { en: 'the simple RNN', ko: '간단한 RNN' } },
    { key: 'lstm', label: { en: 'the LSTM', ko: 'LSTM' } },
  ],
  judge(state, locale) {
    const w = words[locale];
    const results = state.results as ComparisonResults;
    const m: Measured = results.measured;
    const done = MODELS.filter((k) => m[k]).length;
    if (done < 3) return { kind: 'waiting', note: results.error ? w.failed(results.error) : w.measuring(done) };
    const ppl = (k: (typeof MODELS)[number]) => m[k]!.perplexity;
    const best = Math.min(...MODELS.map(ppl));
    const order = Number(state.settings.order);
    const list = MODELS.map((k) => `${k === 'ngram' ? `${order}-gram` : NAMES[locale][k]} ${formatNumber(ppl(k))}`).join(', ');
    const { meta } = results;
    const reason = verdict(m, {
      order, partial: Number(state.settings.chars) < perplexityCompareSchema.chars.max,
      lstmTrainedChars: Number(meta.lstm?.trainedChars ?? 0), rnnTrainedChars: Number(meta.rnn?.trainedChars ?? 0), trainTextChars: Number(meta.ngram?.trainChars ?? 0),
    }, perplexityCompareText[locale], NAMES[locale].rnn) ?? '';
    return { kind: 'answer', answers: MODELS.filter((k) => ppl(k) === best), why: `${w.measured(list)} ${reason}` };
  },
};
