/** The gradient lab's pinned runs: each recomputed from its settings, named by what differs. */
import type { Pin } from '../../state/pins';
import { pinNames, type DescribeSetting } from '../ui/pins';
import { gradientFlowSchema, type GradientFlowSchema } from './schema';
import type { GradientFlowSettings } from './compute';
import type { GradientFlowText } from './text';

export function describeGradientSetting(m: GradientFlowText): DescribeSetting<GradientFlowSchema> {
  return (key, pin, current) => {
    switch (key) {
      case 'cell': return pin.cell === 'lstm' ? 'LSTM' : m.simpleRnn;
      case 'activation': return pin.cell === 'lstm' ? null : pin.activation === 'identity' ? m.identity : pin.activation === 'relu' ? 'ReLU' : pin.activation;
      case 'rho': return `ρ = ${pin.rho}`;
      case 'length': return `T = ${pin.length}`;
      case 'truncation': return pin.truncation === 0 ? m.pinNoTruncation : `k = ${pin.truncation}`;
      case 'clip': return pin.clip ? m.pinClip(pin.threshold) : m.pinClipOff;
      // Said with "clip" when that differs too; meaningless while clipping is off.
      case 'threshold': return pin.clip && pin.clip === current.clip ? m.pinClip(pin.threshold) : null;
      case 'seed': return m.pinSeed(pin.seed);
    }
  };
}

export function gradientPinNames(pins: readonly Pin<GradientFlowSchema>[], current: GradientFlowSettings, m: GradientFlowText, same: string): string[] {
  return pinNames(gradientFlowSchema, pins, current, describeGradientSetting(m), () => same);
}
