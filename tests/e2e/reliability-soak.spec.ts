/**
 * Soak: chapter 1's trainer trains without a break while the worker's tensors, the
 * main thread's tensors and the page's JS heap are sampled; after a warm-up none of
 * them may keep growing. One minute by default; the full ten minutes with
 *   SOAK_MINUTES=10 npx playwright test tests/e2e/reliability-soak.spec.ts
 */
import { test, expect, mainTensors, workerTensors, type Page } from './fixtures';
import config from '../../playwright.config';

const MINUTES = Number(process.env.SOAK_MINUTES || 1);
const WARM_UP_MS = 15_000;
const SAMPLE_MS = 5_000;

const launch = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--js-flags=--expose-gc', '--enable-precise-memory-info'] } });

interface Sample {
  step: number;
  worker: number;
  workerMb: number;
  main: number;
  heapMb: number;
}

async function sample(page: Page): Promise<Sample> {
  const trainerWorker = async () => {
    await workerTensors(page);
    return page.evaluate(() => window.__rnnNotebook!.workers().find((w) => w.running.includes('lm-train')));
  };
  const w = await trainerWorker();
  const heapMb = await page.evaluate(() => {
    (globalThis as unknown as { gc(): void }).gc();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20;
  });
  return {
    step: Number(await page.locator('[data-widget="lm-trainer"]').getByTestId('lt-step').textContent()),
    worker: w?.tensors ?? NaN,
    workerMb: (w?.bytes ?? NaN) / 2 ** 20,
    main: await mainTensors(page),
    heapMb,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The later samples' median may not exceed the earlier samples' median by more than `slack`. */
function expectFlat(samples: Sample[], key: keyof Sample, slack: number) {
  const third = Math.max(1, Math.floor(samples.length / 3));
  const early = median(samples.slice(0, third).map((s) => s[key]));
  const late = median(samples.slice(-third).map((s) => s[key]));
  expect(late, `${key}: early median ${early.toFixed(2)}, late median ${late.toFixed(2)}`).toBeLessThanOrEqual(early + slack);
}

test(`soak: ${MINUTES} min of continuous training keeps tensors and memory flat`, async ({ page }) => {
  test.setTimeout(MINUTES * 60_000 + 150_000);
  await page.goto('/chapters/01-rnn-language-models?lt.cell=rnn&lt.batch=4');
  const w = page.locator('[data-widget="lm-trainer"]');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Start training' }).click();
  await expect(w.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => Number(await w.getByTestId('lt-step').textContent()), { timeout: 90_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(WARM_UP_MS);

  const samples: Sample[] = [];
  const end = Date.now() + MINUTES * 60_000;
  while (Date.now() < end) {
    samples.push(await sample(page));
    await page.waitForTimeout(SAMPLE_MS);
  }
  samples.push(await sample(page));
  console.log(samples.map((s) => `step ${s.step}: worker ${s.worker} tensors (${s.workerMb.toFixed(2)} MB), main ${s.main}, heap ${s.heapMb.toFixed(1)} MB`).join('\n'));

  await expect(w.getByRole('alert')).toHaveCount(0);
  await expect(w.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(samples.every((s) => Number.isFinite(s.worker)), 'the trainer\'s worker reported its tensors').toBe(true);
  expect(samples.at(-1)!.step, 'training went on throughout').toBeGreaterThan(samples[0].step);
  expectFlat(samples, 'worker', 2);
  expectFlat(samples, 'workerMb', 0.5);
  expectFlat(samples, 'main', 0);
  expectFlat(samples, 'heapMb', 15);
  await w.getByRole('button', { name: 'Pause' }).click();
});
