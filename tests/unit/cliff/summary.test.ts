import { describe, it, expect } from 'vitest';
import { descend } from '../../../src/core/cliff';
import { summarise, hitTheWall, firstStepOutside, jumpOf } from '../../../src/widgets/cliff-surface/summary';
import { tableRows, tableColumns } from '../../../src/widgets/cliff-surface/table';
import { cliffText } from '../../../src/widgets/cliff-surface/text';
import { W_EXTENT, B_EXTENT, CLIFF_SCHEMA } from '../../../src/widgets/cliff-surface/schema';

const en = cliffText.en;
const defaults = { w: CLIFF_SCHEMA.w0.default, b: CLIFF_SCHEMA.b0.default };
const options = { learningRate: CLIFF_SCHEMA.lr.default, steps: CLIFF_SCHEMA.steps.default };

describe('summarise', () => {
  it('summarise(default start) reports the jump off the plot and how much shorter the clipped step is', () => {
    const plain = descend(defaults, options);
    const clipped = descend(defaults, { ...options, clipThreshold: CLIFF_SCHEMA.clip.default });
    expect(hitTheWall(plain)).toBe(true);
    const jump = jumpOf(plain);
    const out = firstStepOutside(plain, W_EXTENT, B_EXTENT);
    expect(out).toBe(jump.step);
    const ratio = Math.round(jump.length / jumpOf(clipped).length);
    const text = summarise(en, plain, clipped, 20, W_EXTENT, B_EXTENT);
    expect(text).toContain(`so step ${jump.step} jumped`);
    expect(text).toContain(`left the plotted region at step ${out}`);
    expect(text).toContain(`${ratio.toLocaleString('en-US')}× shorter`);
    expect(firstStepOutside(clipped, W_EXTENT, B_EXTENT)).toBe(-1);
  });
  it('summarise(a start far from the cliff) says no step met the steep face and clipping never fired', () => {
    const plain = descend({ w: 2, b: 1 }, options);
    const clipped = descend({ w: 2, b: 1 }, { ...options, clipThreshold: 20 });
    expect(hitTheWall(plain)).toBe(false);
    const text = summarise(en, plain, clipped, 20, W_EXTENT, B_EXTENT);
    expect(text).toContain('never fired');
    expect(text).toContain('No step landed');
  });
  it('summarise(a path that overflows) names the non-finite step', () => {
    const start = { w: 5, b: 0.5 - 5 / (1 + Math.exp(-0.5)) };
    const plain = descend(start, { learningRate: 1e305, steps: 3 });
    const clipped = descend(start, { learningRate: 1e305, steps: 3, clipThreshold: 1 });
    expect(summarise(en, plain, clipped, 1, W_EXTENT, B_EXTENT)).toContain('at step 1 the parameters became non-finite');
    const rows = tableRows(en, plain, clipped);
    expect(rows[1][1]).toBe('NaN/∞ — stopped');
    expect(rows[0]).toHaveLength(tableColumns(en).length);
  });
  it('summarise() in Korean names the same steps and numbers', () => {
    const start = { w: 5, b: 0.5 - 5 / (1 + Math.exp(-0.5)) };
    const plain = descend(start, { learningRate: 1e305, steps: 3 });
    const clipped = descend(start, { learningRate: 1e305, steps: 3, clipThreshold: 1 });
    expect(summarise(cliffText.ko, plain, clipped, 1, W_EXTENT, B_EXTENT)).toContain('스텝 1에서 매개변수가 유한하지 않은 값');
    expect(tableRows(cliffText.ko, plain, clipped)[1][1]).toBe('NaN/∞ — 멈춤');
    const far = descend({ w: 2, b: 1 }, options);
    const text = summarise(cliffText.ko, far, descend({ w: 2, b: 1 }, { ...options, clipThreshold: 20 }), 20, W_EXTENT, B_EXTENT);
    expect(text).toContain('임계값 20의 클리핑은 한 번도 작동하지 않았');
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });
});
