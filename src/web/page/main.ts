/**
 * The web page (dist/web/cnscd.html): its controls, and the results the worker sends back laid out. All the work is
 * the worker's (worker.ts, started from the page's own bytes); this thread only takes the files the user chose,
 * draws the chart's picture when asked, and shows. Every text from a file is put in with `textContent`.
 */
import type { Lang } from '../../model/lang.js';
import { PAGE_WORDS, type PageWords } from '../../i18n/page-words.js';
import type { AggregateView, CheckView, FileView, FindingView } from '../view.js';
import type { ChartState, FromWorker, GivenFile, ToWorker } from './messages.js';

/** The worker's script, gzipped and in base64 (put in by the build: src/build/web-bundle.ts). */
declare const WORKER_GZ_BASE64: string;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

let lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
let words: PageWords = PAGE_WORDS[lang];

// ---- the worker ----

let worker: Worker | null = null;
let job = 0;
// An old browser (no DecompressionStream) is told so below, and no worker is started.
const ready: Promise<Worker> = typeof DecompressionStream === 'undefined' ? new Promise(() => undefined) : startWorker();

async function startWorker(): Promise<Worker> {
  const packed = Uint8Array.from(atob(WORKER_GZ_BASE64), (c) => c.charCodeAt(0));
  const source = await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  const w = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { name: 'cnscd' });
  await new Promise<void>((resolve, reject) => {
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      if (e.data.kind === 'ready') resolve();
    };
    w.onerror = (e) => reject(new Error(e.message));
  });
  w.onmessage = (e: MessageEvent<FromWorker>) => void onWorker(e.data);
  w.onerror = (e) => {
    e.preventDefault();
    failed(current?.panel ?? 'check', e.message);
  };
  worker = w;
  document.body.dataset.ready = 'true';
  return w;
}

type Panel = 'check' | 'add';
/** The job under way: which panel shows it, and how to run it again in the other language. */
let current: { job: number; panel: Panel; rerun: () => void } | null = null;

async function send(panel: Panel, message: ToWorker, rerun: () => void): Promise<void> {
  const w = await ready;
  current = { job: (message as { job: number }).job, panel, rerun };
  busy(panel, true);
  $(`${panel}-results`).replaceChildren();
  say(panel, words.working);
  w.postMessage(message);
}

async function onWorker(m: FromWorker): Promise<void> {
  if (m.kind === 'paint') {
    try {
      const picture = await paint(m.svg);
      worker!.postMessage({ kind: 'painted', paint: m.paint, ...picture } satisfies ToWorker, [picture.png.buffer]);
    } catch (error) {
      worker!.postMessage({ kind: 'paint-failed', paint: m.paint, message: String(error) } satisfies ToWorker);
    }
    return;
  }
  if (m.kind === 'ready' || !current || m.job !== current.job) return;
  const panel = current.panel;
  if (m.kind === 'progress') {
    const bar = $<HTMLProgressElement>(`${panel}-progress`);
    bar.max = Math.max(1, m.total);
    bar.value = m.done;
    say(panel, m.done === m.total && panel === 'add' ? words.making : words.progress(m.done, m.total));
    return;
  }
  busy(panel, false);
  if (m.kind === 'checked') showChecked(m.view, m.json);
  else if (m.kind === 'added') showAdded(m.view, m.outputs, m.chart);
  else if (m.kind === 'problem') problem(panel, m.message);
  else failed(panel, m.message);
}

function busy(panel: Panel, on: boolean): void {
  const bar = $<HTMLProgressElement>(`${panel}-progress`);
  bar.hidden = !on;
  if (on) bar.removeAttribute('value');
  $(`panel-${panel}`).setAttribute('aria-busy', String(on));
  document.body.dataset.busy = String(on);
}

function say(panel: Panel, text: string): void {
  $(`${panel}-status`).textContent = text;
}

function problem(panel: Panel, message: string): void {
  say(panel, '');
  const box = make('div', undefined, 'problem');
  box.setAttribute('role', 'alert');
  box.append(make('p', message, 'pre'));
  $(`${panel}-results`).replaceChildren(box);
}

function failed(panel: Panel, message: string): void {
  busy(panel, false);
  say(panel, '');
  const box = make('div', undefined, 'problem');
  box.setAttribute('role', 'alert');
  box.append(make('p', words.failed, 'strong'), make('p', message, 'pre'), make('p', words.tryAgain));
  $(`${panel}-results`).replaceChildren(box);
}

