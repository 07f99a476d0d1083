import type { FindingCode, FindingParams } from '../model/finding.js';

/** A file that cannot be read as a submission at all. Becomes a file-level finding, never a stack trace. */
export class ReadError extends Error {
  constructor(
    readonly code: FindingCode,
    readonly params: FindingParams = {},
  ) {
    super(code);
    this.name = 'ReadError';
  }
}
