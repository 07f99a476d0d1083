/** How Decree 30/2020 writes numbers, dates and figures in an administrative document. */
import { formatCount } from '../../i18n/format.js';
import { dateParts } from '../../model/date.js';

const BLANK = '……';

/** `ngày 08 tháng 8 năm 2023`: days 1–9 and months 1–2 with a leading zero; blank for the registry when no date. */
export function officialDate(date: string): string {
  const d = date ? dateParts(date) : null;
  if (!d) return `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const [y, m, day] = d;
  return `ngày ${String(day).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/** `05/BC-STTTT`; numbers below 10 padded; an empty number leaves room for the registry. */
export function numberAndCode(number: string, code: string): string {
  const n = number ? (Number(number) < 10 ? number.padStart(2, '0') : String(Number(number))) : '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';
  // `kyHieu` is what follows "BC-"; a clerk who types the whole "BC-STTTT" means the same, not "BC-BC-STTTT".
  const own = code.trim().replace(/^BC\s*(?:[-–]\s*|$)/i, '');
  return `${n}/BC${own ? `-${own}` : ''}`;
}

/** A count in Vietnamese figures (`316.105`), `-` when not reported. */
export function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : formatCount(value, 'vi');
}

/** `81,2%` or `1,25`, one decimal for percentages. */
export function ratioText(value: number | null, format: 'percent' | 'per'): string {
  if (value === null) return '-';
  if (format === 'percent') return `${(Math.round(value * 1000) / 10).toFixed(1).replace('.', ',')}%`;
  return (Math.round(value * 100) / 100).toFixed(2).replace('.', ',');
}

/**
 * An agency's name in the header's left column, a line each: where the config breaks it (`\n`), else in as few
 * lines of at most `max` characters as it takes, as even as they can be, no line a single word when it can be helped
 * ("TỔ CHỈ ĐẠO TRIỂN KHAI / CÔNG NGHỆ SỐ CỘNG ĐỒNG", not "… CỘNG / ĐỒNG").
 */
export function agencyLines(text: string, max: number): string[] {
  if (text.includes('\n'))
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const words = text.trim().split(/\s+/);
  if (text.length <= max || words.length < 2) return [words.join(' ')];
  let best: { lines: string[]; score: number } | undefined;
  const tryLines = (lines: string[][]) => {
    const texts = lines.map((l) => l.join(' '));
    const longest = Math.max(...texts.map((t) => t.length));
    const orphan = lines.some((l) => l.length === 1) ? 1000 : 0;
    const over = longest > max ? 10000 * (longest - max) : 0;
    const score = over + orphan + lines.length * 100 + longest - Math.min(...texts.map((t) => t.length));
    if (!best || score < best.score) best = { lines: texts, score };
  };
  for (let i = 1; i < words.length; i++) {
    tryLines([words.slice(0, i), words.slice(i)]);
    for (let j = i + 1; j < words.length; j++) tryLines([words.slice(0, i), words.slice(i, j), words.slice(j)]);
  }
  return best!.lines;
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/**
 * A large figure as a report's sentence writes it (`hơn 316.000` for 316.105): from 10.000 up, rounded down to its
 * three leading digits with "hơn" before it; a smaller figure, or one already round, as it is.
 */
export function roundedFigure(value: number): string {
  if (value < 10_000 || !Number.isInteger(value)) return figure(value);
  const step = 10 ** (String(value).length - 3);
  const down = Math.floor(value / step) * step;
  return down === value ? figure(value) : `hơn ${figure(down)}`;
}
