/**
 * Counts as Vietnamese people write them. `56.733`, `56 733` and `56,733` are 56733; `52779` is plain;
 * `12,5` and `1.5` are decimals (not counts); `-5` and `(5)` are negative. A number may be followed by words
 * (`615 thành viên`, `11 sản phẩm gồm: …`): the number is read and the words are kept.
 */
export type NumberReading =
  | { kind: 'integer'; value: number; trailing?: string }
  | { kind: 'decimal'; value: number; trailing?: string }
  | { kind: 'negative'; value: number; trailing?: string }
  | { kind: 'empty' }
  | { kind: 'text' };

const SPACES = /[\s\u00a0\u2007\u202f]/g;
/** Dashes that people type for "nothing to report". */
const NOTHING = /^[-–—_.]+$/;

const GROUPED = /^(\d{1,3})((?:[.,\s\u00a0\u2007\u202f]\d{3})+)$/;

export function parseCount(input: string): NumberReading {
  const text = input.normalize('NFC').trim();
  if (text === '' || NOTHING.test(text)) return { kind: 'empty' };

  // Split a leading number from words that follow it.
  const m = /^([+\-−–(]?\s*\d[\d.,\s\u00a0\u2007\u202f]*\)?)(.*)$/su.exec(text);
  if (!m) return { kind: 'text' };
  let numberPart = m[1]!.trim();
  let trailing = m[2]!.trim();
  // `56.733.` or `23,` at the end of a phrase: the mark belongs to the sentence.
  const dangling = /[.,]$/.exec(numberPart);
  if (dangling) {
    numberPart = numberPart.slice(0, -1);
    trailing = `${dangling[0]} ${trailing}`.trim();
  }
  if (trailing && /^[%‰]/.test(trailing)) return { kind: 'text' };
  if (trailing && /^[\d/:]/.test(trailing)) return { kind: 'text' };

  let negative = false;
  if (/^[-−–]/.test(numberPart)) {
    negative = true;
    numberPart = numberPart.slice(1).trim();
  } else if (numberPart.startsWith('(') && numberPart.endsWith(')')) {
    negative = true;
    numberPart = numberPart.slice(1, -1).trim();
  } else if (numberPart.startsWith('+')) {
    numberPart = numberPart.slice(1).trim();
  }
  // A bracket without its pair (`(5`, `5)`) is left in the number part, which then reads as no number: text.

  const value = readMagnitude(numberPart);
  if (value === undefined) return { kind: 'text' };
  const extra = trailing ? { trailing } : {};
  if (negative && value !== 0) return { kind: 'negative', value: -value, ...extra };
  if (!Number.isInteger(value)) return { kind: 'decimal', value, ...extra };
  return { kind: 'integer', value, ...extra };
}

function readMagnitude(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const grouped = GROUPED.exec(s);
  if (grouped) {
    // One kind of separator throughout: `56.733`, `1.234.567`, `56 733`, `56,733`.
    const seps = new Set(grouped[2]!.replace(/\d/g, '').replace(SPACES, ' '));
    if (seps.size === 1) return Number(s.replace(/[^\d]/g, ''));
  }
  // Vietnamese decimal: `12,5`, `1.234,5`.
  let d = /^(\d{1,3}(?:\.\d{3})*|\d+),(\d+)$/.exec(s);
  if (d) return Number(`${d[1]!.replace(/\./g, '')}.${d[2]}`);
  // English decimal: `12.5`, `1,234.5`.
  d = /^(\d{1,3}(?:,\d{3})*|\d+)\.(\d+)$/.exec(s);
  if (d) return Number(`${d[1]!.replace(/,/g, '')}.${d[2]}`);
  return undefined;
}

/** A number from a numeric cell: whole, or within floating-point noise of whole. */
export function readNumericCell(value: number): NumberReading {
  const rounded = Math.round(value);
  const whole = Math.abs(value - rounded) < 1e-9 ? rounded : value;
  if (whole < 0) return { kind: 'negative', value: whole };
  if (!Number.isInteger(whole)) return { kind: 'decimal', value: whole };
  return { kind: 'integer', value: whole };
}
