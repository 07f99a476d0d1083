export type Lang = 'vi' | 'en';

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
