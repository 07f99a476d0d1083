// How much of a long list of problems a screen shows — the terminal's and the web page's alike: the workbook's check
// sheets and the JSON have them all.
import { countBySeverity } from '../model/file-result.js';
import type { Finding } from '../model/finding.js';

/**
 * Beyond this many files (a province's folder, the country's), a report on the screen lists only the files with
 * problems, those with errors first, up to this many, and counts the rest: `--json` has them all.
 */
export const SHOWN_FILES = 50;

/**
 * `aggregate` shows at most this many findings on the screen, over all its files: one table of a country's communes
 * can hold thousands. A file cut short shows its errors first and counts the rest; the workbook's `Kiểm tra` sheet
 * and `--json` have them all. (`validate`, whose job is to list every problem of the files given, lists them all.)
 */
export const SHOWN_FINDINGS = 150;

/** So many files that a list of them keeps to those with problems, and "lacks indicators" is said once for all. */
export function manyFiles(count: number): boolean {
  return count > SHOWN_FILES;
}

/** "This form lacks indicators": what the totals' k/n column already says, said once for all the files. */
export function lacksIndicators(f: Finding): boolean {
  return f.code === 'indicators-absent' && f.severity === 'warning';
}

export interface FileProblems {
  file: string;
  /** The file's findings, "lacks indicators" left out. */
  findings: Finding[];
  /** Those shown, in the file's order: its errors first, then its warnings, as far as they go. */
  shown: Finding[];
  errors: number;
  warnings: number;
}

/**
 * An aggregate's findings as a screen shows them: by file, the files with errors first (they keep units out of the
 * totals), at most SHOWN_FILES files and SHOWN_FINDINGS findings; the files left out; and how many "lacks indicators"
 * warnings there are, said in one line.
 */
export function problemsToShow(findings: Finding[]): { files: FileProblems[]; hidden: { file: string; errors: number }[]; absent: number } {
  let absent = 0;
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (lacksIndicators(f)) {
      absent++;
      continue;
    }
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const all = [...byFile].map(([file, list]) => ({ file, findings: list, ...countBySeverity(list) }));
  const ordered = [...all.filter((f) => f.errors > 0), ...all.filter((f) => f.errors === 0)];
  const files: FileProblems[] = [];
  let room = SHOWN_FINDINGS;
  for (const f of ordered) {
    if (files.length === SHOWN_FILES || room === 0) break;
    const shown = firstFindings(f.findings, room);
    room -= shown.length;
    files.push({ ...f, shown });
  }
  return { files, hidden: ordered.slice(files.length), absent };
}

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
