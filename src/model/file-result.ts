import type { Finding } from './finding.js';
import type { Submission } from './submission.js';

/** One file through read → interpret → check. */
export interface FileResult {
  path: string;
  /** Absent when the file could not be read at all. */
  submission?: Submission;
  findings: Finding[];
  /** True when the file could not be read (exit code 2). */
  unreadable: boolean;
}

/** One file checked for a run over many: its result, the sha256 of its bytes, and, for a tong-hop.xlsx, its sources. */
export interface CheckedFile {
  result: FileResult;
  sha256: string;
  /** The sha256 column of the `Nguồn` sheet, when the file is a summary workbook this tool wrote. */
  summarySources?: string[];
}

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
