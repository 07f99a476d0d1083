import type { Finding } from '../model/finding.js';
import { compareFindings } from '../model/finding.js';
import type { Submission } from '../model/submission.js';
import type { Matcher } from '../schema/matcher.js';
import { checkRules } from './rules.js';
import { checkStructure } from './structure.js';
import { checkTypedTotals } from './totals.js';
import { checkValues } from './values.js';

export interface CheckOptions {
  /** Warnings count as errors. */
  strict?: boolean;
  /** The period every report must be for (canonical key). */
  period?: string;
}

/** Submission × schema → every finding, in the order of the file. */
export function checkSubmission(s: Submission, matcher: Matcher, options: CheckOptions = {}): Finding[] {
  const findings = [...checkStructure(s, matcher, options.period), ...checkValues(s), ...checkRules(s, matcher.schema), ...checkTypedTotals(s, matcher.schema)];
  const sheets = s.dataSheets;
  findings.sort((a, b) => compareFindings(a, b, sheets));
  return options.strict ? findings.map((f) => ({ ...f, severity: 'error' })) : findings;
}
