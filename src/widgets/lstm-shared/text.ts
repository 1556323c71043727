/** Words shared by chapter 4's LSTM widgets: the six quantities, the text box, loading, heatmaps, shortcuts. */
import { defineMessages } from '../../app/messages';

/** How the reader's text was read: cut to the limit, or characters outside the vocabulary. */
export type TextNote =
  | { kind: 'cut'; limit: number }
  | { kind: 'unknown'; count: number; shown: string[]; more: boolean };

/** What the shipped weights file records about its training. */
export interface WeightsRecord {
  hidden: number;
  steps: number | null;
  perplexity: number | null;
}

const listed = (n: { shown: string[]; more: boolean }) => `${n.shown.join(', ')}${n.more ? ', …' : ''}`;

export const lstmSharedText = defineMessages(
  {
    conceptF: 'forget gate',
    conceptI: 'input gate',
    conceptO: 'output gate',
    conceptCand: 'new content',
    conceptC: 'cell state',
    conceptH: 'hidden state',
    loading: 'Loading the pretrained character LSTM…',
    loadFailed: (file: string, message: string) => `The pretrained LSTM (${file}) could not be loaded: ${message}`,
    textLabel: 'text the LSTM reads',
    characterCount: (n: number, max: number) => `${n} / ${max} characters`,
    note: (n: TextNote) => (n.kind === 'cut'
      ? `Only the first ${n.limit} characters are used; the rest is cut.`
      : `${n.count} character${n.count > 1 ? 's' : ''} outside the model’s vocabulary (${listed(n)}) read as the unknown symbol ‹?›.`),
    needsText: 'Type some text: the LSTM needs at least one character.',
    unitAxis: 'unit',
    shortcutReset: 'reset to the chapter’s settings',
    heatmapKeys: (label: string) => `${label}: arrow keys move over time and units, Enter picks the unit`,
    weights: (w: WeightsRecord) => [
      `char-LSTM, ${w.hidden} units, trained on Moby-Dick`,
      ...(w.steps !== null ? [`${w.steps} steps`] : []),
      ...(w.perplexity !== null ? [`held-out perplexity ${w.perplexity.toFixed(1)} per character`] : []),
    ].join(' · '),
  },
  {
    conceptF: '망각 게이트',
    conceptI: '입력 게이트',
    conceptO: '출력 게이트',
    conceptCand: '새 내용',
    conceptC: '셀 상태',
    conceptH: '은닉 상태',
    loading: '사전 학습된 문자 LSTM을 불러오는 중입니다…',
    loadFailed: (file: string, message: string) => `사전 학습된 LSTM(${file})을 불러오지 못했습니다: ${message}`,
    textLabel: 'LSTM이 읽을 텍스트',
    characterCount: (n: number, max: number) => `${n} / ${max}자`,
    note: (n: TextNote) => (n.kind === 'cut'
      ? `앞의 ${n.limit}자만 사용하고 나머지는 잘라 냅니다.`
      : `모델의 어휘에 없는 문자 ${n.count}개(${listed(n)})는 알 수 없는 기호 ‹?›로 읽습니다.`),
    needsText: '텍스트를 입력하세요. LSTM은 적어도 한 문자가 필요합니다.',
    unitAxis: '유닛',
    shortcutReset: '이 장의 설정으로 초기화',
    heatmapKeys: (label: string) => `${label}: 화살표 키로 시간과 유닛 사이를 옮기고, Enter로 유닛을 고릅니다`,
    weights: (w: WeightsRecord) => [
      `문자 LSTM, 유닛 ${w.hidden}개, Moby-Dick으로 학습`,
      ...(w.steps !== null ? [`${w.steps}스텝`] : []),
      ...(w.perplexity !== null ? [`문자당 검증 퍼플렉서티 ${w.perplexity.toFixed(1)}`] : []),
    ].join(' · '),
  },
);

export type LstmSharedWords = (typeof lstmSharedText)['en'];
