/** Runs a worker task in Node as the page's worker would, collecting its progress messages. */
import type { Task } from '../../../src/worker/protocol';

export async function runTask<P>(task: Task, payload: unknown): Promise<{ result: unknown; progress: P[] }> {
  const progress: P[] = [];
  const { result } = await task(payload, {
    progress: (p) => progress.push(p as P),
    cancelled: () => false,
    yieldToEvents: async () => {},
  });
  return { result, progress };
}

/** The last progress message of each key that carries `field`. */
export function lastWith<P extends { key: string }>(progress: P[], field: keyof P): Record<string, P> {
  const out: Record<string, P> = {};
  for (const p of progress) if (p[field] !== undefined) out[p.key] = p;
  return out;
}
