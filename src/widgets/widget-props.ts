/**
 * What every widget receives from its chapter (`<Widget name=… rho={1.2} />`): its
 * starting settings and a stable instance id. Its own file, so widgets import it
 * without importing the registry (which imports every widget).
 */
export type WidgetProps = Record<string, string | number | boolean | undefined> & {
  /** Stable id of this instance on the page; keys its URL state. */
  id: string;
};
