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
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, for suggesting the closest known label. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
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
