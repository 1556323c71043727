/**
 * Generation: the start token and the prompt go in, then the model samples a
 * character from ŷ(t) at temperature τ, feeds it back, and repeats until the end
 * token or the length limit. Runs in a worker; each character arrives with the
 * distribution it was drawn from, which the reader can inspect.
 */
import { useMemo } from 'react';
import type { WidgetProps } from '../widget-props';
import { useWidgetStore, useWidget } from '../../state/use-widget-store';
import { useWidth } from '../../viz/use-width';
import { DataTable } from '../../viz/DataTable';
import { WidgetChrome } from '../ui/WidgetChrome';
import { Controls, NumberField, Select, Slider } from '../ui/controls';
import { useWidgetShortcuts } from '../ui/use-widget-shortcuts';
import { decodeIds, encodeText, tokenLabel, END } from '../../data/char-vocab';
import { GENERATOR_PREFIX, PROMPT_MAX, generatorSchema } from './schema';
import { DistributionBars } from '../char-lm/DistributionBars';
import { PromptNotes } from '../char-lm/PromptNotes';
import { CELL_COLOUR, cellOptions } from '../char-lm/cells';
import { loadingText } from '../char-lm/site';
import { charLmText } from '../char-lm/text';
import { useMessages } from '../../app/messages';
import { generatorText } from './text';
import { noGeneration, useGeneration, type GenerationMessage, type GenerationResults } from './use-generation';
import { LoadProgress } from '../char-lm/LoadProgress';
import '../char-lm/char-lm.css';

export default function Generator(props: WidgetProps) {
  const store = useWidgetStore(generatorSchema, GENERATOR_PREFIX, props, noGeneration());
  const { settings, notices, results } = useWidget(store, (s) => ({ settings: s.settings, notices: s.notices, results: s.results as GenerationResults }));
  const { chars, selected, status, message, error } = results;
  const set = store.getState().set;
  const t = useMessages(generatorText);
  const lm = useMessages(charLmText);
  const [ref, width] = useWidth<HTMLDivElement>();
  const encoded = useMemo(() => encodeText(settings.prompt, PROMPT_MAX), [settings.prompt]);
  const { generate, stop, select } = useGeneration(store, encoded.ids);

  // Lecture key: g generates (or stops a generation under way), like the button.
  useWidgetShortcuts(t.title, [{ key: 'g', label: t.keyGenerate, run: () => (status === 'running' ? stop() : generate()) }], { urlPrefix: GENERATOR_PREFIX });

  const shown = selected ?? (chars.length > 0 ? chars.length - 1 : null);
  const current = shown !== null ? chars[shown] : null;
  const colour = CELL_COLOUR[settings.cell];
  const messageText = (m: GenerationMessage) =>
    m.kind === 'loading' ? loadingText(m.progress, lm) : m.at === 'end token' ? t.stoppedAtEnd : m.at === 'length limit' ? t.stoppedAtLimit : t.stopped;

  return (
    <div ref={ref} className="generator">
      <WidgetChrome title={t.title} notices={notices}
        onDismissNotices={() => store.getState().dismissNotices()} onReset={() => store.getState().reset()} />
      <Controls label={t.settings}>
        <div className="control">
          <label htmlFor={`${props.id}-prompt`}>{t.prompt}</label>
          <input id={`${props.id}-prompt`} className="lm-prompt" type="text" value={settings.prompt} maxLength={2000}
            onChange={(e) => set({ prompt: e.currentTarget.value })} />
        </div>
        <Select label={t.model} value={settings.cell} options={cellOptions(lm)} onChange={(cell) => set({ cell })} />
        <Slider label={t.temperature} value={settings.temperature} min={0} max={2} step={0.05} onChange={(temperature) => set({ temperature })}
          format={(v) => (v < 1e-3 ? t.argmax : v.toFixed(2))} />
        <Slider label={t.length} value={settings.maxLength} min={10} max={600} step={10} onChange={(maxLength) => set({ maxLength })} />
        <NumberField label={t.seed} value={settings.seed} min={0} max={99999} onChange={(seed) => set({ seed })} />
        <div className="button-row">
          {status === 'running'
            ? <button type="button" onClick={stop}>{t.stop}</button>
            : <button type="button" className="primary" onClick={generate}>{t.generate}</button>}
        </div>
      </Controls>
      <PromptNotes encoded={encoded} max={PROMPT_MAX} />
      {error && <p className="widget-alert" role="alert">{t.errorRetry(lm.problem(error))}</p>}
      <div className="lm-text" data-testid="gen-output" aria-live="off">
        <span className="lm-char special">‹start›</span>
        <span style={{ color: 'var(--ink-soft)' }}>{decodeIds(encoded.ids)}</span>
        {chars.map((c, k) => (
          <button key={k} type="button" className={`lm-char${c.id === END ? ' special' : ''}`} aria-pressed={k === shown}
            aria-label={t.charLabel(k + 1, tokenLabel(c.id), (c.p * 100).toFixed(1))}
            style={{ background: `rgba(86, 72, 154, ${0.08 + 0.3 * (1 - c.p)})` }} onClick={() => select(k)}>
            {c.id === END ? '‹end›' : decodeIds([c.id])}
          </button>
        ))}
      </div>
      {message?.kind === 'loading' ? <LoadProgress progress={message.progress} />
        : <p className="lm-status" role="status">{message ? messageText(message) : status === 'idle' ? t.idle : status === 'running' ? t.sampling : ''}</p>}
      {current && (
        <>
          <p className="chart-title">{t.distributionTitle(settings.temperature.toFixed(2), shown! + 1, tokenLabel(current.id), (current.p * 100).toFixed(1))}</p>
          <DistributionBars top={current.top} highlight={current.id} colour={colour} width={Math.min(width, 520)}
            label={t.distributionLabel(current.top.length)} />
          <DataTable summary={t.tableSummary} columns={[t.colCharacter, t.colProbability]}
            rows={current.top.map((t) => [tokenLabel(t.id), `${(t.p * 100).toFixed(1)}%`])} />
        </>
      )}
    </div>
  );
}