// ---- the chart, drawn for the worker ----

async function paint(svg: string): Promise<{ png: Uint8Array; width: number; height: number }> {
  // The tool's own font is not in the page: the browser draws in the serif it has (Times New Roman on Windows).
  const text = svg.replace('font-family="DejaVu Serif"', 'font-family="DejaVu Serif, Times New Roman, Liberation Serif, serif"');
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('canvas.toBlob gave nothing');
    return { png: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

// ---- check a report ----

let checkFiles: GivenFile[] = [];

function startCheck(files: GivenFile[]): void {
  if (files.length === 0) return;
  // Named as the command line names a file given by its name: `cnscd validate "Tu Ky.xlsx"`.
  checkFiles = files.map((f) => ({ ...f, path: f.path.replace(/^\/+/, '') }));
  const run = () => void send('check', { kind: 'check', job: ++job, files: checkFiles, lang }, run);
  run();
}

function showChecked(view: CheckView, json: string): void {
  const out = $('check-results');
  say('check', '');
  const head = make('h2', view.summary, view.ok ? 'summary ok' : 'summary bad');
  head.id = 'check-summary';
  head.tabIndex = -1;
  out.append(head);
  // Every file's findings as `cnscd validate --json` prints them, for whoever wants them whole.
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  for (const old of checkUrls.splice(0)) URL.revokeObjectURL(old);
  checkUrls.push(url);
  const a = make('a', words.checkJson, 'button small');
  a.href = url;
  a.download = CHECK_JSON;
  a.dataset.output = CHECK_JSON;
  const line = make('p');
  line.append(a);
  out.append(line);
  for (const f of view.files) out.append(fileSection(f));
  if (view.more) out.append(make('p', view.more, 'muted more'));
  if (view.absent) out.append(make('p', view.absent, 'muted absent'));
  head.focus();
}

/** The check view's findings as JSON, and the blob URLs it made. */
const CHECK_JSON = 'ket-qua-kiem-tra.json';
const checkUrls: string[] = [];

function fileSection(f: FileView): HTMLElement {
  const section = make('section', undefined, 'file');
  section.dataset.path = f.path;
  section.append(make('h3', f.path.replace(/^\/+/, '')));
  if (f.heading) section.append(make('p', f.heading, 'muted'));
  section.append(make('p', f.summary, f.unreadable || f.errors > 0 ? 'verdict bad' : 'verdict ok'));
  if (f.findings.length > 0) section.append(findingsTable(f.findings, f.path));
  const marked = new Map<number, FindingView[]>();
  f.findings.forEach((x) => {
    if (x.at) marked.set(x.at.sheet, [...(marked.get(x.at.sheet) ?? []), x]);
  });
  f.sheets.forEach((sheet, i) => {
    const details = make('details', undefined, 'sheet');
    details.open = marked.has(i) || (f.sheets.length === 1 && f.findings.length === 0);
    details.append(make('summary', `${sheet.name} — ${words.sheetView}`));
    details.append(grid(sheet, marked.get(i) ?? [], f.path, i));
    if (sheet.cut) details.append(make('p', words.sheetCut(sheet.rows.length, sheet.rows[0]?.length ?? 0), 'muted'));
    section.append(details);
  });
  return section;
}

const cellId = (path: string, sheet: number, row: number, column: number) => `c-${hash(path)}-${sheet}-${row}-${column}`;
function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (h * 33) ^ text.charCodeAt(i);
  return (h >>> 0).toString(36);
}

function findingsTable(findings: FindingView[], path: string): HTMLElement {
  const table = make('table', undefined, 'findings');
  table.append(make('caption', words.findings));
  const head = make('tr');
  for (const h of [words.where, '', words.message, words.code]) head.append(make('th', h));
  table.append(make('thead'));
  table.tHead!.append(head);
  const body = make('tbody');
  for (const x of findings) {
    const tr = make('tr', undefined, x.severity);
    const where = make('td');
    if (x.at) {
      const a = make('a', x.place || '•');
      a.href = `#${cellId(path, x.at.sheet, x.at.row, x.at.column)}`;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        const cell = document.getElementById(a.hash.slice(1));
        const details = cell?.closest('details');
        if (details) details.open = true;
        cell?.scrollIntoView({ block: 'center', inline: 'center' });
        cell?.focus();
      });
      where.append(a);
    } else where.textContent = x.place;
    tr.append(where, make('td', words.severity[x.severity], `sev ${x.severity}`), make('td', x.message, 'message'), make('td', x.code, 'code'));
    body.append(tr);
  }
  table.append(body);
  return table;
}

