/** Words shared by chapter 1's character-level views: cells, prompt notes, loading and load errors. */
import { defineMessages } from '../../app/messages';
import { sharedText } from '../ui/text';

export const charLmText = defineMessages(
  {
    simpleRnn: 'simple RNN',
    textReadByModel: 'text read by the model',
    modelPretrained: 'model (pretrained)',
    pretrainedModel: 'the pretrained model',
    pretrainedCell: (cell: string) => `the pretrained ${cell}`,
    loading: (what: string) => `Loading ${what}…`,
    loadingFile: (file: string, loadedKb: number, totalKb: number | null) => `Loading ${file}: ${loadedKb}${totalKb !== null ? ` of ${totalKb}` : ''} kB…`,
    problem: sharedText.en.problem,
    emptyPrompt: 'The prompt is empty: the model starts from the start token alone.',
    unknownCharacters: (n: number, shown: string, more: boolean) =>
      `${n} character${n === 1 ? ' is' : 's are'} not in the model's vocabulary and ${n === 1 ? 'is' : 'are'} read as the unknown symbol ‹?›: ${shown}${more ? ', …' : ''}.`,
    promptTooLong: (max: number) => `The prompt is longer than ${max} characters: only the first ${max} are read.`,
    textTooLong: (max: number) => `The text is longer than ${max} characters: only the first ${max} are read.`,
  },
  {
    simpleRnn: '간단한 RNN',
    textReadByModel: '모델이 읽는 텍스트',
    modelPretrained: '모델 (사전 학습됨)',
    pretrainedModel: '사전 학습된 모델',
    pretrainedCell: (cell: string) => `사전 학습된 ${cell}`,
    loading: (what: string) => `${what} 불러오는 중…`,
    loadingFile: (file: string, loadedKb: number, totalKb: number | null) => `${file} 불러오는 중: ${loadedKb}${totalKb !== null ? ` / ${totalKb}` : ''} kB…`,
    problem: sharedText.ko.problem,
    emptyPrompt: '프롬프트가 비어 있습니다: 모델은 시작 토큰 하나에서 출발합니다.',
    unknownCharacters: (n: number, shown: string, more: boolean) =>
      `문자 ${n}개가 모델의 어휘에 없어 알 수 없는 기호 ‹?›로 읽힙니다: ${shown}${more ? ', …' : ''}.`,
    promptTooLong: (max: number) => `프롬프트가 ${max}자보다 깁니다: 앞의 ${max}자만 읽습니다.`,
    textTooLong: (max: number) => `텍스트가 ${max}자보다 깁니다: 앞의 ${max}자만 읽습니다.`,
  },
);

export type CharLmText = typeof charLmText.en;
