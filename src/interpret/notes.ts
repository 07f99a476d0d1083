import type { Sheet } from '../model/sheet.js';
import { cellText } from '../model/sheet.js';
import type { NoteSection, Unmatched } from '../model/submission.js';
import type { Matcher } from '../schema/matcher.js';
import { fold } from '../model/fold.js';

const HEADER_WORDS = new Set(['muc', 'phan', 'noi dung', 'section', 'text', 'ma', 'ten muc', 'thuyet minh']);

/** The `Thuyết minh` sheet: a section key (or its name) in one cell, its text in the next. */
export function readNotes(sheet: Sheet, matcher: Matcher): { notes: NoteSection[]; unmatched: Unmatched[] } {
  const notes: NoteSection[] = [];
  const unmatched: Unmatched[] = [];
  const listKeys = new Set(matcher.schema.notes.filter((n) => n.list).map((n) => n.key));
  for (const r of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const cells = [...sheet.rows.get(r)!.values()].filter((c) => !c.mergedFrom && cellText(c).trim()).sort((a, b) => a.column - b.column);
    const [keyCell, textCell] = cells;
    if (!keyCell) continue;
    const keyText = cellText(keyCell).trim();
    const key = matcher.noteSection(keyText);
    if (!key) {
      if (HEADER_WORDS.has(fold(keyText))) continue;
      unmatched.push({ kind: 'note-section', label: keyText, origin: keyCell.origin, values: textCell ? [cellText(textCell)] : [] });
      continue;
    }
    if (!textCell) continue;
    const text = cellText(textCell).trim();
    const section: NoteSection = { key, text, origin: textCell.origin };
    if (listKeys.has(key)) section.items = splitList(text);
    notes.push(section);
  }
  return { notes, unmatched };
}

/** Product names separated by `;`, `,` or new lines. */
export function splitList(text: string): string[] {
  // `;` or new lines when the text has them (so `túi, ví thêu Minh Tú` stays one name), else `,`.
  const separator = /[;\n\r]/.test(text) ? /[;\n\r]+/ : /,/;
  return text
    .split(separator)
    .map((s) => s.replace(/^\s*[-–•+*]\s*/, '').trim())
    .filter(Boolean);
}