function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function grid(sheet: FileView['sheets'][number], marks: FindingView[], path: string, index: number): HTMLElement {
  const wrap = make('div', undefined, 'grid-wrap');
  const table = make('table', undefined, 'grid');
  const columns = sheet.rows.reduce((n, r) => Math.max(n, r.length), 0);
  const byCell = new Map<string, FindingView[]>();
  for (const m of marks) {
    const key = `${m.at!.row}:${m.at!.column}`;
    byCell.set(key, [...(byCell.get(key) ?? []), m]);
  }
  // A Word table's rows and columns are counted as its findings name them (dòng 7, cột 4), below the document's head.
  const rowName = (r: number) => (!sheet.table ? String(r) : r > sheet.rowOffset ? String(r - sheet.rowOffset) : '');
  const colName = (c: number) => (sheet.table ? String(c) : columnName(c));
  const local = (place: string) =>
    place.startsWith(`${sheet.name}!`) ? place.slice(sheet.name.length + 1) : place.startsWith(`${sheet.name}, `) ? place.slice(sheet.name.length + 2) : place;
  const head = make('tr');
  head.append(make('th', ''));
  for (let c = 1; c <= columns; c++) head.append(make('th', colName(c)));
  head.append(make('th', words.findings));
  table.append(make('thead'));
  table.tHead!.append(head);
  const body = make('tbody');
  sheet.rows.forEach((row, r) => {
    const tr = make('tr');
    tr.append(make('th', rowName(r + 1)));
    const notes: string[] = [];
    for (let c = 1; c <= columns; c++) {
      const td = make('td', row[c - 1] ?? '');
      const found = byCell.get(`${r + 1}:${c}`);
      if (found) {
        td.className = found.some((f) => f.severity === 'error') ? 'mark error' : 'mark warning';
        td.id = cellId(path, index, r + 1, c);
        td.tabIndex = -1;
        td.title = found.map((f) => f.message).join('\n');
        for (const f of found) notes.push(`${local(f.place)}: ${f.message}`);
      }
      tr.append(td);
    }
    const note = make('td', notes.join('\n'), notes.length ? 'note' : 'note empty');
    tr.append(note);
    body.append(tr);
  });
  table.append(body);
  wrap.append(table);
  return wrap;
}

// ---- add up a folder ----

let addRoot = '/';
let addFiles: GivenFile[] = [];
let rosterFile: GivenFile | undefined;
let configFile: GivenFile | undefined;
const outputUrls: string[] = [];

function chooseFolder(files: GivenFile[], root: string): void {
  addFiles = files;
  addRoot = root;
  $('add-chosen').textContent = files.length > 0 ? `${root.replace(/^\/+/, '') || ''}${root !== '/' ? ' — ' : ''}${words.chosen(files.length)}` : '';
  $<HTMLButtonElement>('add-start').disabled = files.length === 0;
}

function startAdd(): void {
  if (addFiles.length === 0) return;
  const run = () =>
    void send(
      'add',
      {
        kind: 'add',
        job: ++job,
        root: addRoot === '/' ? '' : addRoot,
        files: addFiles,
        ...(rosterFile ? { roster: rosterFile } : {}),
        ...(configFile ? { config: configFile } : {}),
        recursive: $<HTMLInputElement>('add-recursive').checked,
        chart: $<HTMLInputElement>('add-chart').checked,
        lang,
      },
      run,
    );
  run();
}

