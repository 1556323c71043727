/**
 * The text and the two runs as aligned rows, one column per character, wrapped in
 * blocks that fit the width: the text (press a character: free running takes over
 * there), teacher forcing's best guess for each character, and what free running reads.
 * Under each guess, its colour bar is J for the true character of that column.
 */
import { START, tokenLabel } from '../../data/char-vocab';
import type { Comparison } from './compute';
import { FREE_COLOUR, lossColour } from './colours';
import { useMessages } from '../../app/messages';
import { teacherForcingText } from './text';

interface StepRowsProps {
  c: Comparison;
  width: number;
  onPick(step: number): void;
}

const CELL = 14, LABEL = 70;
const show = (id: number) => (id === START ? '▸' : tokenLabel(id) === '␣' ? '\u00a0' : tokenLabel(id));
const bar = (loss: number | undefined) => (loss === undefined ? 'transparent' : lossColour(Math.max(0.05, loss)));

export function StepRows({ c, width, onPick }: StepRowsProps) {
  const w = useMessages(teacherForcingText);
  const n = c.ids.length;
  const per = Math.max(8, Math.floor((width - LABEL - 4) / CELL));
  const blocks: number[] = [];
  for (let b = 0; b < n; b += per) blocks.push(b);
  const s = c.from;
  return (
    <div className="tf-rows" data-testid="tf-rows">
      {blocks.map((b) => {
        const cols = Array.from({ length: Math.min(per, n - b) }, (_, k) => b + k);
        const grid = { gridTemplateColumns: `${LABEL}px repeat(${cols.length}, ${CELL}px)` };
        return (
          <div key={b} className="tf-block" style={grid}>
            <span className="tf-label">{w.rowText}</span>
            {cols.map((j) => (
              <button key={j} type="button" className={`tf-cell tf-text${j === s ? ' tf-from' : ''}`} aria-pressed={j === s}
                disabled={j === n - 1} onClick={() => onPick(j + 1)} data-col={j}
                aria-label={(j === n - 1 ? w.cellLast : w.cellTakeOver)(tokenLabel(c.ids[j]), j + 1)}>
                {show(c.ids[j])}
              </button>
            ))}
            <span className="tf-label">{w.rowGuesses}</span>
            {cols.map((j) => {
              const guess = j > 0 ? c.forced.predictions[j - 1] : undefined;
              return (
                <span key={j} className={`tf-cell${guess !== undefined && guess !== c.ids[j] ? ' tf-miss' : ''}`} data-row="forced"
                  style={{ borderBottomColor: bar(j > 0 ? c.forced.losses[j - 1] : undefined) }}>
                  {guess === undefined ? '' : show(guess)}
                </span>
              );
            })}
            <span className="tf-label">{w.rowReads}</span>
            {cols.map((j) => {
              const input = j < n - 1 ? c.free.inputs[j] : undefined;
              const off = input !== undefined && input !== c.ids[j];
              return (
                <span key={j} className={`tf-cell${j < s ? ' tf-given' : ''}${off ? ' tf-off' : ''}`} data-row="free"
                  style={{ borderBottomColor: bar(j > 0 ? c.free.losses[j - 1] : undefined), ...(off ? { background: `${FREE_COLOUR}26` } : {}) }}>
                  {input === undefined ? '' : show(input)}
                </span>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
