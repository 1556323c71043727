/** The perplexity comparison's words in English and Korean (numbers arrive formatted). */
import { defineMessages } from '../../app/messages';

export const perplexityCompareText = defineMessages(
  {
    title: 'Perplexity on the same held-out text: n-gram, simple RNN, LSTM',
    settings: 'Comparison settings',
    order: 'n-gram order n (conditions on n−1 characters)',
    chars: 'held-out characters scored',
    all: 'all',
    waiting: 'Waiting for the worker…',
    measuring: (model: string, done: number, total: number) => `Measuring the ${model}… ${done} of ${total} paragraphs`,
    measured: 'Measured.',
    caption: 'Held-out perplexity and bits per character of three models',
    colModel: 'model',
    colPerplexity: 'perplexity (per char)',
    colBits: 'bits per char',
    colChars: 'chars scored',
    chartLabel: 'Held-out perplexity per character as bars; shorter is better',
    note: (count: string) => `Same text for all three: the first ${count} characters (paragraph ends included) of the held-out chapters 1, 42 and 96, never trained on; each paragraph is read from its start token. Per-character perplexities: not comparable with the per-word numbers of the table above.`,
    ngram: (order: number) => `${order}-gram, interpolated Kneser–Ney`,
    ngramShort: (order: number) => `${order}-gram`,
    ngramCounts: 'counts from the training chapters',
    shipped: 'shipped weights',
    trained: (hidden: number, steps: string, millionChars: string, minutes: number) =>
      `${hidden} hidden units; ${steps} Adam steps on ${millionChars} million characters in all (${minutes} min of training on two CPU cores)`,
    // The verdict under the table (verdict.ts).
    ranked: (order: number) => `The lecture's ranking appears here too: the ${order}-gram is worst, the simple RNN better, the LSTM best — measured on the same held-out characters.`,
    notRanked: (ranking: string, order: number, lstmEpochs: number, rnnEpochs: number, lstmBeatsRnn: boolean, partial: boolean) =>
      `Here the ranking is ${ranking} (lower is better), not the lecture's n-gram > RNN > LSTM. ` +
      (partial ? 'Only the start of the held-out text is scored, so a handful of paragraphs decide it and the gaps are within what a short text varies by. ' : '') +
      `The ${order}-gram counts every ${order}-character sequence of the training text exactly, while the recurrent models learned from it in mini-batches, passing over it about ${lstmEpochs} (LSTM) and ${rnnEpochs} (simple RNN) times; at some orders counting is simply strong on 0.7 million characters. ` +
      `${lstmBeatsRnn ? 'The LSTM still beats the simple RNN. ' : ''}The lecture's models had 1,000–8,000 units and a billion words, where counting runs out of data long before the neural models do.`,
  },
  {
    title: '같은 검증 텍스트에서의 퍼플렉서티: n-gram, 간단한 RNN, LSTM',
    settings: '비교 설정',
    order: 'n-gram 차수 n (앞의 n−1개 문자를 조건으로 함)',
    chars: '평가에 쓰는 검증 문자 수',
    all: '전체',
    waiting: '워커를 기다리는 중…',
    measuring: (model: string, done: number, total: number) => `${model} 측정 중… 문단 ${total}개 중 ${done}개`,
    measured: '측정을 마쳤습니다.',
    caption: '세 모델의 검증 퍼플렉서티와 문자당 비트 수',
    colModel: '모델',
    colPerplexity: '퍼플렉서티 (문자당)',
    colBits: '문자당 비트',
    colChars: '평가한 문자 수',
    chartLabel: '문자당 검증 퍼플렉서티 막대그래프; 짧을수록 좋음',
    note: (count: string) => `세 모델 모두 같은 텍스트로 잽니다: 학습에 쓰지 않은 검증용 1장, 42장, 96장의 앞 ${count}자(문단 끝 포함)이며, 각 문단은 시작 토큰부터 읽습니다. 문자 단위 퍼플렉서티이므로 위 표의 단어 단위 값과 비교할 수 없습니다.`,
    ngram: (order: number) => `${order}-gram, 보간 Kneser–Ney`,
    ngramShort: (order: number) => `${order}-gram`,
    ngramCounts: '학습용 장에서 센 횟수',
    shipped: '제공된 가중치',
    trained: (hidden: number, steps: string, millionChars: string, minutes: number) =>
      `은닉 유닛 ${hidden}개; 모두 ${millionChars}백만 자로 Adam ${steps}단계 (CPU 코어 2개에서 ${minutes}분 학습)`,
    ranked: (order: number) => `강의의 순위가 여기서도 나타납니다: ${order}-gram이 가장 나쁘고, 간단한 RNN이 그보다 낫고, LSTM이 가장 좋습니다. 같은 검증 문자로 잰 결과입니다.`,
    notRanked: (ranking: string, order: number, lstmEpochs: number, rnnEpochs: number, lstmBeatsRnn: boolean, partial: boolean) =>
      `여기서는 순위가 ${ranking}입니다(낮을수록 좋음). 강의의 n-gram > RNN > LSTM과 다릅니다. ` +
      (partial ? '검증 텍스트의 앞부분만 평가하므로 몇 개 문단이 결과를 좌우하고, 차이는 짧은 텍스트에서 생기는 흔들림 범위 안에 있습니다. ' : '') +
      `${order}-gram은 학습 텍스트에 나오는 모든 ${order}자 시퀀스를 정확히 세지만, 순환 모델들은 미니배치로 학습하며 학습 텍스트를 약 ${lstmEpochs}번(LSTM), ${rnnEpochs}번(간단한 RNN) 훑었을 뿐입니다. 차수에 따라서는 70만 자 정도의 텍스트에서 횟수 세기가 꽤 강합니다. ` +
      `${lstmBeatsRnn ? '그래도 LSTM은 간단한 RNN보다 낫습니다. ' : ''}강의의 모델들은 유닛이 1,000–8,000개이고 10억 단어로 학습했는데, 그 규모에서는 신경망 모델보다 횟수 세기가 먼저 데이터 부족에 부딪힙니다.`,
  },
);

export type PerplexityCompareText = typeof perplexityCompareText.en;
