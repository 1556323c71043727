/** The "your text" panel's settings, kept in the URL under "yt." (the text itself never is). */
import type { Schema } from '../../state/url-params';

export const OWN_TEXT_PREFIX = 'yt';

export const ownTextSchema = {
  /** Training steps per model (mini-batches of 16 windows of 64 characters). */
  steps: { kind: 'number', default: 200, min: 10, max: 3000, integer: true },
  seed: { kind: 'number', default: 1, min: 0, max: 99999, integer: true },
} as const satisfies Schema;

export type OwnTextSchema = typeof ownTextSchema;
