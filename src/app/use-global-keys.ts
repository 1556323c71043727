/**
 * The shell's keyboard: p presenter, ? help, d diagnostics; in presenter mode
 * →/←, PageDown/PageUp, Space, Home/End move between slides and Esc leaves; any
 * other letter goes to the widget on screen (see widget-target.ts).
 */
import { useEffect } from 'react';
import { settingsStore } from '../state/settings';
import { uiStore } from './ui-store';
import { focusKind, keyCommand } from './key-commands';
import { runWidgetKey } from './widget-target';
import { goToSlide } from './deck-navigation';

export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || uiStore.getState().overlay) return; // an open dialog owns the keys
      const { presenter, setPresenter } = settingsStore.getState();
      const command = keyCommand(e, focusKind(document.activeElement), presenter);
      if (!command) return;
      switch (command.kind) {
        case 'help':
        case 'diagnostics':
          uiStore.getState().open(command.kind);
          break;
        case 'toggle-presenter':
          setPresenter(!presenter);
          break;
        case 'leave-presenter':
          setPresenter(false);
          break;
        case 'slide':
          goToSlide(command.to);
          break;
        case 'widget':
          if (!runWidgetKey(command.key)) return; // not ours: let the page have it
          break;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
