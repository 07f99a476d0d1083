import { relativePath } from '../model/relative-path.js';
import { EXCLUSION_ORDER, type Aggregate } from '../model/aggregate.js';
import { EXCLUSION_WORDS } from '../i18n/terminal-words.js';
import { AGGREGATE_WORDS } from '../i18n/terminal-words.js';
import { describePeriod } from '../i18n/period-words.js';
import { formatChange, formatCount } from '../i18n/format.js';
import { countBySeverity } from '../model/file-result.js';
import { problemsToShow, SHOWN_FILES } from './shown.js';
import { findingLines, printable, sentence, type TerminalOptions } from './terminal.js';
import { wrap } from './wrap.js';
import { LEVEL_WORDS } from '../i18n/settings-text.js';

const WORDS = AGGREGATE_WORDS;

/**
 * The clerk's view: totals with how many units gave each, who has not reported, the problems (errors first, as many
 * as a screen can take: the workbook and the JSON have every one), what was skipped.
 */
export function aggregateText(a: Aggregate, options: TerminalOptions): string {
  const c = options.style;
  const w = WORDS[options.lang];
  const rel = (p: string) => printable(relativePath(a.dir, p) || p);
  const wrapped = (text: string, indent = '') => sentence(text, options.width, indent);
  const out: string[] = [];
  out.push(c.bold(`${w.heading(a.units.length, a.files.length)} · ${a.period ? describePeriod(a.period, options.lang) : w.noPeriod}`));
  out.push('');

  const n = a.units.length;
  const cmp = a.comparison;
  const rows = a.totals.map((t) => {
    const ch = cmp?.totals[t.code];
    const change = ch ? formatChange(ch.change, ch.percent, options.lang) : cmp ? '-' : '';
    return [
      t.label,
      t.value === null ? '-' : formatCount(t.value, options.lang),
      `${formatCount(t.reported, options.lang)}/${formatCount(n, options.lang)}`,
      change,
      t.reported === n,
    ] as const;
  });
  const numW = Math.max(w.total.length, ...rows.map((r) => r[1].length));
  const unitW = Math.max(w.units.length, ...rows.map((r) => r[2].length));
  const changeW = cmp ? Math.max(w.change.length, ...rows.map((r) => r[3].length)) : 0;
  const extra = cmp ? changeW + 2 : 0;
  const labelW = Math.max(20, Math.min(options.width - numW - unitW - extra - 8, Math.max(...rows.map((r) => r[0].length))));
  out.push(c.dim(`  ${w.indicator.padEnd(labelW)}  ${w.total.padStart(numW)}  ${w.units.padStart(unitW)}${cmp ? `  ${w.change.padStart(changeW)}` : ''}`));
  for (const [label, value, units, change, everyUnit] of rows) {
    const lines = wrap(label, labelW);
    lines.forEach((l, i) => {
      if (i < lines.length - 1) out.push(`  ${l}`);
      else {
        const v = value === '-' ? c.dim(value.padStart(numW)) : c.bold(value.padStart(numW));
        const u = everyUnit ? units.padStart(unitW) : c.yellow(units.padStart(unitW));
        const d = cmp ? `  ${change.startsWith('−') ? c.yellow(change.padStart(changeW)) : change.padStart(changeW)}` : '';
        out.push(`  ${l.padEnd(labelW)}  ${v}  ${u}${d}`);
      }
    });
  }
  if (cmp) out.push(c.dim(`  ${w.against(cmp.period ? describePeriod(cmp.period, options.lang) : cmp.source)}`));
  out.push('');

  if (a.grouping) {
    out.push(c.bold(w.groups(LEVEL_WORDS[options.lang][a.grouping.level])));
    for (const g of a.grouping.groups) out.push(`  ${printable(w.groupLine(g.name, g.units.length))}`);
    out.push('');
  }
  if (a.classes.length > 0) {
    out.push(c.bold(w.classes));
    // A group of a country's communes runs to thousands: the first SHOWN_FILES named, the rest counted.
    const named = (names: string[]) => names.slice(0, SHOWN_FILES).join(', ') + (names.length > SHOWN_FILES ? w.classMore(names.length - SHOWN_FILES) : '');
    for (const k of a.classes) if (k.units.length > 0) out.push(...wrapped(w.klass(k.name, k.units.length, named(k.units)), '  '));
    if (a.unsorted.length > 0) out.push(...wrapped(w.unsorted(a.unsorted.length, named(a.unsorted)), '  ').map(c.dim));
    out.push('');
  }

  // A list of units, named, or (a roster for more than the folder holds, the country's for one province, can leave
  // thousands missing) the first SHOWN_FILES named and the rest counted.
  const units = (names: string[], all: (list: string) => string, first: (n: number, list: string, rest: number) => string) => {
    if (names.length === 0) return [];
    const list = names.slice(0, SHOWN_FILES).join(', ');
    const rest = names.length - SHOWN_FILES;
    return wrapped(rest > 0 ? first(names.length, list, rest) : all(list));
  };
  if (a.roster) {
    out.push(...wrapped(w.reported(a.roster.expected - a.missing.length, a.roster.expected, a.roster.source)));
    out.push(
      ...units(
        a.missing.map((m) => m.name),
        w.missing,
        w.missingMore,
      ).map(c.yellow),
    );
  } else out.push(...wrapped(w.noRoster).map(c.dim));
  // Which settings file made the letterhead, or that none did; one found and not used is named.
  if (a.config.source) out.push(...wrapped(w.configUsed(rel(a.config.source))).map(c.dim));
  else out.push(...wrapped(w.configNone).map(c.dim));
  if (a.config.unused.length > 0)
    out.push(...wrapped(w.configUnused(a.config.unused.map(rel).join(', '), a.config.source ? rel(a.config.source) : '')).map(c.yellow));
  // One line for each reason, in the reasons' order: each unit is named with the true reason it was left out.
  for (const why of EXCLUSION_ORDER) {
    const names = [...new Set(a.notCounted.filter((x) => x.reason === why).map((x) => x.name))];
    const words = EXCLUSION_WORDS[options.lang][why];
    out.push(...units(names, w.notCounted(words), w.notCountedMore(words)).map(c.red));
  }
  out.push('');

  // "This form lacks indicators" on every file says what the table's k/n column already shows: one line for all.
  // A national roll-up can have problems in thousands of files: the screen shows as much as shown.ts says.
  const problems = problemsToShow(a.findings);
  if (problems.files.length > 0) {
    out.push(c.bold(w.problems));
    for (const { file, findings, shown, errors, warnings } of problems.files) {
      out.push(`${c.underline(rel(file))} ${c.dim('·')} ${errors ? c.red(w.summary(errors, warnings)) : c.yellow(w.summary(errors, warnings))}`);
      for (const line of findingLines(shown, options, c)) out.push(line);
      if (shown.length < findings.length) {
        const kept = new Set(shown);
        const cut = countBySeverity(findings.filter((f) => !kept.has(f)));
        out.push(...wrapped(w.moreFindings(findings.length - shown.length, cut.errors), '  ').map(c.dim));
      }
    }
    const { hidden } = problems;
    if (hidden.length > 0) out.push(...wrapped(w.moreFiles(hidden.length, hidden.filter((f) => f.errors > 0).length)).map(c.dim));
    out.push('');
  }
  if (problems.absent > 0) {
    out.push(...wrapped(w.absent(problems.absent)).map(c.dim));
    out.push('');
  }
  if (a.skipped.length > 0) {
    out.push(c.dim(w.skipped(a.skipped.length)));
    // A country's folders may hold thousands of scans and signed reports beside the forms: the first SHOWN_FILES.
    for (const s of a.skipped.slice(0, SHOWN_FILES)) out.push(c.dim(`  ${rel(s.path)} — ${w.skip[s.reason]}`));
    if (a.skipped.length > SHOWN_FILES) out.push(...wrapped(w.skippedMore(a.skipped.length - SHOWN_FILES), '  ').map(c.dim));
    if (a.skipped.some((s) => s.reason === 'folder')) out.push(...wrapped(w.subfolders).map(c.dim));
    out.push('');
  }
  const { errors, warnings } = countBySeverity(a.findings);
  out.push(errors ? c.red(`✖ ${w.summary(errors, warnings)}`) : c.green(`✔ ${w.clean}${warnings ? ` (${w.summary(0, warnings)})` : ''}`));
  return `${out.join('\n')}\n`;
}
