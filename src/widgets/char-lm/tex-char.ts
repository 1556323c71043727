/**
 * A token for TeX text mode (specials and TeX-special characters spelled safely).
 * KaTeX's strict mode rejects the visible-space sign ␣ and the guillemets, so a space is
 * a control space (read between the quotes) and ‹start› becomes <start>.
 */
import { tokenLabel } from '../../data/char-vocab';

export function texChar(id: number): string {
  const label = tokenLabel(id);
  if (label === '␣') return '\\ ';
  return label.replace(/[\\{}$&#^_%~]/g, (c) => `\\${c === '\\' ? 'backslash' : c}`).replace('‹', '<').replace('›', '>');
}
