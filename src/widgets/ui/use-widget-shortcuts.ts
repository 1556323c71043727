/**
 * Lets a widget offer named actions on single keys (see state/widget-shortcuts.ts):
 *
 *   useWidgetShortcuts('Gradient flow', [
 *     { key: 'c', label: 'toggle clipping', run: () => … },
 *     { key: 'r', label: 'reset', run: reset },
 *   ], { urlPrefix: 'gf' });
 *
 * The keys work on the widget on screen (presenter slide, or focused / most
 * visible). Actions may change identity every render: the latest is always run.
 */
import { useEffect, useRef } from 'react';
import { registerShortcuts, type WidgetAction } from '../../state/widget-shortcuts';
import { useWidgetFrame } from './widget-frame';

export function useWidgetShortcuts(title: string, actions: WidgetAction[], options: { urlPrefix?: string } = {}): void {
  const frame = useWidgetFrame();
  const latest = useRef(actions);
  latest.current = actions;
  // Re-register only when the keys or labels change, not on every render.
  const signature = actions.map((a) => `${a.key}\u0000${a.label}`).join('\u0001');
  const { urlPrefix } = options;

  useEffect(() => {
    if (urlPrefix) frame.setUrlPrefix(urlPrefix);
  }, [frame, urlPrefix]);

  useEffect(() => {
    const stable = latest.current.map((a, i) => ({
      key: a.key,
      label: a.label,
      run: () => {
        latest.current[i]?.run();
        frame.markUsed();
      },
    }));
    return registerShortcuts({ title, element: frame.element, actions: stable });
  }, [title, signature, frame]);
}
