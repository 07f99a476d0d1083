import type { Style } from './style.js';
import type { Finding } from '../model/finding.js';
import { describePeriod } from '../i18n/period-words.js';
import { messageOf } from '../i18n/messages.js';
import { countBySeverity, type FileResult } from '../model/file-result.js';
import { lacksIndicators, manyFiles, SHOWN_FILES } from './shown.js';
import { wrap } from './wrap.js';
import type { Lang } from '../model/lang.js';
import { VALIDATE_WORDS } from '../i18n/terminal-words.js';

export interface TerminalOptions {
  lang: Lang;
  /** Colours or plain text: `makeStyle(wantColor(stream))`. */
  style: Style;
  width: number;
}

const WORDS = VALIDATE_WORDS;

/**
 * Findings grouped by file, in file order, each with its place; one summary line per file. A folder of more than
 * `SHOWN_FILES` files gets the files with problems only, errors first, at most `SHOWN_FILES` of them, and "this form
 * lacks indicators", which a national folder may say of every file, as one line for all (as `aggregate` shows them).
 */
export function validationText(results: FileResult[], options: TerminalOptions): string {
  const c = options.style;
  const w = WORDS[options.lang];
  const out: string[] = [];
  const many = manyFiles(results.length);
  const absent = (f: Finding) => many && lacksIndicators(f);
  const entries = results.map((r) => {
    // (Only warnings are left out, so the errors shown are all the file's errors.)
    const shown = r.findings.filter((f) => !absent(f));
    const { errors, warnings } = countBySeverity(shown);
    return { r, shown, errors, warnings, failed: r.unreadable || errors > 0 };
  });
  const listed = many ? entries.filter((e) => e.r.unreadable || e.shown.length > 0) : entries;
  const ordered = many ? [...listed.filter((e) => e.failed), ...listed.filter((e) => !e.failed)] : listed;
  for (const { r, shown, errors, warnings } of ordered.slice(0, many ? SHOWN_FILES : undefined)) {
    out.push(fileHeading(r, options, c));
    for (const line of findingLines(shown, options, c)) out.push(line);
    if (r.unreadable) out.push(`  ${c.red('✖')} ${c.red(w.unreadable)}`);
    else if (errors === 0) out.push(`  ${c.green('✔')} ${c.green(w.valid)}${warnings ? c.yellow(` (${w.warnings(warnings)})`) : ''}`);
    else out.push(`  ${c.red('✖')} ${c.red(w.errors(errors))}${warnings ? `, ${c.yellow(w.warnings(warnings))}` : ''}`);
    out.push('');
  }
  if (many) {
    const wrapped = (text: string) => sentence(text, options.width);
    const hidden = ordered.slice(SHOWN_FILES);
    if (hidden.length > 0) out.push(...wrapped(w.moreFiles(hidden.length, hidden.filter((e) => e.failed).length)).map(c.dim));
    const lacking = results.filter((r) => r.findings.some(absent)).length;
    if (lacking > 0) out.push(...wrapped(w.absent(lacking)).map(c.dim));
    if (hidden.length > 0 || lacking > 0) out.push('');
  }
  const validFiles = entries.filter((e) => !e.failed).length;
  if (results.length > 1) out.push(c.bold(w.total(results.length, validFiles)));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** Each finding on its own lines: place, severity, wrapped message, code. */
export function findingLines(findings: Finding[], options: TerminalOptions, c: Style): string[] {
  const w = WORDS[options.lang];
  const out: string[] = [];
  const places = findings.map((f) => place(f, options.lang));
  const placeWidth = Math.min(
    places.reduce((m, p) => Math.max(m, p.length), 0),
    24,
  );
  const sevWidth = Math.max(w.error.length, w.warning.length);
  const indent = 2 + placeWidth + 2 + sevWidth + 2;
  findings.forEach((f, i) => {
    const sev = f.severity === 'error' ? c.red(w.error.padEnd(sevWidth)) : c.yellow(w.warning.padEnd(sevWidth));
    const message = `${printable(messageOf(f, options.lang))} ${c.dim(f.rule ? `${f.code} ${f.rule}` : f.code)}`;
    const lines = wrap(message, Math.max(30, options.width - indent));
    out.push(`  ${c.dim(places[i]!.padEnd(placeWidth))}  ${sev}  ${lines[0]}`);
    for (const l of lines.slice(1)) out.push(`${' '.repeat(indent)}${l}`);
  });
  return out;
}

function fileHeading(r: FileResult, options: TerminalOptions, c: Style): string {
  const parts = [c.boldUnderline(printable(r.path)), ...whatFileHolds(r, options.lang).map(printable)];
  const s = r.submission;
  if (s?.encoding && s.encoding.name !== 'utf-8') parts.push(c.dim(s.encoding.name));
  return parts.join(c.dim(' · '));
}

/** What a file was read as holding: a form's unit and period, or a table's number of units and its period. */
export function whatFileHolds(r: FileResult, lang: Lang): string[] {
  const s = r.submission;
  const parts: string[] = [];
  if (s?.layout === 'form' && s.reports[0]) {
    const rep = s.reports[0];
    if (rep.unit) parts.push(rep.unit.value);
    if (rep.period) parts.push(describePeriod(rep.period.value, lang));
  } else if (s?.layout === 'table') {
    parts.push(WORDS[lang].units(s.reports.length));
    const p = s.reports.find((x) => x.period)?.period;
    if (p) parts.push(describePeriod(p.value, lang));
  }
  return parts;
}

/**
 * Text from a file shown on a terminal: control characters (an escape sequence in a unit name could clear the
 * screen or recolour it) become visible `�`.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
}

/** Where a finding is, as a clerk would look for it: `Số liệu!E12`, or `dòng 12, cột 5` in a CSV. */
export function place(f: Finding, lang: Lang): string {
  const l = f.location;
  if (!l) return '';
  // A Word document's table: `Bảng 2, dòng 5, cột 4`.
  if (l.line !== undefined) return l.sheet ? `${l.sheet}, ${WORDS[lang].line(l.line, l.column)}` : WORDS[lang].line(l.line, l.column);
  if (l.cell) return l.sheet ? `${l.sheet}!${l.cell}` : l.cell;
  return l.sheet ?? '';
}

/** A sentence (with long lists of names, perhaps) wrapped at the terminal's width, the lines after the first indented two more. */
export function sentence(text: string, width: number, indent = ''): string[] {
  return wrap(printable(text), width - indent.length - 2).map((l, i) => (i === 0 ? `${indent}${l}` : `${indent}  ${l}`));
}
