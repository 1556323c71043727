import { describe, it, expect } from 'vitest';
import { tokenise, passageWords, PASSAGE } from '../../../src/widgets/tickets/passage';
import { computeTickets } from '../../../src/widgets/tickets/compute';
import { describeTickets, decades } from '../../../src/widgets/tickets/summary';
import { ticketsText } from '../../../src/widgets/tickets/text';
import { defaults } from '../../../src/state/url-params';
import { ticketsSchema } from '../../../src/widgets/tickets/schema';

const base = defaults(ticketsSchema);

describe('tickets passage', () => {
  it('tokenise() keeps the lecture sentence verbatim and targets "tickets" at the blank', () => {
    const p = tokenise();
    expect(p.words.map((w) => w.text).join(' ')).toBe(PASSAGE);
    expect(p.words).toHaveLength(41);
    expect(p.words[p.answerIndex].text).toBe('tickets,');
    expect(p.vocab[p.ids.at(-1)!]).toBe('tickets');
    expect(p.ids).toHaveLength(42);
    expect(new Set(p.ids).size).toBeLessThan(p.vocab.length + 1);
  });
  it('passageWords() strips punctuation for the model only', () => {
    expect(passageWords('Toner. It was')).toEqual([{ text: 'Toner.', word: 'toner' }, { text: 'It', word: 'it' }, { text: 'was', word: 'was' }]);
  });
});

describe('computeTickets', () => {
  it('the simple RNN at ρ = 0.9 lets far less gradient reach "tickets" than the last word', () => {
    const r = computeTickets(base);
    expect(r.distance).toBe(34);
    expect(r.shown.ratio).toBeLessThan(0.01);
    expect(r.shown.ratio).toBeCloseTo(r.shown.fromBlank[r.passage.answerIndex] / r.shown.fromBlank[40], 6);
  });
  it('an LSTM with forget-gate bias 3 keeps orders of magnitude more, and a smaller ρ shrinks the RNN further', () => {
    const r = computeTickets(base);
    expect(r.other.cell).toBe('lstm');
    expect(r.other.ratio).toBeGreaterThan(100 * r.shown.ratio);
    expect(computeTickets({ ...base, rho: 0.5 }).shown.ratio).toBeLessThan(1e-6);
  });
  it('describeTickets() states the distance, the factor and ρ^ℓ', () => {
    const text = describeTickets(ticketsText.en, base, computeTickets(base)).join(' ');
    expect(text).toMatch(/ℓ = 34 words\), the gradient shrinks by a factor of .* \(≈ 10\^−\d\.\d\) for the simple RNN at ρ = 0\.90/);
    expect(text).toContain('ρ^ℓ = 0.90^34');
  });
  it('describeTickets() in Korean names the same cells and numbers', () => {
    const lstm = { ...base, cell: 'lstm' as const };
    const text = describeTickets(ticketsText.ko, lstm, computeTickets(lstm)).join(' ');
    expect(text).toContain('ρ = 0.90, 망각 게이트 편향 b_f = 3인 LSTM에서는');
    expect(text).toContain('ρ = 0.90인 간단한 RNN에서는');
    expect(text).toContain('σ(b_f) = 0.95');
  });
  it('decades() reads an order of magnitude', () => {
    expect(decades(1e-7)).toBe('10^−7.0');
    expect(decades(20)).toBe('10^1.3');
  });
});
