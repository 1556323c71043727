/** An accuracy as a percentage with one decimal, or a dash before it is measured. */
export const percent = (v: number | undefined): string => (v !== undefined && Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—');
