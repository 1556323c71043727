/**
 * "Find units that track something": for the chosen text feature, the units whose cell
 * (or hidden) value correlates most with it over the reader's text, computed live.
 * Picking one selects it in the heatmap.
 */
import { useMessages } from '../../app/messages';
import { Select } from '../ui/controls';
import { TEXT_FEATURES, type FeatureKey, type UnitScore } from '../../core/unit-features';
import { lstmGatesText, type LstmGatesWords } from './text';

interface UnitFinderProps {
  feature: FeatureKey;
  onFeature(f: FeatureKey): void;
  by: 'c' | 'h';
  onBy(by: 'c' | 'h'): void;
  ranked: UnitScore[];
  selected: number;
  onSelect(unit: number): void;
}

/** Each text feature's name in the catalogue. */
const FEATURE_NAME = {
  quote: 'featureQuote', paren: 'featureParen', wordPos: 'featureWordPos',
  sentencePos: 'featureSentencePos', vowel: 'featureVowel', afterSpace: 'featureAfterSpace',
} as const satisfies Record<FeatureKey, keyof LstmGatesWords>;

export function UnitFinder({ feature, onFeature, by, onBy, ranked, selected, onSelect }: UnitFinderProps) {
  const m = useMessages(lstmGatesText);
  const name = m[FEATURE_NAME[feature]];
  const featureOptions = TEXT_FEATURES.map((f) => ({ value: f.key, label: m[FEATURE_NAME[f.key]] }));
  const byOptions = [{ value: 'c', label: m.byCell }, { value: 'h', label: m.byHidden }] as const;
  return (
    <section className="unit-finder" aria-label={m.finder}>
      <div className="controls">
        <Select label={m.track} value={feature} options={featureOptions} onChange={onFeature} />
        <Select label={m.byTheir} value={by} options={byOptions} onChange={onBy} />
      </div>
      {ranked.length === 0 ? (
        <p>{m.nothingToCorrelate(name)}</p>
      ) : (
        <>
          <p>{m.rankedIntro(by, name)}</p>
          <ol>
            {ranked.map((s) => (
              <li key={s.unit}>
                <button type="button" aria-pressed={s.unit === selected} onClick={() => onSelect(s.unit)}
                  aria-label={m.unitButtonLabel(s.unit, s.r)}>
                  {m.unitButton(s.unit)} <span aria-hidden="true">(r = {s.r.toFixed(2).replace('-', '−')})</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
