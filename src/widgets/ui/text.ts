/** Words every widget shares: its action buttons, link notices, data tables, loading. */
import { defineMessages } from '../../app/messages';
import type { Problem } from '../../state/url-params';
import { CRASH_MESSAGE } from '../../worker/client';

const enProblem = (p: Problem): string => {
  switch (p.code) {
    case 'not-number': return 'not a number, so the default is used';
    case 'out-of-range': return `outside ${p.min}–${p.max}, so the nearest bound is used`;
    case 'not-choice': return 'not one of the choices, so the default is used';
    case 'not-on-off': return 'not on/off, so the default is used';
    case 'not-text': return 'not text, so the default is used';
    case 'cut': return `cut to ${p.maxLength} characters`;
    case 'not-pin': return 'not a pinned run this widget can redraw, so it is left out';
    case 'too-many-pins': return `more than ${p.max} pinned runs, so the rest are left out`;
  }
};

const koProblem = (p: Problem): string => {
  switch (p.code) {
    case 'not-number': return '숫자가 아니어서 기본값을 씁니다';
    case 'out-of-range': return `${p.min}–${p.max} 범위를 벗어나 가장 가까운 경계값을 씁니다`;
    case 'not-choice': return '선택지에 없는 값이어서 기본값을 씁니다';
    case 'not-on-off': return '켜기/끄기 값이 아니어서 기본값을 씁니다';
    case 'not-text': return '텍스트가 아니어서 기본값을 씁니다';
    case 'cut': return `${p.maxLength}자로 잘랐습니다`;
    case 'not-pin': return '이 위젯이 다시 그릴 수 있는 고정 실행이 아니어서 뺐습니다';
    case 'too-many-pins': return `고정 실행이 ${p.max}개를 넘어 나머지는 뺐습니다`;
  }
};

/** Known technical messages from loaders and workers, said in Korean (the English detail kept in brackets). */
function koWorkerProblem(message: string): string {
  const file = /^Could not (?:load|read) (\S+?)[:( .]/.exec(message)?.[1];
  if (file) return `${file} 파일을 불러오지 못했습니다 (${message})`;
  if (message.startsWith(CRASH_MESSAGE)) return `계산이 예기치 않게 멈춰 다시 시작했습니다 (${message})`;
  return `오류가 발생했습니다: ${message}`;
}

export type SharedText = (typeof sharedText)['en'];

export const sharedText = defineMessages(
  {
    reset: 'Reset',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyLinkPrompt: 'Copy this link:',
    dismiss: 'Dismiss',
    linkSetting: (key: string, p: Problem) => `Link setting “${key}”: ${enProblem(p)}.`,
    moreRows: (n: number) => `… ${n} more rows.`,
    tryAgain: 'Try again',
    /** A loader's or worker's message, as the reader's language words it. */
    problem: (message: string) => message,
    pinRun: 'Pin this run',
    pinnedRuns: 'Pinned runs',
    pinned: (name: string) => `pinned: ${name}`,
    unpin: (name: string) => `Remove the pinned run “${name}”`,
    pinsFull: (max: number) => `Up to ${max} pinned runs: remove one to pin another.`,
    pinsComputing: 'Recomputing the pinned runs…',
    pinSame: 'same settings',
    pinClipOff: 'clip off',
    pinClip: (threshold: number) => `clip ${threshold}`,
    pinSeed: (seed: number) => `seed ${seed}`,
  },
  {
    reset: '초기화',
    copyLink: '링크 복사',
    linkCopied: '링크를 복사했습니다',
    copyLinkPrompt: '이 링크를 복사하세요:',
    dismiss: '닫기',
    linkSetting: (key: string, p: Problem) => `링크 설정 “${key}”: ${koProblem(p)}.`,
    moreRows: (n: number) => `… 나머지 ${n}행.`,
    tryAgain: '다시 시도',
    problem: koWorkerProblem,
    pinRun: '이 실행 고정',
    pinnedRuns: '고정한 실행',
    pinned: (name: string) => `고정: ${name}`,
    unpin: (name: string) => `고정한 실행 “${name}” 제거`,
    pinsFull: (max: number) => `고정은 ${max}개까지입니다. 하나를 제거하면 새로 고정할 수 있습니다.`,
    pinsComputing: '고정한 실행을 다시 계산하는 중…',
    pinSame: '같은 설정',
    pinClipOff: '클리핑 끔',
    pinClip: (threshold: number) => `클리핑 ${threshold}`,
    pinSeed: (seed: number) => `시드 ${seed}`,
  },
);
