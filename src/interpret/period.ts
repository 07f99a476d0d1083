import { makePeriod, type Period } from '../model/period.js';
import { fold } from '../model/fold.js';

const NUMBER_WORDS: Record<string, number> = { ba: 3, sau: 6, chin: 9, muoi: 10 };
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function count(token: string): number {
  return NUMBER_WORDS[token] ?? Number(token);
}

function validYear(y: number): boolean {
  return y >= 2000 && y <= 2100;
}

function validMonth(m: number): boolean {
  return Number.isInteger(m) && m >= 1 && m <= 12;
}

interface Pattern {
  re: RegExp;
  build: (m: RegExpExecArray) => Period | undefined;
}

/** Periods as written in titles and fields, on folded text (no marks, punctuation turned into spaces). */
const PATTERNS: Pattern[] = [
  {
    // 6 tháng đầu năm 2023, 5 tháng cuối năm 2023, sáu tháng đầu năm 2023
    re: /\b(\d{1,2}|ba|sau|chin|muoi) thang (dau|cuoi) nam (\d{4})\b/g,
    build: (m) => {
      const n = count(m[1]!);
      const y = Number(m[3]);
      if (!validYear(y) || n < 1 || n > 12) return undefined;
      return m[2] === 'dau' ? makePeriod('months', y, 1, n) : makePeriod('months', y, 13 - n, 12);
    },
  },
  {
    // 9 tháng năm 2023 (= the first nine months)
    re: /\b(\d{1,2}|ba|sau|chin) thang nam (\d{4})\b/g,
    build: (m) => {
      const n = count(m[1]!);
      const y = Number(m[2]);
      if (!validYear(y) || n < 2 || n > 11) return undefined;
      return makePeriod('months', y, 1, n);
    },
  },
  {
    // Quý III/2024, Quý 3 năm 2024, quý III - 2024
    re: /\bquy (iv|iii|ii|i|[1-4]) (?:nam )?(\d{4})\b/g,
    build: (m) => {
      const q = ROMAN[m[1]!] ?? Number(m[1]);
      const y = Number(m[2]);
      if (!validYear(y)) return undefined;
      return makePeriod('quarter', y, q * 3 - 2, q * 3);
    },
  },
  {
    // từ tháng 1 đến tháng 5 năm 2023
    re: /\btu thang (\d{1,2}) den (?:het )?thang (\d{1,2}) (?:nam )?(\d{4})\b/g,
    build: (m) => range(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // Tháng 1-5/2023
    re: /\bthang (\d{1,2}) (\d{1,2}) (?:nam )?(\d{4})\b/g,
    build: (m) => range(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // Tháng 7/2023, tháng 7 năm 2023
    re: /\bthang (\d{1,2}) (?:nam )?(\d{4})\b/g,
    build: (m) => {
      const mo = Number(m[1]);
      const y = Number(m[2]);
      return validMonth(mo) && validYear(y) ? makePeriod('month', y, mo, mo) : undefined;
    },
  },
  {
    // Năm 2022
    re: /\bnam (\d{4})\b/g,
    build: (m) => {
      const y = Number(m[1]);
      return validYear(y) ? makePeriod('year', y, 1, 12) : undefined;
    },
  },
];

/** Forms accepted only as a whole field: canonical keys (`2023-H1`, `2024-Q3`, `2023-07`, `2023-01..05`), `07/2023`, `2022`. */
const WHOLE: Pattern[] = [
  { re: /^(\d{4}) h([12])$/, build: (m) => half(Number(m[1]), Number(m[2])) },
  { re: /^h([12]) (?:nam )?(\d{4})$/, build: (m) => half(Number(m[2]), Number(m[1])) },
  { re: /^(\d{4}) q([1-4])$/, build: (m) => quarter(Number(m[1]), Number(m[2])) },
  { re: /^q([1-4]) (?:nam )?(\d{4})$/, build: (m) => quarter(Number(m[2]), Number(m[1])) },
  { re: /^(\d{4}) (\d{2}) (\d{2})$/, build: (m) => range(Number(m[2]), Number(m[3]), Number(m[1])) },
  {
    re: /^(\d{4}) (\d{1,2})$/,
    build: (m) => (validMonth(Number(m[2])) && validYear(Number(m[1])) ? makePeriod('month', Number(m[1]), Number(m[2]), Number(m[2])) : undefined),
  },
  {
    re: /^(\d{1,2}) (\d{4})$/,
    build: (m) => (validMonth(Number(m[1])) && validYear(Number(m[2])) ? makePeriod('month', Number(m[2]), Number(m[1]), Number(m[1])) : undefined),
  },
  { re: /^(\d{4})$/, build: (m) => (validYear(Number(m[1])) ? makePeriod('year', Number(m[1]), 1, 12) : undefined) },
];

function range(a: number, b: number, y: number): Period | undefined {
  if (!validMonth(a) || !validMonth(b) || a > b || !validYear(y)) return undefined;
  return makePeriod('months', y, a, b);
}

function half(y: number, h: number): Period | undefined {
  return validYear(y) ? makePeriod('half', y, h === 1 ? 1 : 7, h === 1 ? 6 : 12) : undefined;
}

function quarter(y: number, q: number): Period | undefined {
  return validYear(y) ? makePeriod('quarter', y, q * 3 - 2, q * 3) : undefined;
}

/** Every period written in a text (a title may name two: `… 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2023`). */
export function findPeriods(text: string): Period[] {
  let folded = ` ${fold(text)} `;
  const found: Period[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    folded = folded.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const p = build(m);
      if (p) found.push(p);
      return ' # ';
    });
  }
  const seen = new Set<string>();
  return found.filter((p) => {
    if (seen.has(p.key)) return false;
    seen.add(p.key);
    return true;
  });
}

/** A period field (`Kỳ báo cáo`) → the period, or undefined when it names none or several. */
export function parsePeriod(text: string): Period | undefined {
  const folded = fold(text);
  for (const { re, build } of WHOLE) {
    const m = re.exec(folded);
    if (m) return build(m);
  }
  const found = findPeriods(text);
  return found.length === 1 ? found[0] : undefined;
}
