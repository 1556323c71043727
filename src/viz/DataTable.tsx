/**
 * A chart's text alternative: the numbers it draws, as a table a screen reader can
 * walk, behind a disclosure so sighted readers can open it too.
 */
import { useState } from 'react';
import { formatNumber } from './scales';
import { useMessages } from '../app/messages';
import { sharedText } from '../widgets/ui/text';

interface DataTableProps {
  /** Summary sentence: what the chart shows, in words. */
  summary: string;
  columns: string[];
  rows: (string | number)[][];
  /** Only the first this-many rows are listed (long sequences). */
  maxRows?: number;
}

export function DataTable({ summary, columns, rows, maxRows = 60 }: DataTableProps) {
  // Rows are only built while the table is open: widgets redraw on every slider move.
  const m = useMessages(sharedText);
  const [open, setOpen] = useState(false);
  const shown = open ? rows.slice(0, maxRows) : [];
  return (
    <details className="data-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <table>
        <thead>
          <tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
        </thead>
        <tbody>
          {shown.map((row, r) => (
            <tr key={r}>{row.map((v, c) => <td key={c}>{typeof v === 'number' ? formatNumber(v) : v}</td>)}</tr>
          ))}
        </tbody>
      </table>}
      {open && rows.length > shown.length && <p>{m.moreRows(rows.length - shown.length)}</p>}
    </details>
  );
}
