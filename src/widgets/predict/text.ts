/** The prediction prompt's own words (each question's words live with the question). */
import { defineMessages } from '../../app/messages';

export const predictText = defineMessages(
  {
    kicker: 'Predict, then run',
    intro: 'Commit to a guess before the widget shows the answer.',
    choices: 'Your guess',
    commit: 'Lock in my guess',
    skip: 'Skip, just show me',
    yourGuess: (label: string) => `Your guess: ${label}.`,
    skipped: 'You skipped the guess.',
    change: 'Change my answer',
    held: 'Your guess held.',
    missed: 'Your guess did not hold.',
    answer: (label: string) => `Measured answer: ${label}.`,
    or: ' or ',
    setUp: 'Set the widget up for this question',
    run: 'Run it now',
    toWidget: 'Go to the widget',
    waitingWidget: 'Waiting for the widget below to load…',
    kept: 'Your answer is kept in this browser only.',
  },
  {
    kicker: '예측한 뒤 실행하기',
    intro: '위젯이 답을 보여 주기 전에 먼저 예측을 정하세요.',
    choices: '나의 예측',
    commit: '이 예측으로 정하기',
    skip: '건너뛰고 답 보기',
    yourGuess: (label: string) => `나의 예측: ${label}.`,
    skipped: '예측을 건너뛰었습니다.',
    change: '답 바꾸기',
    held: '예측이 맞았습니다.',
    missed: '예측이 빗나갔습니다.',
    answer: (label: string) => `측정된 답: ${label}.`,
    or: ' 또는 ',
    setUp: '이 질문에 맞게 위젯 설정하기',
    run: '지금 실행하기',
    toWidget: '위젯으로 가기',
    waitingWidget: '아래 위젯을 불러오는 중…',
    kept: '답은 이 브라우저에만 저장됩니다.',
  },
);

export type PredictText = typeof predictText.en;
