/**
 * Presses one of a widget's own shortcut keys (its "train" key, say), as the reader
 * would: the widget keeps running its own code. If the widget has not registered its
 * keys yet (still loading), waits until it has. Returns a cancel.
 */
import { findAction, shortcutOwners, subscribeShortcuts } from '../../state/widget-shortcuts';

export function pressWidgetKey(widget: string, key: string): () => void {
  const press = () => {
    const owner = shortcutOwners().find((o) => o.element()?.getAttribute('data-widget') === widget);
    const action = owner && findAction(owner.actions, key);
    action?.run();
    return action !== undefined;
  };
  if (press()) return () => {};
  let done = false;
  const stop = subscribeShortcuts(() => {
    if (!done && press()) {
      done = true;
      stop();
    }
  });
  return () => {
    done = true;
    stop();
  };
}
