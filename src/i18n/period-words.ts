// A period in words, as people write it: Vietnamese first, then English.
import type { Lang } from '../model/lang.js';
import { periodFromKey, type Period } from '../model/period.js';

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** The period as people write it: `6 tháng đầu năm 2023`, `Quý III/2024` (or in English). */
export function describePeriod(p: Period, lang: Lang): string {
  const months = p.lastMonth - p.firstMonth + 1;
  if (lang === 'en') {
    switch (p.kind) {
      case 'year':
        return `year ${p.year}`;
      case 'half':
        return `${p.firstMonth === 1 ? 'first' : 'second'} half of ${p.year}`;
      case 'quarter':
        return `Q${(p.firstMonth - 1) / 3 + 1} ${p.year}`;
      case 'month':
        return `${pad(p.firstMonth)}/${p.year}`;
      case 'months':
        return `months ${p.firstMonth}–${p.lastMonth} of ${p.year}`;
    }
  }
  switch (p.kind) {
    case 'year':
      return `năm ${p.year}`;
    case 'half':
      return `6 tháng ${p.firstMonth === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN[(p.firstMonth - 1) / 3]}/${p.year}`;
    case 'month':
      return `tháng ${p.firstMonth}/${p.year}`;
    case 'months':
      if (p.firstMonth === 1) return `${months} tháng đầu năm ${p.year}`;
      if (p.lastMonth === 12) return `${months} tháng cuối năm ${p.year}`;
      return `từ tháng ${p.firstMonth} đến tháng ${p.lastMonth} năm ${p.year}`;
  }
}

/** A period given by its key, in words (`2024-H1` → `6 tháng đầu năm 2024`); the key itself if it is no period's. */
export function describePeriodKey(key: unknown, lang: Lang): string {
  const p = typeof key === 'string' ? periodFromKey(key) : undefined;
  return p ? describePeriod(p, lang) : String(key ?? '');
}
