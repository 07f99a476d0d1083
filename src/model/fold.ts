/**
 * Fold a label for matching, as the contract says: case, diacritics (so both tone-mark placements,
 * `hoà`/`hòa`, `thuỷ`/`thủy`, are one), `đ`/`d`, punctuation and runs of white space.
 * `VNeID`, `VneID` and `Vneid` fold to one word.
 */
const folded = new Map<string, string>();

export function fold(text: string): string {
  // Labels and names repeat from file to file: remember the last few thousand.
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = foldNow(text);
  if (folded.size > 20_000) folded.clear();
  folded.set(text, result);
  return result;
}

function foldNow(text: string): string {
  const t = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  // Without its marks a name or label is most often plain letters and digits, one space apart: nothing left to fold
  // (the Unicode-aware pass below is half the time of the whole on a roster's ten thousand names).
  if (/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(t)) return t;
  return t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The table's one row, kept between calls (a name is compared with each of ten thousand in turn). */
let row = new Int32Array(64);

/**
 * Levenshtein distance, for suggesting the closest known name. With `max`, any distance beyond it is reported as
 * `max + 1` without being worked out: a name is compared with every unit of a country's roster (ten thousand), and
 * almost all are far off. Two texts whose lengths differ by more than `max` are that far apart at least; otherwise
 * the table is filled row by row and given up once a whole row is beyond `max` (no later row can be smaller).
 */
export function distance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (row.length <= n) row = new Int32Array(2 * (n + 1));
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    let diag = row[0]!;
    row[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      const up = row[j]!;
      let here = diag + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      if (up + 1 < here) here = up + 1;
      if (row[j - 1]! + 1 < here) here = row[j - 1]! + 1;
      row[j] = here;
      if (here < least) least = here;
      diag = up;
    }
    if (least > max) return max + 1;
  }
  return Math.min(row[n]!, max + 1);
}

/** Word-set similarity of two folded labels (0…1). */
export function similarity(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}
