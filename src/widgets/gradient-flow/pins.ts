/** The gradient lab's pinned runs: each recomputed from its settings, named by what differs. */
import type { Pin } from '../../state/pins';
import { describeClipping, pinNames, type DescribeSetting } from '../ui/pins';
import type { SharedText } from '../ui/text';
import { gradientFlowSchema, type GradientFlowSchema } from './schema';
import type { GradientFlowSettings } from './compute';
import type { GradientFlowText } from './text';

export function describeGradientSetting(m: GradientFlowText, words: SharedText): DescribeSetting<GradientFlowSchema> {
  return (key, pin, current) => {
    switch (key) {
      case 'cell': return pin.cell === 'lstm' ? 'LSTM' : m.simpleRnn;
      case 'activation': return pin.cell === 'lstm' ? null : pin.activation === 'identity' ? m.identity : pin.activation === 'relu' ? 'ReLU' : pin.activation;
      case 'rho': return `ρ = ${pin.rho}`;
      case 'length': return `T = ${pin.length}`;
      case 'truncation': return pin.truncation === 0 ? m.pinNoTruncation : `k = ${pin.truncation}`;
      case 'clip':
      case 'threshold': return describeClipping(key, pin, current, words);
      case 'seed': return words.pinSeed(pin.seed);
    }
  };
}

export function gradientPinNames(pins: readonly Pin<GradientFlowSchema>[], current: GradientFlowSettings, m: GradientFlowText, words: SharedText): string[] {
  return pinNames(gradientFlowSchema, pins, current, describeGradientSetting(m, words), () => words.pinSame);
}
