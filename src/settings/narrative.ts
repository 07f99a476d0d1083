/**
 * The province's own words for its report (parts I, II, IV, V, VI of a real report: the situation, what the
 * province itself did, lessons, shortcomings, the way ahead), written by the clerk in a text file and merged into
 * `bao-cao.docx` in place. Plain text (`.txt`): every line a paragraph, as Notepad and Word's "Save as text" write
 * it. Markdown (`.md`): paragraphs and lists as Markdown reads them (a library's lexer, `marked`), **bold** and
 * *italic* kept. In both, a part starts at its heading (`I. ĐẶC ĐIỂM TÌNH HÌNH`, `# Đặc điểm tình hình`); inside a
 * part, `1. …` and `a) …` lines without a closing full stop are its sub-headings. Where each part goes is decided
 * when the report is composed (placeNarrative), when the parts' titles are known.
 */
import { fold } from '../model/fold.js';

/** A stretch of text and its emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

/** A sub-heading (`1. Công tác quản lý`: level 2; `a) Về chữ ký số`, `1.1.`: level 3) or a paragraph. */
export type NarrativeItem = { kind: 'heading'; level: 2 | 3; runs: Run[] } | { kind: 'para'; runs: Run[] };

/** One part of the clerk's text: the heading as written, where it is, and what follows it. */
export interface NarrativeSection {
  heading: string;
  /** The heading's Roman numeral (1 for `I.`), null when it has none. */
  numeral: number | null;
  /** Line of the heading in the file, from 1. */
  line: number;
  items: NarrativeItem[];
}

export interface Narrative {
  /** Where it was read from, as the user named it or as it was found. */
  source: string;
  sections: NarrativeSection[];
  /** Text before the first part's heading: it belongs to no part (its first line, and that line's text). */
  stray: { line: number; text: string } | null;
}

/** Where the clerk's text is looked for, beside the config file, when the config names none. */
export const NARRATIVE_FILE_NAMES = ['noi-dung-bao-cao.md', 'noi-dung-bao-cao.txt'];

/** Roman numerals, I to X: a part's (the first part's first), a group's in the appendix. */
export const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const PART_NUMBER = /^(X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[.):]\s+(?=\S)/;
const SUB_NUMBER = /^(?:(\d{1,2})\.(?:\d{1,2}\.?)*|[a-zđ]\))\s+(?=\S)/u;

/** Plain text or Markdown into the parts the clerk wrote. */
export async function parseNarrative(text: string, format: 'md' | 'txt', source: string): Promise<Narrative> {
  const lines = format === 'md' ? await markdownLines(text) : textLines(text);
  const sections: NarrativeSection[] = [];
  let stray: Narrative['stray'] = null;
  for (const l of lines) {
    const plain = l.runs.map((r) => r.text).join('');
    if (l.part || isPartHeading(plain)) {
      const m = PART_NUMBER.exec(plain);
      sections.push({
        heading: plain,
        numeral: m ? ROMAN_NUMERALS.indexOf(m[1]!) + 1 : null,
        line: l.line,
        items: [],
      });
      continue;
    }
    const current = sections.at(-1);
    if (!current) {
      stray ??= { line: l.line, text: plain };
      continue;
    }
    const sub = l.heading ?? subHeadingLevel(plain);
    current.items.push(sub ? { kind: 'heading', level: sub, runs: l.runs } : { kind: 'para', runs: l.runs });
  }
  return { source, sections, stray };
}

/** A part's title as a heading may write it: without its numeral, folded. */
export function titleKey(heading: string): string {
  return fold(heading.replace(PART_NUMBER, ''));
}

/**
 * Each section to the part its heading names: the parts whose title it is (folded, without numerals; the template's
 * placeholders, such as the level in "KẾT QUẢ TRIỂN KHAI {capDonVi}", match any words, and a heading may give only the
 * title's first words), and among several (a district's "CẤP HUYỆN" is the province's part III and its own part II)
 * the one its Roman numeral says, else the one whose title as worded now it is. A heading that names no title goes by
 * its numeral alone. A part written twice has both texts, in order. Returns each part's items and the sections placed
 * nowhere (their heading names no title and no part's numeral).
 */
