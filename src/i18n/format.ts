import type { Lang } from '../model/lang.js';

/** A count as people in each language write it: 75.994 in Vietnamese, 75,994 in English. */
export function formatCount(n: number, lang: Lang): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  const frac = Math.abs(n) % 1;
  if (frac === 0) return sign + grouped;
  const decimals = String(Math.abs(n)).split('.')[1] ?? '';
  return sign + grouped + (lang === 'vi' ? ',' : '.') + decimals;
}

/** `a, b và c` / `a, b and c`. */
export function formatList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** A percent to one decimal, without its sign: `12,5%` / `12.5%`. */
export function formatPercent(percent: number, lang: Lang): string {
  return `${(Math.round(Math.abs(percent) * 10) / 10).toFixed(1).replace('.', lang === 'vi' ? ',' : '.')}%`;
}

/** A change against the previous period: `+395 (+2,6%)`, `−135 (−18,0%)`, `0`; no percent when it was 0 before. */
export function formatChange(change: number, percent: number | null, lang: Lang): string {
  if (change === 0) return '0';
  const sign = change > 0 ? '+' : '−';
  return `${sign}${formatCount(Math.abs(change), lang)}${percent === null ? '' : ` (${sign}${formatPercent(percent, lang)})`}`;
}

/** What an indicator counts, without `Số`/`Số lượng`/`Tổng số`: `Số tài khoản VNeID được tạo` → `tài khoản VNeID được tạo`. */
export function countedNoun(label: string): string {
  return label.replace(/^(?:Tổng )?(?:Số lượng |Số )/u, '');
}
