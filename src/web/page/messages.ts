// What the page and its worker say to each other (web/page/main.ts ↔ web/page/worker.ts).
import type { Lang } from '../../model/lang.js';
import type { AggregateView, CheckView } from '../view.js';

/** A file the page was given, under the whole path the command line would see (`/Báo cáo quý 2/Tứ Kỳ.xlsx`). */
export interface GivenFile {
  path: string;
  file: Blob;
}

/** The report's chart: drawn by the browser, not asked for (or nothing to draw), or the browser could not draw it. */
export type ChartState = 'drawn' | 'none' | 'failed';

export type ToWorker =
  | { kind: 'check'; job: number; files: GivenFile[]; lang: Lang }
  | { kind: 'add'; job: number; root: string; files: GivenFile[]; roster?: GivenFile; config?: GivenFile; recursive: boolean; chart: boolean; lang: Lang }
  | { kind: 'painted'; paint: number; png: Uint8Array; width: number; height: number }
  | { kind: 'paint-failed'; paint: number; message: string };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'progress'; job: number; done: number; total: number }
  | { kind: 'checked'; job: number; view: CheckView; json: string }
  | { kind: 'added'; job: number; view: AggregateView; outputs: { name: string; bytes: Uint8Array }[]; chart: ChartState }
  | { kind: 'problem'; job: number; message: string }
  | { kind: 'failed'; job: number; message: string }
  | { kind: 'paint'; paint: number; svg: string };
