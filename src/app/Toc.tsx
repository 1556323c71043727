/** The chapter's table of contents, read from the rendered headings (ids come from rehype-slug). */
import { useEffect, useState, type RefObject } from 'react';
import { useT } from './i18n';

interface Heading {
  id: string;
  text: string;
  level: number;
}

function readHeadings(root: HTMLElement): Heading[] {
  return Array.from(root.querySelectorAll<HTMLHeadingElement>('h2[id], h3[id]')).map((h) => ({
    id: h.id,
    text: h.textContent ?? '',
    level: h.tagName === 'H2' ? 2 : 3,
  }));
}

/** Headings of `articleRef`, kept current as the lazily loaded content arrives. */
export function useHeadings(articleRef: RefObject<HTMLElement | null>, key: string): Heading[] {
  const [headings, setHeadings] = useState<Heading[]>([]);
  useEffect(() => {
    const root = articleRef.current;
    if (!root) return;
    let scrolledToHash = false;
    const update = () => {
      const next = readHeadings(root);
      setHeadings((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      // A deep link to a heading can only scroll once the chunk has rendered it.
      if (!scrolledToHash && next.length > 0 && window.location.hash) {
        const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
        if (target) {
          target.scrollIntoView();
          scrolledToHash = true;
        }
      }
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [articleRef, key]);
  return headings;
}

export function Toc({ headings }: { headings: Heading[] }) {
  const t = useT();
  if (headings.length === 0) return null;
  return (
    <nav className="toc" aria-label={t('onThisPage')}>
      <h2 className="toc-title">{t('onThisPage')}</h2>
      <ol>
        {headings.map((h) => (
          <li key={h.id} className={h.level === 3 ? 'toc-sub' : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
