import { relativePath } from '../model/relative-path.js';
import type { Aggregate } from '../model/aggregate.js';
import { describePeriod } from '../model/period.js';
import { formatChange, formatCount } from '../i18n/format.js';
import { countBySeverity } from '../model/file-result.js';
import { LEVEL_WORDS } from '../aggregate/levels.js';
import type { Finding } from '../model/finding.js';
import { findingLines, printable, sentence, SHOWN_FILES, SHOWN_FINDINGS, type TerminalOptions } from './terminal.js';
import { wrap } from './wrap.js';

const viCount = (n: number) => formatCount(n, 'vi');
const enCount = (n: number) => formatCount(n, 'en');

const WORDS = {
  vi: {
    heading: (n: number, files: number) => `Tổng hợp ${viCount(n)} đơn vị từ ${viCount(files)} tệp`,
    noPeriod: 'chưa rõ kỳ báo cáo',
    indicator: 'Chỉ tiêu',
    total: 'Tổng',
    units: 'Đơn vị',
    reported: (k: number, n: number, roster: string) => `Đã báo cáo: ${viCount(k)}/${viCount(n)} đơn vị (theo ${roster}).`,
    missing: (list: string) => `Chưa báo cáo: ${list}.`,
    missingMore: (n: number, list: string, rest: number) =>
      `Chưa báo cáo (${viCount(n)} đơn vị): ${list} và ${viCount(rest)} đơn vị khác — danh sách đầy đủ ở trang “Chưa báo cáo” của tong-hop.xlsx, hoặc --json.`,
    noRoster: 'Không có danh sách đơn vị (--roster) nên chưa biết đơn vị nào chưa báo cáo.',
    notCounted: (list: string) => `Chưa tổng hợp (còn lỗi, trùng hoặc khác kỳ): ${list}.`,
    notCountedMore: (n: number, list: string, rest: number) =>
      `Chưa tổng hợp (còn lỗi, trùng hoặc khác kỳ; ${viCount(n)} đơn vị): ${list} và ${viCount(rest)} đơn vị khác — từng tệp ở trang “Nguồn” của tong-hop.xlsx, hoặc --json.`,
    problems: 'Sai sót cần xử lý',
    moreFiles: (n: number, e: number) =>
      `… và ${viCount(n)} tệp khác có sai sót${e > 0 ? ` (${viCount(e)} tệp có lỗi)` : ''}: danh sách đầy đủ ở trang “Kiểm tra” của tong-hop.xlsx, hoặc --json.`,
    moreFindings: (n: number, e: number) =>
      `… và ${viCount(n)} sai sót khác của tệp này${e > 0 ? ` (${viCount(e)} lỗi)` : ''}: đủ ở trang “Kiểm tra” của tong-hop.xlsx, hoặc --json.`,
    absent: (n: number) => `${viCount(n)} tệp không có một số chỉ tiêu (coi là chưa báo cáo; xem cột “Đơn vị” ở bảng trên).`,
    skipped: (n: number) => `Bỏ qua ${viCount(n)} mục không phải báo cáo:`,
    subfolders: 'Báo cáo trong các thư mục con chưa được đọc; thêm --recursive để đọc cả các thư mục con.',
    skippedMore: (n: number) => `… và ${viCount(n)} mục khác — danh sách đầy đủ ở trang “Nguồn” của tong-hop.xlsx, hoặc --json.`,
    skip: {
      'lock-file': 'tệp khoá của Excel',
      hidden: 'tệp/thư mục ẩn',
      'system-file': 'tệp hệ thống',
      document: 'văn bản, không phải số liệu',
      folder: 'thư mục con',
      'folder-link': 'liên kết tới thư mục (không đọc)',
      'earlier-output': 'kết quả của lần tổng hợp trước',
      settings: 'tệp cấu hình',
      'not-a-submission': 'không phải tệp báo cáo',
    } as Record<string, string>,
    summary: (e: number, w: number) => `${viCount(e)} lỗi, ${viCount(w)} cảnh báo`,
    clean: 'không có lỗi',
    change: 'So với kỳ trước',
    against: (p: string) => `So sánh với ${p}.`,
    groups: (level: string) => `Theo đơn vị cấp ${level}:`,
    groupLine: (name: string, n: number) => `${name} (${viCount(n)} đơn vị)`,
    classes: 'Phân loại đơn vị:',
    klass: (name: string, n: number, list: string) => `Có ${viCount(n)} đơn vị ${name}: ${list}.`,
    unsorted: (n: number, list: string) => `Chưa đủ số liệu để phân loại ${viCount(n)} đơn vị: ${list}.`,
    classMore: (rest: number) => ` và ${viCount(rest)} đơn vị khác (danh sách đầy đủ ở trang “Phân loại” của tong-hop.xlsx)`,
  },
  en: {
    heading: (n: number, files: number) => `Aggregated ${enCount(n)} unit${n === 1 ? '' : 's'} from ${enCount(files)} file${files === 1 ? '' : 's'}`,
    noPeriod: 'period unknown',
    indicator: 'Indicator',
    total: 'Total',
    units: 'Units',
    reported: (k: number, n: number, roster: string) => `Reported: ${enCount(k)}/${enCount(n)} units (per ${roster}).`,
    missing: (list: string) => `Not reported: ${list}.`,
    missingMore: (n: number, list: string, rest: number) =>
      `Not reported (${enCount(n)} units): ${list} and ${enCount(rest)} more — all of them on the “Chưa báo cáo” sheet of tong-hop.xlsx, or --json.`,
    noRoster: 'No roster (--roster), so who has not reported is unknown.',
    notCounted: (list: string) => `Not counted (errors, duplicates or another period): ${list}.`,
    notCountedMore: (n: number, list: string, rest: number) =>
      `Not counted (errors, duplicates or another period; ${enCount(n)} units): ${list} and ${enCount(rest)} more — each file on the “Nguồn” sheet of tong-hop.xlsx, or --json.`,
    problems: 'Problems to resolve',
    moreFiles: (n: number, e: number) =>
      `… and ${enCount(n)} more file${n === 1 ? '' : 's'} with problems${e > 0 ? ` (${enCount(e)} with errors)` : ''}: all of them on the “Kiểm tra” sheet of tong-hop.xlsx, or --json.`,
    moreFindings: (n: number, e: number) =>
      `… and ${enCount(n)} more problem${n === 1 ? '' : 's'} in this file${e > 0 ? ` (${enCount(e)} error${e === 1 ? '' : 's'})` : ''}: all of them on the “Kiểm tra” sheet of tong-hop.xlsx, or --json.`,
    absent: (n: number) =>
      `${enCount(n)} ${n === 1 ? 'file lacks' : 'files lack'} some indicators (taken as not reported; see the “Units” column above).`,
    skipped: (n: number) => `Skipped ${enCount(n)} ${n === 1 ? 'entry that is not a report' : 'entries that are not reports'}:`,
    subfolders: 'The reports in sub-folders were not read; add --recursive to read them too.',
    skippedMore: (n: number) => `… and ${enCount(n)} more — all of them on the “Nguồn” sheet of tong-hop.xlsx, or --json.`,
    skip: {
      'lock-file': 'Excel lock file',
      hidden: 'hidden file or folder',
      'system-file': 'system file',
      document: 'a document, not figures',
      folder: 'sub-folder',
      'folder-link': 'link to a folder (not followed)',
      'earlier-output': 'output of an earlier aggregate run',
      settings: 'settings file',
      'not-a-submission': 'not a report file',
    } as Record<string, string>,
    summary: (e: number, w: number) => `${enCount(e)} error${e === 1 ? '' : 's'}, ${enCount(w)} warning${w === 1 ? '' : 's'}`,
    clean: 'no errors',
    change: 'Change',
    against: (p: string) => `Compared with the ${p}.`,
    groups: (level: string) => `By ${level}:`,
    groupLine: (name: string, n: number) => `${name} (${enCount(n)} unit${n === 1 ? '' : 's'})`,
    classes: 'Units sorted:',
    klass: (name: string, n: number, list: string) => `${enCount(n)} unit${n === 1 ? '' : 's'} “${name}”: ${list}.`,
    unsorted: (n: number, list: string) => `Not enough figures to sort ${enCount(n)} unit${n === 1 ? '' : 's'}: ${list}.`,
    classMore: (rest: number) => ` and ${enCount(rest)} more (all of them on the “Phân loại” sheet of tong-hop.xlsx)`,
  },
};

