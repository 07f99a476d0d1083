import type { Matcher } from './matcher.js';
import type { FullSchema } from './types.js';

/** The indicator set a run uses, with the matcher made from it. */
export interface LoadedSchema {
  schema: FullSchema;
  matcher: Matcher;
  /** Where it came from: the built-in id or the user's file. */
  source: string;
}

/** The indicator set that ships with the tool. */
export const DEFAULT_SCHEMA_ID = 'cnscd-2023';
