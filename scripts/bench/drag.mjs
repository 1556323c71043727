// Input-to-paint during a scripted mouse drag of a slider (`npm run bench`): the
// mouse goes down on the thumb, sweeps the track right and back at about 60 moves
// a second, and goes up. Two clocks, both in the page:
// - input to chart paint: for every `input` event the slider fires, the time from
//   the event's timestamp to the end of the frame that first shows the chart
//   changed after it (the chart's DOM changes, then a message posted from the next
//   requestAnimationFrame arrives after that frame's paint). An input whose value
//   the chart already showed is not counted;
// - Event Timing: entries of 16 ms and more (the API's floor) for the drag's
//   pointer and input events, the browser's own input-to-next-paint duration.

/** Installed in the page before the drag; `chart` is the element whose redraw is awaited. */
function watchInputs(chart) {
  window.__drag = { latencies: [], events: [], inputs: 0 };
  performance.clearMeasures();
  const channel = new MessageChannel();
  let pending = [];
  let painting = [];
  channel.port1.onmessage = () => {
    const now = performance.now();
    for (const t of painting.splice(0)) window.__drag.latencies.push(now - t);
  };
  let frameAsked = false;
  document.addEventListener('input', (e) => {
    window.__drag.inputs++;
    pending.push(e.timeStamp);
  }, true);
  new MutationObserver(() => {
    if (pending.length === 0) return;
    painting.push(...pending);
    pending = [];
    if (frameAsked) return;
    frameAsked = true;
    requestAnimationFrame(() => {
      frameAsked = false;
      channel.port2.postMessage(0);
    });
  }).observe(document.querySelector(chart), { subtree: true, childList: true, attributes: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__drag.events.push({ name: e.name, ms: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
}

const quantile = (sorted, q) => (sorted.length === 0 ? undefined : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);

/** Drags `slider` (a range input locator) across its track and back with the mouse. */
export async function mouseDrag(page, slider, chart, { moves = 60, pauseMs = 16 } = {}) {
  await slider.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.evaluate(watchInputs, chart);
  const box = await slider.boundingBox();
  const [value, min, max] = await slider.evaluate((el) => [Number(el.value), Number(el.min), Number(el.max)]);
  const y = box.y + box.height / 2;
  // The thumb sits at the value's share of the track (less half a thumb at each end).
  const thumb = 8;
  const xAt = (share) => box.x + thumb + share * (box.width - 2 * thumb);
  const start = (value - min) / (max - min);
  await page.mouse.move(xAt(start), y);
  await page.mouse.down();
  const path = [];
  for (let k = 1; k <= moves / 2; k++) path.push(start + (1 - start) * (k / (moves / 2)));
  for (let k = 1; k <= moves / 2; k++) path.push(1 - k / (moves / 2));
  for (const share of path) {
    await page.mouse.move(xAt(share), y);
    await page.waitForTimeout(pauseMs);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  const { latencies, events, inputs } = await page.evaluate(() => window.__drag);
  const sorted = [...latencies].sort((a, b) => a - b);
  const timed = events.filter((e) => /^(pointer|mouse|input)/.test(e.name)).map((e) => e.ms).sort((a, b) => a - b);
  return {
    inputs,
    redraws: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1),
    over16: sorted.filter((v) => v > 16.7).length,
    over33: sorted.filter((v) => v > 33).length,
    eventTimingOver16: timed.length,
    eventTimingMax: timed.at(-1) ?? 0,
  };
}

/** The gradient lab's ρ slider at T = 100 (tanh). */
export async function dragGradientFlow(page, base, cell) {
  await page.goto(`${base}/chapters/03-vanishing-and-exploding-gradients?gf.length=100&gf.activation=tanh&gf.cell=${cell}#widget-gradient-flow`);
  const widget = page.locator('[data-widget="gradient-flow"]');
  await widget.locator('.distance-chart').waitFor();
  const drag = await mouseDrag(page, widget.getByRole('slider', { name: /spectral radius/ }), '[data-widget="gradient-flow"] .distance-chart');
  // The lab's own User Timing entries: what one recompute costs.
  const compute = await page.evaluate(() => performance.getEntriesByName('gradient-flow:compute').map((e) => e.duration).sort((a, b) => a - b));
  return { ...drag, recomputes: compute.length, computeMedianMs: quantile(compute, 0.5), computeMaxMs: compute.at(-1) };
}

/** The exploding-gradient run's clipping threshold, after 100 clipped training steps (paused). */
export async function dragClippingThreshold(page, base) {
  await page.goto(`${base}/chapters/03-vanishing-and-exploding-gradients?ec.clip=1#widget-exploding-clipping`);
  const widget = page.locator('[data-widget="exploding-clipping"]');
  await widget.locator('[data-chart="grad-chart"]').waitFor();
  await widget.scrollIntoViewIfNeeded();
  await widget.getByRole('button', { name: 'Train' }).click();
  await page.waitForFunction(() => {
    const m = /Step (\d+):/.exec(document.querySelector('[data-widget="exploding-clipping"] .ec-summary')?.textContent ?? '');
    return m !== null && Number(m[1]) >= 100;
  }, null, { timeout: 120_000 });
  await widget.getByRole('button', { name: 'Pause' }).click();
  return mouseDrag(page, widget.getByRole('slider', { name: 'clipping threshold' }), '[data-widget="exploding-clipping"] [data-chart="grad-chart"]');
}
