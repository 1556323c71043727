/**
 * The worker side: runs named tasks, one message loop, cancellation checked between
 * chunks of work. Tasks are plain async functions over the core.
 */
import type { FromWorker, Task, ToWorker, WorkerMemory } from './protocol';

export interface HostExtras {
  /** The worker's tensor count, for the page's diagnostics. */
  memory?(): WorkerMemory;
  /** Why the preferred backend was not used, if it was not. */
  backendNote?(): string | null;
}

export function serveTasks(tasks: Record<string, Task>, backend: Promise<string>, extras: HostExtras = {}): void {
  const scope = self as unknown as { postMessage(m: FromWorker, t?: Transferable[]): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
  const cancelled = new Set<number>();
  const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  // A macrotask, so that queued 'cancel' messages are handled before work goes on.
  const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  scope.onmessage = async (event) => {
    const message = event.data;
    if (message.type === 'cancel') {
      cancelled.add(message.job);
      return;
    }
    if (message.type === 'stats') {
      // Only once a backend exists: asking tfjs earlier would start one.
      if (extras.memory) backend.then(() => post({ type: 'stats', ...extras.memory!() }), () => undefined);
      return;
    }
    const task = tasks[message.task];
    if (!task) {
      post({ type: 'error', job: message.job, message: `Unknown task "${message.task}"` });
      return;
    }
    try {
      await backend;
      const { result, transfer } = await task(message.payload, {
        progress: (payload, t) => post({ type: 'progress', job: message.job, payload }, t),
        cancelled: () => cancelled.has(message.job),
        yieldToEvents,
      });
      if (!cancelled.has(message.job)) post({ type: 'result', job: message.job, payload: result }, transfer);
    } catch (error) {
      post({ type: 'error', job: message.job, message: error instanceof Error ? error.message : String(error) });
    } finally {
      cancelled.delete(message.job);
    }
  };
  backend.then(
    (name) => post({ type: 'ready', backend: name, note: extras.backendNote?.() ?? undefined }),
    (error) => post({ type: 'error', job: -1, message: `No compute backend: ${String(error)}` }),
  );
}
