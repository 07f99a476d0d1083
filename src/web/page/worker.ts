/**
 * The page's worker: every file is read, checked and added up here, off the page's thread, so the page never
 * freezes. It holds the engine (web/engine.ts) and the tool's built-in indicator set and wording. The one thing it
 * cannot do is draw: the chart's SVG goes to the page, which draws it on a canvas and sends the PNG back.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { schema, wording } from 'cnscd:built-in';
import type { Lang } from '../../model/lang.js';
import { type ChartPicture, usePainter } from '../../render/chart.js';
import type { Matcher } from '../../schema/matcher.js';
import { unreadableResult } from '../../check/file.js';
import { ReadError } from '../../read/index.js';
import { inBatches, type ReadBatch, type WebFile } from '../batches.js';
import { lacksIndicators, manyFiles } from '../../render/shown.js';
import { CLI_TEXT } from '../../i18n/cli-text.js';
import { aggregateView, aggregateWeb, checkForPage, checkView, matcherOf, reportsAmong, validationJsonText, WebProblem } from '../engine.js';
import { fileView } from '../view.js';
import type { ChartState, FromWorker, GivenFile, ToWorker } from './messages.js';

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  crypto?: Crypto;
}
const scope = self as unknown as WorkerScope;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

const matchers = new Map<Lang, Matcher>();
const matcher = (lang: Lang) => {
  let m = matchers.get(lang);
  if (!m) matchers.set(lang, (m = matcherOf(schema, lang)));
  return m;
};

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
/** Web Crypto's sha256 where the page is a secure context (a file, https); elsewhere (a plain http portal) noble's. */
async function sha256(bytes: Uint8Array): Promise<string> {
  const subtle = scope.crypto?.subtle;
  if (subtle) return hex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
  return hex(nobleSha256(bytes));
}

// The chart: drawn by the page, asked for by number.
let paints = 0;
let paintFailures = 0;
const waiting = new Map<number, { resolve: (p: ChartPicture) => void; reject: (e: Error) => void }>();
usePainter(
  (svg) =>
    new Promise<ChartPicture>((resolve, reject) => {
      const paint = ++paints;
      waiting.set(paint, { resolve, reject });
      post({ kind: 'paint', paint, svg });
    }),
);

/** The most files whose sheets the check view draws. */
const GRIDS = 50;

async function check(job: number, given: GivenFile[], lang: Lang): Promise<void> {
  const checked = [];
  const { files: all, readBatch } = webFiles(given);
  const files = await reportsAmong(all);
  if (files.length === 0) {
    post({ kind: 'problem', job, message: CLI_TEXT[lang].noFiles(all[0]?.path.split('/')[0] ?? '', 0) });
    return;
  }
  // Of many files, "lacks indicators" is said once for all, as on the terminal.
  const omit = manyFiles(files.length) ? lacksIndicators : undefined;
  // A sheet's grid for a single file, and for the first GRIDS files whose findings point at cells.
  let grids = 0;
  let last = 0;
  post({ kind: 'progress', job, done: 0, total: files.length });
  for await (const [file, bytes] of inBatches(files, readBatch)) {
    const sheets = files.length === 1 ? 'always' : grids < GRIDS ? 'if-marked' : 'never';
    const one =
      bytes instanceof ReadError
        ? { result: unreadableResult(file.path, bytes), view: undefined }
        : await checkForPage(file.path, bytes, matcher(lang), lang, sheets, omit);
    const view = one.view ?? fileView(one.result, undefined, lang, omit);
    if (view.sheets.length > 0) grids++;
    checked.push({ result: one.result, view });
    last = progress(job, checked.length, files.length, last);
  }
  post({
    kind: 'checked',
    job,
    view: checkView(checked, lang),
    json: validationJsonText(
      checked.map((c) => c.result),
      lang,
    ),
  });
}

/** A message every few files is enough for a bar; every file of a country's folder would flood the page. */
function progress(job: number, done: number, total: number, last: number): number {
  const now = Date.now();
  if (done !== 0 && done !== total && now - last <= 50) return last;
  post({ kind: 'progress', job, done, total });
  return now;
}

/** The chosen files as the engine takes them, read 64 to a Blob: Chromium reads them so in a fifth of the time. */
function webFiles(given: GivenFile[]): { files: WebFile[]; readBatch: ReadBatch } {
  const blobs = new Map(given.map((g) => [g.path, g.file]));
  return {
    files: given.map((g) => ({ path: g.path, bytes: () => bytesOf(g.file) })),
    readBatch: async (files) => {
      const parts = files.map((f) => blobs.get(f.path)!);
      const whole = await bytesOf(new Blob(parts));
      let at = 0;
      return parts.map((p) => whole.subarray(at, (at += p.size)));
    },
  };
}

async function add(message: Extract<ToWorker, { kind: 'add' }>): Promise<void> {
  const { job, lang } = message;
  const paintsBefore = paints;
  const web = (g: GivenFile) => ({ path: g.path, bytes: () => bytesOf(g.file) });
  const { files, readBatch } = webFiles(message.files);
  let last = 0;
  const run = (chart: boolean) =>
    aggregateWeb({
      root: message.root,
      files,
      ...(message.roster ? { roster: web(message.roster) } : {}),
      ...(message.config ? { config: web(message.config) } : {}),
      recursive: message.recursive,
      chart,
      lang,
      schema,
      wording,
      sha256,
      readBatch,
      progress: (done, total) => {
        last = progress(job, done, total, last);
      },
    });
  // A chart the browser could not draw (a canvas refused) does not stop the report: it is made without one, and the
  // page says so.
  const failuresBefore = paintFailures;
  let chart: ChartState = message.chart ? 'drawn' : 'none';
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run(message.chart);
  } catch (error) {
    if (!message.chart || paintFailures === failuresBefore) throw error;
    chart = 'failed';
    result = await run(false);
  }
  if (chart === 'drawn' && paints === paintsBefore) chart = 'none';
  const view = aggregateView(result.aggregate, result.report.leftOut, lang);
  // Each output in a buffer of its own, handed over rather than copied.
  const outputs = result.outputs.map((o) => ({
    name: o.name,
    bytes: o.bytes.byteOffset === 0 && o.bytes.byteLength === o.bytes.buffer.byteLength ? o.bytes : o.bytes.slice(),
  }));
  const transfer = [...new Set(outputs.map((o) => o.bytes.buffer as ArrayBuffer))];
  post({ kind: 'added', job, view, outputs, chart }, transfer);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'painted' || message.kind === 'paint-failed') {
    const w = waiting.get(message.paint);
    waiting.delete(message.paint);
    if (message.kind === 'painted') w?.resolve({ png: message.png, width: message.width, height: message.height });
    else {
      paintFailures++;
      w?.reject(new Error(message.message));
    }
    return;
  }
  const run = message.kind === 'check' ? check(message.job, message.files, message.lang) : add(message);
  run.catch((error: unknown) => {
    if (error instanceof WebProblem) post({ kind: 'problem', job: message.job, message: error.message });
    else post({ kind: 'failed', job: message.job, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  });
};
post({ kind: 'ready' });
