/**
 * A reporting period in one canonical form: a span of whole months within one year.
 * `key` is what files, JSON and comparisons use: `2023`, `2023-H1`, `2024-Q3`, `2023-07`, `2023-01..05`.
 */
export interface Period {
  key: string;
  kind: 'year' | 'half' | 'quarter' | 'month' | 'months';
  year: number;
  firstMonth: number;
  lastMonth: number;
}

export function makePeriod(kind: Period['kind'], year: number, firstMonth: number, lastMonth: number): Period {
  // Name a span by the most specific word that describes it exactly.
  if (firstMonth === 1 && lastMonth === 12) return { key: `${year}`, kind: 'year', year, firstMonth, lastMonth };
  if (firstMonth === lastMonth) {
    return { key: `${year}-${pad(firstMonth)}`, kind: 'month', year, firstMonth, lastMonth };
  }
  if (lastMonth - firstMonth === 5 && (firstMonth === 1 || firstMonth === 7)) {
    return { key: `${year}-H${firstMonth === 1 ? 1 : 2}`, kind: 'half', year, firstMonth, lastMonth };
  }
  if (lastMonth - firstMonth === 2 && (firstMonth - 1) % 3 === 0) {
    return { key: `${year}-Q${(firstMonth - 1) / 3 + 1}`, kind: 'quarter', year, firstMonth, lastMonth };
  }
  void kind;
  return { key: `${year}-${pad(firstMonth)}..${pad(lastMonth)}`, kind: 'months', year, firstMonth, lastMonth };
}

/** Whether `a` ends before `b` ends: a period `b` can be compared with as its previous one. */
export function endsBefore(a: Period, b: Period): boolean {
  return a.year * 12 + a.lastMonth < b.year * 12 + b.lastMonth;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
