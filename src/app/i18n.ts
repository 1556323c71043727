/**
 * Interface text in English and Korean. Chapter prose lives in the MDX files;
 * this holds only the shell's words and the shared widget vocabulary.
 */
import { useSettings, type Locale } from '../state/settings';

const en = {
  siteTitle: 'RNN notebook',
  siteTagline: 'Recurrent neural networks, taught with live models',
  skipToContent: 'Skip to content',
  home: 'Home',
  chapters: 'Chapters',
  chapter: 'Chapter',
  onThisPage: 'On this page',
  previous: 'Previous',
  next: 'Next',
  loadingChapter: 'Loading chapter…',
  loadFailed: 'This chapter could not be loaded.',
  retry: 'Try again',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. These are the chapters:',
  language: 'Language',
  widgetComing: 'Live widget',
  widgetComingBody: 'This live widget is being built.',
  widgetError: 'This widget stopped with an error.',
  homeIntro:
    'One lecture on recurrent neural networks, in five chapters. Every chart is computed live in your browser by a real model: move a control and the numbers in the equations change with the picture.',
  start: 'Start with chapter 1',
  lectureOutline: 'The lecture',
} as const;

export type MessageKey = keyof typeof en;

const ko: Record<MessageKey, string> = {
  siteTitle: 'RNN 노트북',
  siteTagline: '살아 있는 모델로 배우는 순환 신경망',
  skipToContent: '본문으로 건너뛰기',
  home: '처음으로',
  chapters: '장 목록',
  chapter: '장',
  onThisPage: '이 페이지의 내용',
  previous: '이전',
  next: '다음',
  loadingChapter: '장을 불러오는 중…',
  loadFailed: '이 장을 불러오지 못했습니다.',
  retry: '다시 시도',
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '이 주소에는 페이지가 없습니다. 장 목록은 다음과 같습니다:',
  language: '언어',
  widgetComing: '라이브 위젯',
  widgetComingBody: '이 라이브 위젯은 준비 중입니다.',
  widgetError: '이 위젯에서 오류가 발생했습니다.',
  homeIntro:
    '순환 신경망에 관한 강의 하나를 다섯 개의 장으로 나누었습니다. 모든 그림은 브라우저 안에서 실제 모델이 실시간으로 계산합니다. 조절 장치를 움직이면 그림과 함께 수식 속 숫자도 바뀝니다.',
  start: '1장부터 시작하기',
  lectureOutline: '강의 구성',
};

const messages: Record<Locale, Record<MessageKey, string>> = { en, ko };

export function translate(locale: Locale, key: MessageKey): string {
  return messages[locale][key];
}

/** `t('next')` in the current language; re-renders when the language changes. */
export function useT(): (key: MessageKey) => string {
  const locale = useSettings((s) => s.locale);
  return (key) => messages[locale][key];
}
