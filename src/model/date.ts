import { fold } from './fold.js';

/**
 * The one reading of a date, for a form's report date and the report's own (`ngay`, `--date`) alike → ISO
 * `YYYY-MM-DD`: `20/7/2023`, `20.07.2023`, `20-07-2023`, `2023-07-20`, `ngày 08 tháng 8 năm 2023`; a year from 2000 to
 * 2100, a day the month has.
 */
export function parseDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/.exec(fold(t));
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

function iso(y: number, mo: number, d: number): string | undefined {
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1) return undefined;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  if (d > days) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The same date as `[year, month, day]`, or null: how the report's own date (`ngay`, `--date`) is read. */
export function dateParts(text: string): [number, number, number] | null {
  const iso = parseDate(text);
  return iso ? [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))] : null;
}