function showAdded(view: AggregateView, outputs: { name: string; bytes: Uint8Array }[], chart: ChartState): void {
  const out = $('add-results');
  say('add', '');
  for (const url of outputUrls.splice(0)) URL.revokeObjectURL(url);
  const head = make('h2', view.heading, view.errors > 0 ? 'summary bad' : 'summary ok');
  head.id = 'add-summary';
  head.tabIndex = -1;
  out.append(head);

  const downloads = make('section', undefined, 'downloads');
  downloads.append(make('h3', words.downloads));
  const list = make('ul');
  for (const o of outputs) {
    const type = o.name.endsWith('.docx')
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : o.name.endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/json';
    const url = URL.createObjectURL(new Blob([o.bytes as Uint8Array<ArrayBuffer>], { type }));
    outputUrls.push(url);
    const a = make('a', words.download(o.name), 'button');
    a.href = url;
    a.download = o.name;
    a.dataset.output = o.name;
    const li = make('li');
    li.append(a, make('span', ` — ${words.outputWhat[o.name] ?? ''}`, 'muted'));
    list.append(li);
  }
  downloads.append(list);
  if (chart === 'drawn') downloads.append(make('p', words.chartNote, 'muted'));
  if (chart === 'failed') downloads.append(make('p', words.chartFailed, 'chart-failed'));
  out.append(downloads);

  const table = make('table', undefined, 'totals');
  const tr = make('tr');
  tr.append(make('th', view.columns.indicator), make('th', view.columns.total), make('th', view.columns.units));
  table.append(make('thead'));
  table.tHead!.append(tr);
  const body = make('tbody');
  for (const t of view.totals) {
    const row = make('tr');
    row.dataset.indicator = t.label;
    const label = make('td', t.label);
    if (t.measure) label.append(make('span', ` (${t.measure})`, 'muted'));
    row.append(label, make('td', t.value, 'num'), make('td', t.units, t.everyUnit ? 'num' : 'num short'));
    body.append(row);
  }
  table.append(body);
  out.append(table);

  const facts = make('section', undefined, 'facts');
  facts.append(make('p', view.reported, 'reported'));
  if (view.missing) facts.append(make('p', view.missing, 'missing'));
  for (const line of view.notCounted) facts.append(make('p', line, 'not-counted'));
  if (view.classes.lines.length > 0) {
    facts.append(make('h3', view.classes.heading));
    const ul = make('ul', undefined, 'classes');
    for (const l of view.classes.lines) ul.append(make('li', l));
    facts.append(ul);
  }
  facts.append(make('p', view.config, 'muted'));
  if (view.leftOut.length > 0) {
    facts.append(make('h3', words.leftOut));
    const ul = make('ul');
    for (const l of view.leftOut) ul.append(make('li', l));
    facts.append(ul);
  }
  out.append(facts);

  if (view.files.length > 0 || view.notes.length > 0) {
    const problems = make('section', undefined, 'problems');
    problems.append(make('h3', words.findings));
    for (const f of view.files) {
      const details = make('details', undefined, 'file');
      details.open = f.errors > 0;
      details.append(make('summary', `${f.path} · ${f.summary}`));
      details.append(findingsTable(f.findings, f.path));
      if (f.more) details.append(make('p', f.more, 'muted'));
      problems.append(details);
    }
    for (const note of view.notes) problems.append(make('p', note, 'muted'));
    out.append(problems);
  }
  if (view.skipped.length > 0) {
    const details = make('details', undefined, 'skipped');
    details.append(make('summary', view.skippedHeading));
    const ul = make('ul');
    for (const s of view.skipped) ul.append(make('li', `${s.path} — ${s.why}`));
    details.append(ul);
    if (view.skippedMore) details.append(make('p', view.skippedMore, 'muted'));
    out.append(details);
  }
  out.append(make('p', view.summary, view.errors > 0 ? 'verdict bad' : 'verdict ok'));
  head.focus();
}

// ---- files from pickers and drops ----

/** Files from a picker: a folder's keep their place under it (`webkitRelativePath`). */
function given(list: FileList | null): { files: GivenFile[]; root: string } {
  const files = [...(list ?? [])];
  const relative = files.map((f) => f.webkitRelativePath || f.name);
  const first = relative[0]?.split('/')[0] ?? '';
  const folder = files.length > 0 && relative.every((r) => r.includes('/') && r.split('/')[0] === first);
  const root = folder ? `/${first}` : '/';
  return { root, files: unique(files.map((file, i) => ({ path: `/${relative[i]}`, file }))) };
}

/** Two files of one name dropped from different places: the second is named with (2), as a download would be. */
function unique(files: GivenFile[]): GivenFile[] {
  const seen = new Set<string>();
  return files.map((f) => {
    let path = f.path;
    for (let n = 2; seen.has(path); n++) path = f.path.replace(/(\.[^./]*)?$/, ` (${n})$1`);
    seen.add(path);
    return path === f.path ? f : { ...f, path };
  });
}

