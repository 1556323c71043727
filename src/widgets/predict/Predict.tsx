/**
 * A prediction prompt (`<Predict id="…" />`): the reader commits to a guess (or skips)
 * before the widget shows the answer; then the prompt sets the widget up for the
 * question, lets it run, and says whether the guess held and why, quoting the numbers
 * the widget has just measured (read from its store, never written down here).
 * Guesses are kept in this browser; "Change my answer" asks again.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocale, useMessages } from '../../app/messages';
import { useFoundWidgetState } from '../../state/use-widget-store';
import type { WidgetStore } from '../../state/widget-store';
import type { Schema, Values } from '../../state/url-params';
import { findQuestion } from './questions';
import { saveGuess, useGuess, type Guess } from './guesses';
import { pressWidgetKey } from './run-widget';
import { predictText, type PredictText } from './text';
import type { PredictQuestion } from './types';
import type { Locale } from '../../state/settings';
import './predict.css';

export default function Predict({ id }: { id: string }) {
  const question = findQuestion(id);
  if (!question) return <p className="widget-error" role="alert">Unknown prediction prompt “{id}”.</p>;
  return <PredictPrompt q={question} />;
}

/** Gives the widget the question's settings and, if it has not run yet, presses its run key. */
function prepare(q: PredictQuestion, store: WidgetStore<Schema, unknown>): () => void {
  if (q.setup) store.getState().set(q.setup as Partial<Values<Schema>>);
  if (q.runKey && (q.idle?.(store.getState()) ?? true)) return pressWidgetKey(q.widget, q.runKey);
  return () => {};
}

function PredictPrompt({ q }: { q: PredictQuestion }) {
  const t = useMessages(predictText);
  const locale = useLocale();
  const guess = useGuess(q.id);
  const found = useFoundWidgetState(q.prefix);
  const store = found?.store;
  const [picked, setPicked] = useState<string | null>(null);
  // A reveal (or "set up") waiting for the widget's store: applied once, when it is there.
  const [armed, setArmed] = useState(false);
  const cancelRun = useRef<() => void>(undefined);
  const focusNext = useRef<'reveal' | 'form' | null>(null);
  const revealRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFieldSetElement>(null);
  const labelId = useId();
  const radioName = useId();

  useEffect(() => () => cancelRun.current?.(), []);
  useEffect(() => {
    if (!armed || !store) return;
    setArmed(false);
    cancelRun.current?.();
    cancelRun.current = prepare(q, store);
  }, [armed, store, q]);
  useEffect(() => {
    const target = focusNext.current === 'reveal' ? revealRef.current : focusNext.current === 'form' ? formRef.current?.querySelector('input') : null;
    focusNext.current = null;
    target?.focus();
  }, [guess]);

  const decide = (choice: string | null) => {
    focusNext.current = 'reveal';
    saveGuess(q.id, { choice });
    setArmed(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked) decide(picked);
  };
  const change = () => {
    setPicked(guess?.choice ?? null);
    focusNext.current = 'form';
    saveGuess(q.id, undefined);
  };

  return (
    <section className="predict" aria-labelledby={labelId} data-predict={q.id} data-state={guess ? 'revealed' : 'asking'}>
      <p className="predict-kicker" id={labelId}>{t.kicker}</p>
      {!guess ? (
        <form onSubmit={submit}>
          <fieldset ref={formRef}>
            <legend className="predict-question">{q.question[locale]}</legend>
            <p className="predict-note">{t.intro}</p>
            <div className="predict-options">
              {q.options.map((o) => (
                <label key={o.key} className="predict-option" data-option={o.key}>
                  <input type="radio" name={radioName} value={o.key} checked={picked === o.key} onChange={() => setPicked(o.key)} />
                  <span>{o.label[locale]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="predict-actions">
            <button type="submit" className="predict-commit" disabled={!picked}>{t.commit}</button>
            <button type="button" className="predict-skip" onClick={() => decide(null)}>{t.skip}</button>
          </div>
        </form>
      ) : (
        <>
          <p className="predict-question">{q.question[locale]}</p>
          <p className="predict-guess">
            <span>{guess.choice ? t.yourGuess(optionLabel(q, guess.choice, locale)) : t.skipped}</span>{' '}
            <button type="button" className="predict-change" onClick={change}>{t.change}</button>
          </p>
          <div ref={revealRef} tabIndex={-1} className="predict-reveal" aria-live="polite">
            <Reveal q={q} guess={guess} state={found?.state} locale={locale} t={t} setUp={() => setArmed(true)} />
          </div>
          <p className="predict-note">{t.kept} <a className="predict-to-widget" href={`#widget-${q.widget}`}>{t.toWidget}</a></p>
        </>
      )}
    </section>
  );
}

function optionLabel(q: PredictQuestion, key: string, locale: Locale): string {
  return q.options.find((o) => o.key === key)?.label[locale] ?? key;
}

interface RevealProps {
  q: PredictQuestion;
  guess: Guess;
  state: Parameters<PredictQuestion['judge']>[0] | undefined;
  locale: Locale;
  t: PredictText;
  setUp(): void;
}

function Reveal({ q, guess, state, locale, t, setUp }: RevealProps) {
  if (!state) return <p className="predict-verdict" data-verdict="loading">{t.waitingWidget}</p>;
  const judged = q.judge(state, locale);
  if (judged.kind === 'waiting') {
    return (
      <p className="predict-verdict" data-verdict="waiting">
        {judged.note}
        {q.runKey && q.idle?.(state) && <> <button type="button" className="predict-run" onClick={setUp}>{t.run}</button></>}
      </p>
    );
  }
  if (judged.kind === 'elsewhere') {
    return (
      <p className="predict-verdict" data-verdict="elsewhere">
        {judged.note}{' '}
        <button type="button" className="predict-setup" onClick={setUp}>{t.setUp}</button>
      </p>
    );
  }
  const held = guess.choice !== null && judged.answers.includes(guess.choice);
  const verdict = guess.choice === null ? 'skipped' : held ? 'held' : 'missed';
  return (
    <div className="predict-verdict" data-verdict={verdict} data-answer={judged.answers.join(' ')}>
      <p>
        {verdict !== 'skipped' && <strong>{held ? t.held : t.missed} </strong>}
        {t.answer(judged.answers.map((a) => optionLabel(q, a, locale)).join(t.or))}
      </p>
      <p className="predict-why">{judged.why}</p>
    </div>
  );
}
