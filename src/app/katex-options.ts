/**
 * KaTeX settings shared by the chapters (through rehype-katex) and by the
 * <Equation>/<Tex> components. `trust` lets through only what the chapters use:
 * \htmlClass with one of the LSTM concept classes (colours gate terms, links
 * symbols to pictures) and \htmlData with a `concept` key. Everything else that
 * would write HTML (\href, \url, \includegraphics, \htmlId, \htmlStyle, other
 * classes or data keys) renders as an unsupported command, never as markup.
 */

/** The classes equations may carry: gates f, i, o, candidate c̃, and states c, h. */
export const TRUSTED_CLASSES: ReadonlySet<string> = new Set(['gate-f', 'gate-i', 'gate-o', 'gate-c', 'state-c', 'state-h']);

/** The values a `\htmlData{concept=…}` marker may name (the LSTM widgets' trace keys). */
export const TRUSTED_CONCEPTS: ReadonlySet<string> = new Set(['f', 'i', 'o', 'cand', 'c', 'h']);

/** KaTeX's trust context: the command and, per command, what it would write. */
interface TrustContext {
  command: string;
  class?: string;
  attributes?: Record<string, string>;
}

export function isTrusted(context: TrustContext): boolean {
  if (context.command === '\\htmlClass') return TRUSTED_CLASSES.has(context.class ?? '');
  if (context.command === '\\htmlData') {
    const entries = Object.entries(context.attributes ?? {});
    return entries.length > 0 && entries.every(([name, value]) => name === 'data-concept' && TRUSTED_CONCEPTS.has(value));
  }
  return false;
}

export const katexOptions = {
  // Strict, except for the HTML extension (\htmlClass), which `trust` already vets.
  strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
  throwOnError: true,
  trust: isTrusted,
  macros: {},
};
