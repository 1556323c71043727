/** Words the word-model widgets of chapters 2 and 5 share: training bar, common controls, charts, sentence notes. */
import { defineMessages } from '../../app/messages';
import type { RunStatus } from './run-state';

export const wordText = defineMessages(
  {
    stopTraining: 'Stop training',
    trainMore: 'Train more',
    clearResults: 'Clear results',
    /** Shortcut labels. */
    trainKey: 'train',
    stopKey: 'stop training',
    runHead: (status: RunStatus): string => (status === 'running' ? 'Training…' : status === 'finished' ? 'Trained.' : 'Stopped.'),
    idleSummary: 'Press Train: the models train side by side in a background worker, and held-out accuracy is measured every 20 steps.',
    accuracyOn: (unit: string, parts: string) => `Held-out accuracy on unseen ${unit}: ${parts}.`,
    recurrentCell: 'recurrent cell',
    simpleRnn: 'simple RNN',
    hiddenUnits: 'hidden units n',
    hiddenPerDirection: 'hidden units per direction n',
    stepsPerPress: 'training steps per press',
    seed: 'seed (weights and data)',
    trainBoth: 'Train both',
    heldOutAccuracy: 'held-out accuracy',
    stepsAxis: 'training steps (batches of 32)',
    commonestGuess: 'commonest-class guess',
    unitValue: (k: number, value: string, note?: string) => `unit ${k}: ${value}${note ? ` (${note})` : ''}`,
    sentenceLabel: 'Your sentence (words of the grammar; others are read as unknown)',
    noWords: 'Type a sentence: there are no words to read yet.',
    cutWords: (max: number, had: number) => `Only the first ${max} words are read (the input had ${had}).`,
    unknownWords: (unk: string, shown: string, more: number) => `Not in the model's vocabulary, read as ${unk}: ${shown}${more > 0 ? ` and ${more} more` : ''}.`,
  },
  {
    stopTraining: '학습 중지',
    trainMore: '더 학습',
    clearResults: '결과 지우기',
    trainKey: '학습',
    stopKey: '학습 중지',
    runHead: (status: RunStatus): string => (status === 'running' ? '학습 중…' : status === 'finished' ? '학습 완료.' : '중지됨.'),
    idleSummary: '학습 버튼을 누르세요. 모델들이 백그라운드 워커에서 나란히 학습하며, 20스텝마다 평가 데이터 정확도를 잽니다.',
    accuracyOn: (unit: string, parts: string) => `처음 보는 평가 ${unit}에 대한 정확도: ${parts}.`,
    recurrentCell: '순환 셀',
    simpleRnn: '간단한 RNN',
    hiddenUnits: '은닉 유닛 수 n',
    hiddenPerDirection: '방향별 은닉 유닛 수 n',
    stepsPerPress: '한 번에 학습할 스텝 수',
    seed: '시드 (가중치와 데이터)',
    trainBoth: '둘 다 학습',
    heldOutAccuracy: '평가 정확도',
    stepsAxis: '학습 스텝 (배치 크기 32)',
    commonestGuess: '최빈 클래스 추측',
    unitValue: (k: number, value: string, note?: string) => `유닛 ${k}: ${value}${note ? ` (${note})` : ''}`,
    sentenceLabel: '내 문장 (문법에 있는 단어로 쓰세요. 그 밖의 단어는 미지어로 읽습니다)',
    noWords: '문장을 입력하세요. 아직 읽을 단어가 없습니다.',
    cutWords: (max: number, had: number) => `앞의 ${max}단어만 읽습니다 (입력은 ${had}단어).`,
    unknownWords: (unk: string, shown: string, more: number) => `모델 어휘에 없어 ${unk}로 읽는 단어: ${shown}${more > 0 ? ` 외 ${more}개` : ''}.`,
  },
);

export type WordText = (typeof wordText)['en'];
