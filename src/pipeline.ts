import { checkSubmission, type CheckOptions } from './check/index.js';
import { makeFinding } from './check/make.js';
import { UNREADABLE } from './check/severity.js';
import { interpretBook } from './interpret/index.js';
import type { Finding } from './model/finding.js';
import type { Submission } from './model/submission.js';
import { readBook, ReadError, type ReadOptions } from './read/index.js';
import type { Matcher } from './schema/matcher.js';

/** One file through read → interpret → check. */
export interface FileResult {
  path: string;
  /** Absent when the file could not be read at all. */
  submission?: Submission;
  findings: Finding[];
  /** True when the file could not be read (exit code 2). */
  unreadable: boolean;
}

export async function validateFile(path: string, matcher: Matcher, options: ReadOptions & CheckOptions = {}): Promise<FileResult> {
  let submission: Submission;
  const extra: Finding[] = [];
  try {
    const book = await readBook(path, options);
    if (book.encodingConfidence !== undefined && book.encoding) {
      extra.push(makeFinding('encoding-uncertain', path, undefined, { encoding: book.encoding.name, confidence: book.encodingConfidence }));
    }
    submission = interpretBook(book, matcher);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    const f = makeFinding(error.code, path, undefined, error.params);
    return { path, findings: [f], unreadable: UNREADABLE.has(error.code) };
  }
  const findings = [...extra, ...checkSubmission(submission, matcher, options)];
  return { path, submission, findings, unreadable: false };
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
