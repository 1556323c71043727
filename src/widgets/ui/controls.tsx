/**
 * The controls every widget uses: each has a visible label that is also its
 * accessible name, works with the keyboard, and shows its current value.
 */
import { useId, type ReactNode } from 'react';

interface SliderProps {
  /** Visible label and accessible name (name the concept: "spectral radius ρ"). */
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange(value: number): void;
  /** How the current value is shown next to the label. */
  format?: (v: number) => string;
  disabled?: boolean;
}

export function Slider({ label, value, min, max, step, onChange, format = String, disabled }: SliderProps) {
  const id = useId();
  return (
    <div className="control slider">
      <span className="control-label">
        <label htmlFor={id}>{label}</label> <span className="control-value" aria-hidden="true">{format(value)}</span>
      </span>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={format(value)}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
    </div>
  );
}

interface SelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  disabled?: boolean;
}

export function Select<V extends string>({ label, value, options, onChange, disabled }: SelectProps<V>) {
  const id = useId();
  return (
    <div className="control select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

interface ToggleProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
}

export function Toggle({ label, checked, onChange, disabled }: ToggleProps) {
  const id = useId();
  return (
    <div className="control toggle">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A row of controls that wraps on narrow screens. */
export function Controls({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="controls" role="group" aria-label={label}>
      {children}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
}

/** A whole-number field (seeds); invalid typing is ignored until it parses. */
export function NumberField({ label, value, min, max, onChange }: NumberFieldProps) {
  const id = useId();
  return (
    <div className="control number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(e) => {
          const v = Math.round(Number(e.currentTarget.value));
          if (e.currentTarget.value !== '' && Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
        }}
      />
    </div>
  );
}
