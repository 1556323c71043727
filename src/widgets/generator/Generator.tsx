/**
 * Generation: the start token and the prompt go in, then the model samples a
 * character from ŷ(t) at temperature τ, feeds it back, and repeats until the end
 * token or the length limit. Runs in a worker; each character arrives with the
 * distribution it was drawn from, which the reader can inspect.
 */
import { useMemo, useState } from 'react';
import type { WidgetProps } from '../registry';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Select, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { useComputeClientRef } from '../../worker/use-compute-worker';
import type { LmGeneratePayload, LmGenerateProgress, SampledChar } from '../../worker/tasks/lm-generate';
import { decodeIds, encodeText, tokenLabel, END } from '../../data/char-vocab';
import { GENERATOR_PREFIX, PROMPT_MAX, generatorSchema } from './schema';
import { DistributionBars } from '../char-lm/DistributionBars';
import { PromptNotes } from '../char-lm/PromptNotes';
import { CELL_COLOUR, CELL_OPTIONS } from '../char-lm/cells';
import { loadingText, siteBaseUrl } from '../char-lm/site';
import '../char-lm/char-lm.css';

const TITLE = 'Generate text, one sampled character at a time';
type Status = 'idle' | 'running' | 'done' | 'stopped';

export default function Generator(props: WidgetProps) {
  const store = useWidgetStore(generatorSchema, GENERATOR_PREFIX, props, {});
  const { settings, notices } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices }));
  const set = store.getState().set;
  const [chars, setChars] = useState<SampledChar[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const client = useComputeClientRef();
  const [ref, width] = useWidth<HTMLDivElement>();
  const encoded = useMemo(() => encodeText(settings.prompt, PROMPT_MAX), [settings.prompt]);

  const generate = () => {
    const c = client.current;
    if (!c) return;
    setChars([]);
    setSelected(null);
    setError(null);
    setMessage(null);
    setStatus('running');
    const payload: LmGeneratePayload = {
      baseUrl: siteBaseUrl(), cell: settings.cell, prompt: encoded.ids, temperature: settings.temperature,
      maxLength: settings.maxLength, seed: settings.seed, delayMs: 12,
    };
    c.run<LmGenerateProgress, { stopped: string } | null>('generate', 'lm-generate', payload, {
      onProgress: (p) => {
        if (p.phase === 'loading') setMessage(loadingText(p));
        else {
          setMessage(null);
          setChars((cs) => [...cs, p]);
        }
      },
      onResult: (r) => {
        setStatus('done');
        setMessage(r ? `Stopped at the ${r.stopped}.` : null);
      },
      onError: (m) => {
        setStatus('stopped');
        setError(m);
      },
    });
  };
  const stop = () => {
    client.current?.cancel('generate');
    setStatus('stopped');
    setMessage('Stopped.');
  };

  // Lecture key: g generates (or stops a generation under way), like the button.
  useWidgetShortcuts(TITLE, [{ key: 'g', label: 'generate / stop', run: () => (status === 'running' ? stop() : generate()) }], { urlPrefix: GENERATOR_PREFIX });

  const shown = selected ?? (chars.length > 0 ? chars.length - 1 : null);
  const current = shown !== null ? chars[shown] : null;
  const colour = CELL_COLOUR[settings.cell];

  return (
    <div ref={ref} className="generator">
      <WidgetChrome title={TITLE} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label="Generation settings">
        <div className="control">
          <label htmlFor={`${props.id}-prompt`}>prompt (empty: start token only)</label>
          <input id={`${props.id}-prompt`} className="lm-prompt" type="text" value={settings.prompt} maxLength={2000}
            onChange={(e) => set({ prompt: e.currentTarget.value })} />
        </div>
        <Select label="model" value={settings.cell} options={CELL_OPTIONS} onChange={(cell) => set({ cell })} />
        <Slider label="temperature τ" value={settings.temperature} min={0} max={2} step={0.05} onChange={(temperature) => set({ temperature })}
          format={(v) => (v < 1e-3 ? '0 (argmax)' : v.toFixed(2))} />
        <Slider label="length limit (characters)" value={settings.maxLength} min={10} max={600} step={10} onChange={(maxLength) => set({ maxLength })} />
        <NumberField label="seed" value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <div className="button-row">
          {status === 'running'
            ? <button type="button" onClick={stop}>Stop</button>
            : <button type="button" className="primary" onClick={generate}>Generate</button>}
        </div>
      </Controls>
      <PromptNotes encoded={encoded} max={PROMPT_MAX} />
      {error && <p className="widget-alert" role="alert">{error} Press “Generate” to try again.</p>}
      <div className="lm-text" data-testid="gen-output" aria-live="off">
        <span className="lm-char special">‹start›</span>
        <span style={{ color: 'var(--ink-soft)' }}>{decodeIds(encoded.ids)}</span>
        {chars.map((c, k) => (
          <button key={k} type="button" className={`lm-char${c.id === END ? ' special' : ''}`} aria-pressed={k === shown}
            aria-label={`character ${k + 1}: ${tokenLabel(c.id)}, probability ${(c.p * 100).toFixed(1)}%`}
            style={{ background: `rgba(86, 72, 154, ${0.08 + 0.3 * (1 - c.p)})` }} onClick={() => setSelected(k)}>
            {c.id === END ? '‹end›' : decodeIds([c.id])}
          </button>
        ))}
      </div>
      <p className="lm-status" role="status">{message ?? (status === 'idle' ? 'Press “Generate”. Shading: the less likely a sampled character was, the darker.' : status === 'running' ? 'Sampling…' : '')}</p>
      {current && (
        <>
          <p className="chart-title">ŷ(t) at τ = {settings.temperature.toFixed(2)} for character {shown! + 1}: sampled “{tokenLabel(current.id)}” with probability {(current.p * 100).toFixed(1)}%</p>
          <DistributionBars top={current.top} highlight={current.id} colour={colour} width={Math.min(width, 520)}
            label={`The ${current.top.length} most likely next characters and their probabilities`} />
          <DataTable summary="The most likely next characters at this step" columns={['character', 'probability']}
            rows={current.top.map((t) => [tokenLabel(t.id), `${(t.p * 100).toFixed(1)}%`])} />
        </>
      )}
    </div>
  );
}