/**
 * At most `room` of a file's findings, in their order: its errors first, then its warnings, as far as they go (errors
 * keep units out of the totals; a table's doubtful figures can run to thousands).
 */
function firstFindings(findings: Finding[], room: number): Finding[] {
  if (findings.length <= room) return findings;
  const errors = findings.filter((f) => f.severity === 'error').slice(0, room);
  const picked = new Set([...errors, ...findings.filter((f) => f.severity !== 'error').slice(0, room - errors.length)]);
  return findings.filter((f) => picked.has(f));
}

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
    return [t.label, t.value === null ? '-' : formatCount(t.value, options.lang), `${formatCount(t.reported, options.lang)}/${formatCount(n, options.lang)}`, change, t.reported === n] as const;
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
    out.push(c.bold(w.groups(options.lang === 'vi' ? LEVEL_WORDS[a.grouping.level].vi : LEVEL_WORDS[a.grouping.level].en)));
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
    out.push(...units(a.missing.map((m) => m.name), w.missing, w.missingMore).map(c.yellow));
  } else out.push(...wrapped(w.noRoster).map(c.dim));
  out.push(...units([...new Set(a.notCounted.map((x) => x.name))], w.notCounted, w.notCountedMore).map(c.red));
  out.push('');

  // "This form lacks indicators" on every file says what the table's k/n column already shows: one line for all.
  const absent = new Set(a.findings.filter((f) => f.code === 'indicators-absent' && f.severity === 'warning'));
  const byFile = new Map<string, typeof a.findings>();
  for (const f of a.findings) {
    if (absent.has(f)) continue;
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  if (byFile.size > 0) {
    out.push(c.bold(w.problems));
    // A national roll-up can have problems in thousands of files: the files with errors come first (they keep
    // units out of the totals), and the screen stops at SHOWN_FILES; the workbook and the JSON have them all.
    // It also stops at SHOWN_FINDINGS findings: one table of a country's communes can hold thousands.
    const files = [...byFile].map(([file, findings]) => ({ file, findings, ...countBySeverity(findings) }));
    const shown = new Map<(typeof files)[number], Finding[]>();
    let room = SHOWN_FINDINGS;
    for (const f of [...files.filter((f) => f.errors > 0), ...files.filter((f) => f.errors === 0)]) {
      if (shown.size === SHOWN_FILES || room === 0) break;
      const some = firstFindings(f.findings, room);
      room -= some.length;
      shown.set(f, some);
    }
    for (const [{ file, findings, errors, warnings }, some] of shown) {
      out.push(`${c.underline(rel(file))} ${c.dim('·')} ${errors ? c.red(w.summary(errors, warnings)) : c.yellow(w.summary(errors, warnings))}`);
      for (const line of findingLines(some, options, c)) out.push(line);
      if (some.length < findings.length) {
        const kept = new Set(some);
        const cut = countBySeverity(findings.filter((f) => !kept.has(f)));
        out.push(...wrapped(w.moreFindings(findings.length - some.length, cut.errors), '  ').map(c.dim));
      }
    }
    if (files.length > shown.size) {
      const hidden = files.filter((f) => !shown.has(f));
      out.push(...wrapped(w.moreFiles(hidden.length, hidden.filter((f) => f.errors > 0).length)).map(c.dim));
    }
    out.push('');
  }
  if (absent.size > 0) {
    out.push(...wrapped(w.absent(absent.size)).map(c.dim));
    out.push('');
  }
  if (a.skipped.length > 0) {
    out.push(c.dim(w.skipped(a.skipped.length)));
    // A country's folders may hold thousands of scans and signed reports beside the forms: the first SHOWN_FILES.
    for (const s of a.skipped.slice(0, SHOWN_FILES)) out.push(c.dim(`  ${rel(s.path)} — ${w.skip[s.reason] ?? s.reason}`));
    if (a.skipped.length > SHOWN_FILES) out.push(...wrapped(w.skippedMore(a.skipped.length - SHOWN_FILES), '  ').map(c.dim));
    if (a.skipped.some((s) => s.reason === 'folder')) out.push(...wrapped(w.subfolders).map(c.dim));
    out.push('');
  }
  const { errors, warnings } = countBySeverity(a.findings);
  out.push(errors ? c.red(`✖ ${w.summary(errors, warnings)}`) : c.green(`✔ ${w.clean}${warnings ? ` (${w.summary(0, warnings)})` : ''}`));
  return `${out.join('\n')}\n`;
}
