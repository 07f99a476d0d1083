/**
 * The engine of the web page (issue 27), the stages the command line runs, with nothing of Node's: bytes in, the same
 * findings out. `npm run build` bundles it for the browser (src/build/web-bundle.ts): fflate inflates (the stages'
 * own inflater), and `Buffer`, which iconv-lite and a few readers use, is the `buffer` package's.
 * `test/web/engine.test.ts` runs the bundle in a process with Node's `Buffer` taken away and holds it to
 * `cnscd validate --json`, file by file; `test/web/page.test.ts` drives the page itself in Chromium.
 */
import { validateBook } from '../check/book.js';
import { unreadableResult } from '../check/file.js';
import type { FileResult } from '../model/file-result.js';
import type { Finding } from '../model/finding.js';
import type { Lang } from '../model/lang.js';
import type { Book } from '../model/sheet.js';
import { ReadError, readBytes } from '../read/index.js';
import { validationJson } from '../render/json.js';
import { checkSchema } from '../schema/build.js';
import type { Matcher } from '../schema/matcher.js';
import type { FullSchema } from '../schema/types.js';
import { fileView, type FileView } from './view.js';

export { aggregateWeb, reportsAmong, WebProblem, type WebFile, type WebAggregateInput, type WebAggregateResult } from './aggregate.js';
export { aggregateView, checkView, type AggregateView, type CheckView, type FileView } from './view.js';

/** An indicator set's matcher; a broken set is the tool's fault here (the page carries the built-in one). */
export function matcherOf(schema: FullSchema, lang: Lang): Matcher {
  const { matcher, problems } = checkSchema(schema, lang);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return matcher;
}

/** One file's bytes read and checked as `cnscd validate` does, with the book read (undefined: it could not be). */
async function checked(name: string, bytes: Uint8Array, matcher: Matcher): Promise<{ result: FileResult; book?: Book }> {
  let book: Book;
  try {
    book = await readBytes(name, bytes);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    return { result: unreadableResult(name, error) };
  }
  return { result: validateBook(name, book, matcher), book };
}

/** One file's bytes read, interpreted and checked against an indicator set, as `cnscd validate` does. */
export async function validateBytes(name: string, bytes: Uint8Array, schema: FullSchema, lang: Lang): Promise<FileResult> {
  return (await checked(name, bytes, matcherOf(schema, lang))).result;
}

/**
 * The same, with what the page's check view shows of it. `sheets`: draw the file's sheets always, never, or only when
 * a finding points at a cell of them (a folder of thousands of valid forms needs no grid of each).
 */
export async function checkForPage(
  name: string,
  bytes: Uint8Array,
  matcher: Matcher,
  lang: Lang,
  sheets: 'always' | 'never' | 'if-marked' = 'always',
  omit?: (f: Finding) => boolean,
): Promise<{ result: FileResult; view: FileView }> {
  const { result, book } = await checked(name, bytes, matcher);
  const view = fileView(result, book, lang, omit);
  if (sheets === 'never' || (sheets === 'if-marked' && !view.findings.some((f) => f.at))) view.sheets = [];
  return { result, view };
}

/** Files' results as `cnscd validate --json` writes them, as text. */
export function validationJsonText(results: FileResult[], lang: Lang): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const piece of validationJson(results, lang)) text += decoder.decode(piece, { stream: true });
  return text + decoder.decode();
}
