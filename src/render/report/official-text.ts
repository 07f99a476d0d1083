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

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}
