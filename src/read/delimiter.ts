/** The field delimiters a text submission may use. */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Find the delimiter: the candidate that splits the most lines into the same number of fields.
 * Quoted text is skipped, so `"Nam Sách, Hải Dương"` does not count a comma.
 */
export function detectDelimiter(text: string): Delimiter {
  // The first 200 lines tell; looking no further than 256 KB keeps a file with a huge cell cheap.
  const lines = splitLogicalLines(text.slice(0, 256 * 1024), 200).filter((l) => l.trim() !== '');
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d)).filter((c) => c > 0);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    let modeCount = 0;
    for (const n of freq.values()) modeCount = Math.max(modeCount, n);
    // Lines that agree on the field count, then how many lines have the delimiter at all.
    const score = modeCount * 1000 + counts.length;
    // Ties go to tab, then ';' (Vietnamese Excel writes ';' because ',' is its decimal mark).
    if (score > bestScore || (score === bestScore && DELIMITERS.indexOf(d) > DELIMITERS.indexOf(best))) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The first `max` lines, a line break inside quotes not ending one. */
function splitLogicalLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) quoted = !quoted;
    else if (!quoted && (ch === LF || ch === CR)) {
      lines.push(text.slice(start, i));
      if (ch === CR && text.charCodeAt(i + 1) === LF) i++;
      start = i + 1;
    }
  }
  if (start < text.length && lines.length < max) lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, d: string): number {
  const code = d.charCodeAt(0);
  let quoted = false;
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === QUOTE) quoted = !quoted;
    else if (!quoted && ch === code) n++;
  }
  return n;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
