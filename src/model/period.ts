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

/** A period from its key (`2023`, `2023-H1`, `2024-Q3`, `2023-07`, `2023-08..12`); undefined for anything else. */
export function periodFromKey(key: string): Period | undefined {
  let m = /^(\d{4})$/.exec(key);
  if (m) return makePeriod('year', Number(m[1]), 1, 12);
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) return makePeriod('half', Number(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12);
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return makePeriod('quarter', Number(m[1]), (Number(m[2]) - 1) * 3 + 1, Number(m[2]) * 3);
  m = /^(\d{4})-(\d{2})(?:\.\.(\d{2}))?$/.exec(key);
  if (!m) return undefined;
  const first = Number(m[2]);
  const last = m[3] ? Number(m[3]) : first;
  if (first < 1 || last > 12 || last < first) return undefined;
  const p = makePeriod('months', Number(m[1]), first, last);
  return p.key === key ? p : undefined;
}

/** Whether `a` ends before `b` ends: a period `b` can be compared with as its previous one. */
export function endsBefore(a: Period, b: Period): boolean {
  return a.year * 12 + a.lastMonth < b.year * 12 + b.lastMonth;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