export function placeNarrative(
  narrative: Narrative | undefined,
  parts: readonly { title: string; template: string }[],
): { byPart: NarrativeItem[][]; unplaced: NarrativeSection[] } {
  const byPart: NarrativeItem[][] = parts.map(() => []);
  const unplaced: NarrativeSection[] = [];
  const keys = parts.map((p) => titleKey(p.title));
  const patterns = parts.map((p) => {
    const pieces = p.template.split(/\{[a-zA-Z0-9_]+\}/).map((piece) => fold(piece).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${pieces.join('\\s*.*?\\s*')}$`);
  });
  for (const s of narrative?.sections ?? []) {
    const key = titleKey(s.heading);
    const named = key ? parts.map((_, i) => i).filter((i) => keys[i] === key || patterns[i]!.test(key) || keys[i]!.startsWith(`${key} `)) : [];
    const byNumeral = s.numeral !== null && s.numeral <= parts.length ? s.numeral - 1 : -1;
    let at = named.length === 1 ? named[0]! : -1;
    if (named.length > 1) at = named.includes(byNumeral) ? byNumeral : (named.find((i) => keys[i] === key) ?? named[0]!);
    if (named.length === 0) at = byNumeral;
    if (at < 0) {
      unplaced.push(s);
      continue;
    }
    byPart[at]!.push(...s.items);
  }
  return { byPart, unplaced };
}

interface Line {
  line: number;
  runs: Run[];
  /** Marked as a part's heading by its form (a Markdown `#` heading). */
  part?: boolean;
  /** A Markdown heading below the first level. */
  heading?: 2 | 3;
}

/** Every non-empty line a paragraph, white space tidied. */
function textLines(text: string): Line[] {
  const out: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const t = tidy(raw);
    if (t) out.push({ line: i + 1, runs: [{ text: t }] });
  });
  return out;
}

/** `I. ĐẶC ĐIỂM TÌNH HÌNH`, or a line in capitals of two words or more (`ĐẶC ĐIỂM TÌNH HÌNH`). */
function isPartHeading(text: string): boolean {
  if (text.length > 160) return false;
  const rest = text.replace(PART_NUMBER, '');
  const letters = rest.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length > 0 && rest === rest.toLocaleUpperCase('vi');
  if (PART_NUMBER.test(text)) return capitals || !/[.;:!?…]$/.test(text);
  return capitals && letters.length >= 6 && /\p{L}+\s+\p{L}+/u.test(rest) && !/[.;:!?…]$/.test(text);
}

/** `1. Công tác quản lý` (2), `a) Về chữ ký số` or `1.1. …` (3): short, not ending a sentence. Else null. */
function subHeadingLevel(text: string): 2 | 3 | null {
  const m = SUB_NUMBER.exec(text);
  if (!m || text.length > 200 || /[.;:,!?…]$/.test(text)) return null;
  return m[1] !== undefined && /^\d{1,2}\.\s/.test(text) ? 2 : 3;
}

function tidy(text: string): string {
  return text.replace(/[\t \u00a0]+/g, ' ').trim();
}

/** Markdown's blocks as lines: headings, paragraphs (soft line breaks joined), list items (`- ` kept as written). */
async function markdownLines(text: string): Promise<Line[]> {
  const { Lexer } = await import('marked');
  const tokens = Lexer.lex(text.replace(/\r\n?/g, '\n'));
  const out: Line[] = [];
  let line = 1;
  const walk = (list: readonly MdToken[], prefix: string) => {
    for (const t of list) {
      const at = line;
      switch (t.type) {
        case 'heading': {
          const runs = inline(t.tokens ?? []);
          const plain = runs.map((r) => r.text).join('');
          out.push({
            line: at,
            runs: runs.map(({ bold: _b, ...r }) => r),
            ...(t.depth === 1 || PART_NUMBER.test(plain) ? { part: true } : { heading: t.depth === 2 ? 2 : 3 }),
          });
          break;
        }
        case 'paragraph':
        case 'text': {
          const runs = inline(t.tokens ?? [{ type: 'text', raw: t.text ?? '', text: t.text ?? '' }]);
          if (runs.length > 0) out.push({ line: at, runs: prefix ? [{ text: prefix }, ...runs] : runs });
          break;
        }
        case 'list': {
          let itemLine = at;
          for (const [i, item] of (t.items ?? []).entries()) {
            line = itemLine;
            const mark = t.ordered ? `${Number(t.start || 1) + i}. ` : '- ';
            const first = item.tokens?.[0];
            // `1. Sớm triển khai tập huấn` with no full stop reads as a sub-heading, as it would in plain text.
            const plain = first && (first.type === 'text' || first.type === 'paragraph') ? `${mark}${first.text ?? ''}` : '';
            if (t.ordered && item.tokens?.length === 1 && subHeadingLevel(tidy(plain))) {
              out.push({ line, runs: [{ text: mark }, ...inline(first!.tokens ?? [])], heading: 2 });
            } else walk(item.tokens ?? [], mark);
            itemLine += count(item.raw);
          }
          break;
        }
        case 'blockquote':
          walk(t.tokens ?? [], prefix);
          break;
        case 'code':
          for (const l of textLines(t.text ?? '')) out.push({ ...l, line: at + l.line });
          break;
        case 'table':
          // A table in the text: each row a paragraph, its cells apart by semicolons, nothing lost.
          for (const row of [t.header ?? [], ...(t.rows ?? [])]) {
            const text = row.map((c) => tidy(c.text)).join('; ');
            if (text) out.push({ line: at, runs: [{ text }] });
          }
          break;
        default:
          // Comments (`<!-- … -->`, for notes to the clerk), rules, blank lines: nothing to print.
          break;
      }
      line = at + count(t.raw);
    }
  };
  walk(tokens as unknown as MdToken[], '');
  return out;
}

const count = (s: string) => (s.match(/\n/g) ?? []).length;

/** What this file reads of marked's tokens. */
interface MdToken {
  type: string;
  raw: string;
  text?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | '';
  tokens?: MdToken[];
  items?: MdToken[];
  header?: { text: string }[];
  rows?: { text: string }[][];
}

/** Inline Markdown as runs: **bold**, *italic*; links, code and escapes as their text; HTML tags left out. */
function inline(tokens: readonly MdToken[], style: { bold?: boolean; italics?: boolean } = {}): Run[] {
  const runs: Run[] = [];
  const push = (text: string) => {
    const t = text.replace(/\s*\n\s*/g, ' ').replace(/[\t \u00a0]+/g, ' ');
    if (t) runs.push({ text: t, ...(style.bold ? { bold: true } : {}), ...(style.italics ? { italics: true } : {}) });
  };
  for (const t of tokens) {
    if (t.type === 'strong') runs.push(...inline(t.tokens ?? [], { ...style, bold: true }));
    else if (t.type === 'em') runs.push(...inline(t.tokens ?? [], { ...style, italics: true }));
    else if (t.type === 'link' || t.type === 'del') runs.push(...inline(t.tokens ?? [], style));
    else if (t.type === 'br') push(' ');
    else if (t.type === 'html') continue;
    else if (t.tokens && t.tokens.length > 0) runs.push(...inline(t.tokens, style));
    else push(decodeEntities(t.text ?? t.raw));
  }
  // Joined runs of the same emphasis, trimmed at both ends.
  const merged: Run[] = [];
  for (const r of runs) {
    const last = merged.at(-1);
    if (last && !!last.bold === !!r.bold && !!last.italics === !!r.italics) last.text += r.text;
    else merged.push({ ...r });
  }
  if (merged[0]) merged[0].text = merged[0].text.trimStart();
  const end = merged.at(-1);
  if (end) end.text = end.text.trimEnd();
  return merged.filter((r) => r.text);
}

/** marked leaves `&amp;`, `&quot;`, `&#39;`, `&lt;`, `&gt;` in text tokens as HTML would have them. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e]!);
}
