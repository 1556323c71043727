/**
 * Names and settings lines for exported figures: `<widget>-<hash of its settings>`,
 * so two exports of different states never overwrite each other and the same state
 * always gets the same name.
 */

/** Keys the shell puts in the address; never a widget's setting. */
const SHELL_KEYS = new Set(['present', 'slide', 'lang']);

/**
 * The widget's own part of the query: `prefix.*` keys when the prefix is known,
 * else every dotted key (widget settings are always `prefix.key`).
 */
export function widgetQuery(search: string, prefix?: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const [key, value] of params) {
    if (SHELL_KEYS.has(key)) continue;
    if (prefix ? key.startsWith(`${prefix}.`) : key.includes('.')) kept.append(key, value);
  }
  return kept.toString();
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, good enough to tell settings apart. */
export function hashString(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function exportFileName(widget: string, query: string, extension: 'svg' | 'png'): string {
  const safe = widget.replace(/[^a-z0-9-]/gi, '-').slice(0, 60) || 'figure';
  return `${safe}-${hashString(query)}.${extension}`;
}

/** Splits text into lines of about `maxChars` at spaces (SVG text does not wrap). */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
