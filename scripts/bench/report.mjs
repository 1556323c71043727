// The bench's table: each measured figure beside its budget, with ratios measured
// side by side in the same run.
const ms = (v) => (v === undefined ? '—' : `${v.toFixed(1)} ms`);
const num = (v) => (v === undefined ? '—' : Math.round(v).toLocaleString('en'));
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');

/** Node's and the bench page's rows (not measured with --pages). */
function computeRows(row, node, browser) {
  const p = browser.page;
  for (const cell of ['rnn', 'lstm']) {
    const budget = cell === 'rnn' ? '≤ 8 ms' : '≤ 16 ms';
    row(`fast analysis T=100 H=64 (${cell}), chromium`, ms(p.fast?.[cell]?.median), budget,
      `tfjs wasm ${ms(p.tfjsWasmAnalysis?.[cell]?.median)} = ${ratio(p.tfjsWasmAnalysis?.[cell]?.median, p.fast?.[cell]?.median)} the fast path`);
    row(`gradient lab recompute H=32 (${cell}), chromium bench`, ms(p.gradientLab?.[cell]?.median), budget,
      `${ratio(p.gradientLab?.[cell]?.median, p.fast?.[cell]?.median)} the bare H=64 pass`);
    row(`fast analysis T=100 H=64 (${cell}), Node`, ms(node.fast[cell].median), budget,
      `tfjs wasm ${ms(node['tfjs-wasm']?.analysis[cell]?.median)}, cpu ${ms(node['tfjs-cpu']?.analysis[cell]?.median)}`);
  }
  row('char-LSTM training, chromium worker, wasm', `${num(p.training?.wasm?.charsPerSecond)} chars/s`, '≥ 10,000 chars/s',
    `autograd ${num(p.training?.wasmAutograd?.charsPerSecond)} chars/s (explicit backward ${ratio(p.training?.wasm?.charsPerSecond, p.training?.wasmAutograd?.charsPerSecond)} faster); cpu ${num(p.training?.cpu?.charsPerSecond)} chars/s`);
  const ppl = p.training?.perplexity;
  row(`char-LSTM held-out perplexity after ${ppl ? Math.round(ppl.seconds) : '—'} s from scratch, chromium worker, wasm`, ppl ? ppl.perplexity.toFixed(2) : '—', '< 7 after 60 s',
    ppl ? `${ppl.seconds < 59 ? 'QUICK RUN, shorter than the budget\'s 60 s; ' : ''}${ppl.steps} steps at ${num(ppl.charsPerSecond)} chars/s on the corpus (held-out loss every 10 steps, as the page); ${ppl.initialPerplexity.toFixed(1)} before training` : '');
  row('char-LSTM training, Node, wasm', `${num(node['tfjs-wasm']?.charsPerSecond)} chars/s`, '≥ 10,000 chars/s',
    `autograd ${num(node['tfjs-wasm']?.autogradCharsPerSecond)} chars/s (explicit backward ${ratio(node['tfjs-wasm']?.charsPerSecond, node['tfjs-wasm']?.autogradCharsPerSecond)} faster); cpu ${num(node['tfjs-cpu']?.charsPerSecond)} chars/s`);
  row('main thread while the lag race trains', ms(browser.training.longestTaskMs), '≤ 50 ms longest task', `${browser.training.longTasks} long tasks in ${browser.training.seconds} s`);
  row('main thread while the bench worker trains', ms(p.mainThreadDuringTraining?.longestTaskMs), '≤ 50 ms longest task', `max frame gap ${ms(p.mainThreadDuringTraining?.maxFrameGapMs)}`);
  row('tensors left (Node / page / worker)', `${node.numTensors} / ${p.numTensorsMain} / ${p.training?.wasm?.numTensors ?? '—'}`, '0', '');
}

export function report({ date, loadavg, node, browser }) {
  const rows = [];
  const row = (what, value, budget, note = '') => rows.push([what, value, budget, note]);
  const p = browser.page;
  for (const f of browser.coldLoad) {
    row(`scripts before the first equation, cold load, ${f.slug}`, `${f.gzipKB.toFixed(1)} kB gzip`, '≤ 120 kB',
      `${f.scripts} scripts, equation at ${ms(f.atMs)}; live-KaTeX runtime ${f.katexRuntime ? 'LOADED' : 'not loaded'}`);
  }
  for (const f of browser.coldLoad) {
    const worst = f.worst.map((w) => `${w.value.toFixed(3)} (${w.sources.filter(Boolean).slice(0, 2).join(', ') || '?'})`).join('; ');
    row(`layout shift over a scroll, cold load, ${f.slug}`, f.cls.toFixed(3), '≤ 0.05',
      `${f.shifts} shifts, largest session window ${f.sessionWindow.toFixed(3)}${worst ? `; largest: ${worst}` : ''}`);
  }
  const drags = [['rnn', 'drag of ρ, gradient lab, simple RNN, T = 100'], ['lstm', 'drag of ρ, gradient lab, LSTM, T = 100'], ['threshold', 'drag of the clipping threshold, exploding run, 100 steps']];
  for (const [key, what] of drags) {
    const d = browser.drag[key];
    row(`${what}: input to chart paint p50 / p95 / max`, `${ms(d.p50)} / ${ms(d.p95)} / ${ms(d.max)}`, 'p95 ≤ 16.7 ms, max ≤ 33 ms',
      `${d.redraws} of ${d.inputs} inputs redrew the chart; ${d.over16} painted after 16.7 ms, ${d.over33} after 33 ms; Event Timing: ${d.eventTimingOver16} events ≥ 16 ms, longest ${ms(d.eventTimingMax)}` +
      (d.recomputes ? `; ${d.recomputes} recomputes, median ${ms(d.computeMedianMs)}, max ${ms(d.computeMaxMs)}` : ''));
  }
  if (node && p) computeRows(row, node, browser);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => String(r[c]).length), 6));
  const line = (r) => r.map((v, c) => String(v).padEnd(widths[c])).join('  ');
  return [`RNN notebook benchmarks — ${date} — load average ${loadavg}`, '', line(['measure', 'measured (median unless said)', 'budget', 'note']), ...rows.map(line)].join('\n');
}
