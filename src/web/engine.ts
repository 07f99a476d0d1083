/**
 * The engine of the web page (issue 27), the stages the command line runs, with nothing of Node's: bytes in, the same
 * findings out. `npm run build` bundles it for the browser (`dist/web/cnscd-engine.mjs`, src/build/web-bundle.ts):
 * fflate inflates (the stages' own inflater), and `Buffer`, which iconv-lite and a few readers use, is the `buffer`
 * package's. `test/web/engine.test.ts` runs the bundle in a process with Node's `Buffer` taken away and holds it to
 * `cnscd validate --json`, file by file.
 */
import { validateBook } from '../check/book.js';
import type { FileResult } from '../model/file-result.js';
import type { Lang } from '../model/lang.js';
import { makeFinding } from '../model/make-finding.js';
import { UNREADABLE } from '../model/severity.js';
import { ReadError, readBytes } from '../read/index.js';
import { validationJson } from '../render/json.js';
import { checkSchema } from '../schema/build.js';
import type { FullSchema } from '../schema/types.js';

/** One file's bytes read, interpreted and checked against an indicator set, as `cnscd validate` does. */
export async function validateBytes(name: string, bytes: Uint8Array, schema: FullSchema, lang: Lang): Promise<FileResult> {
  const { matcher, problems } = checkSchema(schema, lang);
  if (problems.length > 0) throw new Error(problems.join('; '));
  try {
    return validateBook(name, await readBytes(name, bytes), matcher);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    return { path: name, findings: [makeFinding(error.code, name, undefined, error.params)], unreadable: UNREADABLE.has(error.code) };
  }
}

/** Files' results as `cnscd validate --json` writes them, as text. */
export function validationJsonText(results: FileResult[], lang: Lang): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const piece of validationJson(results, lang)) text += decoder.decode(piece, { stream: true });
  return text + decoder.decode();
}
