import { describe, it, expect } from 'vitest';
import { keyCommand } from '../../../src/app/key-commands';

describe('keyCommand', () => {
  it('keyCommand maps p, ? and d everywhere outside text fields', () => {
    expect(keyCommand({ key: 'p' }, 'other', false)).toEqual({ kind: 'toggle-presenter' });
    expect(keyCommand({ key: 'P' }, 'slider', true)).toEqual({ kind: 'toggle-presenter' });
    expect(keyCommand({ key: '?' }, 'button', false)).toEqual({ kind: 'help' });
    expect(keyCommand({ key: 'd' }, 'other', false)).toEqual({ kind: 'diagnostics' });
    expect(keyCommand({ key: 'p' }, 'text-entry', false)).toBeNull();
  });
  it('keyCommand moves slides only in presenter mode', () => {
    expect(keyCommand({ key: 'ArrowRight' }, 'other', true)).toEqual({ kind: 'slide', to: 'next' });
    expect(keyCommand({ key: 'PageDown' }, 'other', true)).toEqual({ kind: 'slide', to: 'next' });
    expect(keyCommand({ key: ' ' }, 'other', true)).toEqual({ kind: 'slide', to: 'next' });
    expect(keyCommand({ key: 'PageUp' }, 'other', true)).toEqual({ kind: 'slide', to: 'previous' });
    expect(keyCommand({ key: 'End' }, 'other', true)).toEqual({ kind: 'slide', to: 'last' });
    expect(keyCommand({ key: 'ArrowRight' }, 'other', false)).toBeNull();
    expect(keyCommand({ key: 'Escape' }, 'other', true)).toEqual({ kind: 'leave-presenter' });
  });
  it('keyCommand leaves a focused slider its arrows and a focused button its Space', () => {
    expect(keyCommand({ key: 'ArrowRight' }, 'slider', true)).toBeNull();
    expect(keyCommand({ key: ' ' }, 'button', true)).toBeNull();
    expect(keyCommand({ key: 'ArrowRight' }, 'button', true)).toEqual({ kind: 'slide', to: 'next' });
  });
  it('keyCommand passes other letters to the widget, never with modifiers or during IME composition', () => {
    expect(keyCommand({ key: 'C' }, 'other', false)).toEqual({ kind: 'widget', key: 'c' });
    expect(keyCommand({ key: 'c', ctrlKey: true }, 'other', false)).toBeNull();
    expect(keyCommand({ key: 'r', metaKey: true }, 'other', true)).toBeNull();
    expect(keyCommand({ key: 'ㅊ', isComposing: true }, 'other', false)).toBeNull();
    expect(keyCommand({ key: 'Process' }, 'other', false)).toBeNull();
    expect(keyCommand({ key: 'Tab' }, 'other', true)).toBeNull();
  });
});
