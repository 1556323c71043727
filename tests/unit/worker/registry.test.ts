/** Compute clients list themselves in the worker registry while they live, and restart from it as from a crash. */
import { describe, expect, it } from 'vitest';
import { createComputeClient, CRASH_MESSAGE } from '../../../src/worker/client';
import { restartWorkers, requestWorkerStats, workerStatuses } from '../../../src/worker/registry';
import type { FromWorker, ToWorker } from '../../../src/worker/protocol';

/** A stand-in Worker: records what the page sends and lets the test answer. */
class FakeWorker {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: ToWorker) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(m: FromWorker) {
    this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
  }
}

function setUp() {
  const made: FakeWorker[] = [];
  const client = createComputeClient(() => {
    const w = new FakeWorker();
    made.push(w);
    return w as unknown as Worker;
  });
  return { client, made };
}

describe('worker registry', () => {
  it('lists a client from creation to dispose, with its running task, backend and tensors', () => {
    const before = workerStatuses().length;
    const { client, made } = setUp();
    const mine = () => workerStatuses().at(-1)!;
    expect(workerStatuses()).toHaveLength(before + 1);
    expect(mine()).toMatchObject({ started: false, alive: false, running: [] });
    client.run('train', 'lm-train', {}, {});
    expect(mine()).toMatchObject({ started: true, alive: true, running: ['lm-train'] });
    made[0].answer({ type: 'ready', backend: 'cpu', note: 'the wasm backend could not load (x)' });
    requestWorkerStats();
    expect(made[0].sent.at(-1)).toEqual({ type: 'stats' });
    made[0].answer({ type: 'stats', numTensors: 12, numBytes: 480 });
    expect(mine()).toMatchObject({ backend: 'cpu', backendNote: 'the wasm backend could not load (x)', tensors: 12 });
    made[0].answer({ type: 'result', job: 1, payload: null });
    expect(mine().running).toEqual([]);
    client.dispose();
    expect(workerStatuses()).toHaveLength(before);
    expect(made[0].terminated).toBe(true);
  });

  it('restarting ends the worker like a crash: jobs fail, the widget hears it, the next job gets a fresh worker', () => {
    const { client, made } = setUp();
    const errors: string[] = [];
    const crashes: string[] = [];
    client.onCrash((m) => crashes.push(m));
    client.run('train', 'lm-train', {}, { onError: (m) => errors.push(m) });
    restartWorkers('ended from a test');
    expect(made[0].terminated).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0].startsWith(CRASH_MESSAGE)).toBe(true);
    expect(crashes[0]).toContain('ended from a test');
    expect(workerStatuses().at(-1)).toMatchObject({ started: true, alive: false, running: [], tensors: null });
    client.run('train', 'lm-train', {}, {});
    expect(made).toHaveLength(2);
    expect(made[1].sent[0]).toMatchObject({ type: 'start', task: 'lm-train' });
    client.dispose();
  });

  it('a client that never started a worker is not restarted', () => {
    const { client, made } = setUp();
    const crashes: string[] = [];
    client.onCrash((m) => crashes.push(m));
    restartWorkers('ended from a test');
    expect(crashes).toEqual([]);
    expect(made).toHaveLength(0);
    client.dispose();
  });
});