/** What was dropped, folders walked: one folder dropped is the folder; anything else lies in no folder. */
async function dropped(data: DataTransfer): Promise<{ files: GivenFile[]; root: string }> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return given(data.files);
  const files: GivenFile[] = [];
  const walk = async (entry: FileSystemEntry, path: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      files.push({ path, file });
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const e of batch) await walk(e, `${path}/${e.name}`);
    }
  };
  for (const e of entries) await walk(e, `/${e.name}`);
  const root = entries.length === 1 && entries[0]!.isDirectory ? `/${entries[0]!.name}` : '/';
  return { root, files: unique(files) };
}

function dropZone(id: string, onFiles: (g: { files: GivenFile[]; root: string }) => void): void {
  const zone = $(id);
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer) void dropped(e.dataTransfer).then(onFiles);
  });
}

/** A settings file's picker: its name shown once chosen, and a button to choose none again. */
function settingsFile(kind: 'roster' | 'config', set: (f: GivenFile | undefined) => void): void {
  const input = $<HTMLInputElement>(`add-${kind}`);
  const name = $(`add-${kind}-name`);
  const clear = $<HTMLButtonElement>(`add-${kind}-clear`);
  const show = (f: File | undefined) => {
    set(f ? { path: `/${f.name}`, file: f } : undefined);
    if (f) {
      delete name.dataset.w;
      name.textContent = f.name;
    } else {
      name.dataset.w = 'noneChosen';
      name.textContent = words.noneChosen;
    }
    clear.hidden = !f;
  };
  input.addEventListener('change', () => show(input.files?.[0]));
  clear.addEventListener('click', () => {
    input.value = '';
    show(undefined);
    input.focus();
  });
}

// ---- words, tabs, language ----

function applyWords(): void {
  words = PAGE_WORDS[lang];
  document.documentElement.lang = lang;
  document.title = `cnscd — ${words.title}`;
  for (const e of document.querySelectorAll<HTMLElement>('[data-w]')) {
    const value = (words as unknown as Record<string, unknown>)[e.dataset.w!];
    if (typeof value === 'string') e.textContent = value;
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  if (addFiles.length > 0) chooseFolder(addFiles, addRoot);
}

function selectTab(panel: Panel): void {
  for (const p of ['check', 'add'] as const) {
    const tab = $(`tab-${p}`);
    tab.setAttribute('aria-selected', String(p === panel));
    tab.tabIndex = p === panel ? 0 : -1;
    $(`panel-${p}`).hidden = p !== panel;
  }
}

function wire(): void {
  applyWords();
  selectTab('check');
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    b.addEventListener('click', () => {
      lang = b.dataset.lang === 'en' ? 'en' : 'vi';
      applyWords();
      // What is shown is said again in the new language.
      if (current && document.body.dataset.busy !== 'true') current.rerun();
    });
  }
  const tabs = ['check', 'add'] as const;
  for (const p of tabs) {
    const tab = $(`tab-${p}`);
    tab.addEventListener('click', () => selectTab(p));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const other = p === 'check' ? 'add' : 'check';
      selectTab(other);
      $(`tab-${other}`).focus();
    });
  }
  const checkInput = $<HTMLInputElement>('check-files');
  checkInput.addEventListener('change', () => {
    startCheck(given(checkInput.files).files);
    checkInput.value = '';
  });
  dropZone('drop-check', (g) => startCheck(g.files));
  const folder = $<HTMLInputElement>('add-folder');
  folder.addEventListener('change', () => {
    const g = given(folder.files);
    chooseFolder(g.files, g.root);
  });
  const many = $<HTMLInputElement>('add-files');
  many.addEventListener('change', () => {
    const g = given(many.files);
    chooseFolder(g.files, '/');
  });
  dropZone('drop-add', (g) => chooseFolder(g.files, g.root));
  settingsFile('roster', (f) => {
    rosterFile = f;
  });
  settingsFile('config', (f) => {
    configFile = f;
  });
  $('add-start').addEventListener('click', startAdd);
  ready.catch((error: unknown) => failed('check', String(error)));
}

if (typeof DecompressionStream === 'undefined') {
  document.getElementById('old-browser')!.hidden = false;
} else wire();
