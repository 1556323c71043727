/**
 * The slim bar above a slide in presenter mode: where we are, previous/next,
 * copy link (reproduces this slide and every widget's settings), help, exit.
 */
import { useSettings } from '../state/settings';
import type { ChapterInfo } from './chapters';
import { CopyLinkButton } from './CopyLinkButton';
import { goToSlide } from './deck-navigation';
import { useT } from './i18n';
import { clampSlide } from './slides';
import { uiStore } from './ui-store';

export function PresenterBar({ chapter, count }: { chapter: ChapterInfo; count: number }) {
  const t = useT();
  const slide = useSettings((s) => clampSlide(s.slide, count));
  const setPresenter = useSettings((s) => s.setPresenter);
  return (
    <nav className="presenter-bar" aria-label={t('presenterControls')}>
      <span className="presenter-where">
        <span className="presenter-chapter">{chapter.number}. {chapter.title}</span>
      </span>
      <button type="button" onClick={() => goToSlide('previous')} aria-label={t('previousSlide')}>←</button>
      <span className="presenter-count" aria-live="polite" data-testid="slide-count">
        {t('slide')} {count > 0 ? slide : '–'} / {count || '–'}
      </span>
      <button type="button" onClick={() => goToSlide('next')} aria-label={t('nextSlide')}>→</button>
      <CopyLinkButton />
      <button type="button" onClick={() => uiStore.getState().open('help')} aria-label={t('shortcutsTitle')}>?</button>
      <button type="button" onClick={() => setPresenter(false)}>{t('leavePresenter')}</button>
    </nav>
  );
}
