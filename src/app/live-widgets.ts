/** Names of the widgets that are built (not placeholders): the "m" of "n of m widgets tried". */
import { PLANNED_WIDGETS, widgetComponent } from '../widgets/registry';

export const liveWidgetNames = (): string[] => PLANNED_WIDGETS.filter((name) => widgetComponent(name) !== undefined);

/** How many distinct live widgets appear in the progress's "slug/name" entries. */
export function countTried(tried: readonly string[], live: readonly string[]): number {
  return new Set(tried.map((entry) => entry.slice(entry.indexOf('/') + 1)).filter((name) => live.includes(name))).size;
}
