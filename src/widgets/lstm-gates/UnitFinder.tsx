/**
 * "Find units that track something": for the chosen text feature, the units whose cell
 * (or hidden) value correlates most with it over the reader's text, computed live.
 * Picking one selects it in the heatmap.
 */
import { Select } from '../ui/controls';
import { TEXT_FEATURES, type FeatureKey, type UnitScore } from '../../core/unit-features';

interface UnitFinderProps {
  feature: FeatureKey;
  onFeature(f: FeatureKey): void;
  by: 'c' | 'h';
  onBy(by: 'c' | 'h'): void;
  ranked: UnitScore[];
  selected: number;
  onSelect(unit: number): void;
}

const FEATURE_OPTIONS = TEXT_FEATURES.map((f) => ({ value: f.key, label: f.name }));
const BY_OPTIONS = [{ value: 'c', label: 'cell state c' }, { value: 'h', label: 'hidden state h' }] as const;

export function UnitFinder({ feature, onFeature, by, onBy, ranked, selected, onSelect }: UnitFinderProps) {
  const name = TEXT_FEATURES.find((f) => f.key === feature)?.name ?? feature;
  return (
    <section className="unit-finder" aria-label="Find units that track a feature of the text">
      <div className="controls">
        <Select label="find units that track" value={feature} options={FEATURE_OPTIONS} onChange={onFeature} />
        <Select label="by their" value={by} options={BY_OPTIONS} onChange={onBy} />
      </div>
      {ranked.length === 0 ? (
        <p>Nothing to correlate: “{name}” does not change over this text. Add some to the text.</p>
      ) : (
        <>
          <p>Units whose {by} follows “{name}” most closely over this text (Pearson r; negative r means the unit runs opposite):</p>
          <ol>
            {ranked.map((s) => (
              <li key={s.unit}>
                <button type="button" aria-pressed={s.unit === selected} onClick={() => onSelect(s.unit)}
                  aria-label={`unit ${s.unit}, r = ${s.r.toFixed(2)}`}>
                  unit {s.unit} <span aria-hidden="true">(r = {s.r.toFixed(2).replace('-', '−')})</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
