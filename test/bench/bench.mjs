// `npm run bench`: cnscd against the floor of the job, whole process, as a user runs it.
//   node test/bench/bench.mjs [--files 300,3321,10000] [--xlsx 0.7] [--writer plain|excel|exceljs] [--csv ENCODING] [--roster N] [--runs N]
//   node test/bench/bench.mjs --corpus DIR [--runs N]
// For each corpus size: generates (or reuses) a corpus of commune submissions with known sums — or takes a folder
// of submissions written some other way (`--corpus`: another program's, another library's) — then times
//   floor     — a process that reads every file's bytes and inflates every xlsx part (fflate), nothing else;
//   validate  — `cnscd validate DIR --json`;
//   aggregate — `cnscd aggregate DIR --out OUT` (report, workbook and JSON written);
//   aggregate, roster — with `--roster N`: the same with a roster of N units (a ministry's run has the country's, 10,321
//               communes before 2025), the corpus's units and others that send nothing;
// and prints wall time, files per second, peak RSS, the ratio to the floor, and whether the totals are right.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unitName, writeCorpus, writeCorpusByExceljs } from './corpus.mjs';
import { benchWebPage } from './web.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'cnscd.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('files', '3321').split(',').map(Number);
const share = Number(arg('xlsx', '0.7'));
// Who writes the workbooks (test/bench/corpus.mjs): `plain` (only the parts the form needs: workbook, sheets, shared
// strings; no styles, theme or document properties, which every spreadsheet program and library writes), `excel`
// (those parts too, as Excel writes them, with its line ends) or `exceljs` (a library's files).
const writer = arg('writer', 'plain');
if (!['plain', 'excel', 'exceljs'].includes(writer)) throw new Error(`--writer ${writer}: plain, excel or exceljs`);
// The CSV files' encoding: UTF-8 with a BOM as generated, or a legacy one that Vietnamese offices still save in
// (windows-1258, tcvn3, vni), which the tool has to detect by decoding each file every way.
const csvEncoding = arg('csv', 'utf-8');
if (!['utf-8', 'windows-1258', 'tcvn3', 'vni'].includes(csvEncoding)) throw new Error(`--csv ${csvEncoding}: utf-8, windows-1258, tcvn3 or vni`);
// A folder given as it is (written by some other program): timed as it stands; its totals are checked against the
// sums in DIR.json ({"sums": {code: sum}}) when there is one.
const given = arg('corpus', undefined);
// With --roster N: the aggregate is timed again with a roster of N units (the country's was 10,321 communes).
const rosterUnits = Number(arg('roster', '0'));
// The number of threads the tool does not take by default here (src/node/pool.ts: one on two cores or fewer).
const otherThreads = availableParallelism() <= 2 ? '2' : '1';

const work = mkdtempSync(join(tmpdir(), 'cnscd-bench-run-'));
const rssHook = join(work, 'rss.mjs');
writeFileSync(
  rssHook,
  `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.CNSCD_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n`,
);
const floorScript = join(work, 'floor.mjs');
writeFileSync(
  floorScript,
  `import { readdirSync, readFileSync } from 'node:fs';\nimport { join } from 'node:path';\nimport { unzipSync } from ${JSON.stringify(join(root, 'node_modules', 'fflate', 'esm', 'index.mjs'))};\n` +
    `const [dir, part = '0', parts = '1'] = process.argv.slice(2);\n` +
    `readdirSync(dir).forEach((n, i) => { if (i % +parts !== +part) return; const b = readFileSync(join(dir, n)); if (/\\.xls[xm]$/i.test(n)) unzipSync(b); });\n`,
);

/**
 * A roster as a province or ministry keeps it (CSV from Excel: BOM, `;`): the corpus's `n` units, each with its code,
 * then units that sent nothing, `total` in all.
 */
function writeRoster(n, total) {
  const file = join(work, `don-vi-${n}-${total}.csv`);
  const lines = ['Mã;Tên;Loại;Cấp trên'];
  for (let i = 0; i < total; i++) lines.push(`${10000 + i};${i < n ? unitName(i) : `Xã Chưa Gửi ${i - n + 1}`};xã;Tỉnh ${(i % 34) + 1}`);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

/** Run a whole process; its wall time and peak RSS. */
function timed(args, env = {}) {
  const rss = join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssHook, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, CNSCD_BENCH_RSS: rss, NO_COLOR: '1', ...env },
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peakMb = existsSync(rss) ? Number(readFileSync(rss, 'utf8')) / 1024 : NaN;
  return { seconds, peakMb, code: r.status, stderr: r.stderr?.toString() ?? '' };
}

/** Two processes at once; the wall time until both have ended. */
async function timedTogether(a, b) {
  const start = process.hrtime.bigint();
  await Promise.all([a, b].map((args) => new Promise((resolve) => spawn(process.execPath, args, { stdio: 'ignore' }).on('exit', resolve))));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The best of `n` runs (less noise from the machine). */
function best(n, args, env = {}) {
  let b;
  for (let i = 0; i < n; i++) {
    const r = timed(args, env);
    if (!b || r.seconds < b.seconds) b = r;
  }
  return b;
}

/** The best of `n` runs of each of several steps, the steps run in turn (a, b, c, a, b, c…). */
function bestInTurns(n, steps) {
  const bests = steps.map(() => undefined);
  for (let i = 0; i < n; i++) {
    steps.forEach(([args, env = {}], k) => {
      const r = timed(args, env);
      if (!bests[k] || r.seconds < bests[k].seconds) bests[k] = r;
    });
  }
  return bests;
}

/** The corpus's CSV files saved again in a legacy encoding, by the tool's own encoder (the build's). */
async function encodeCsvFiles(dir, encoding) {
  const { encodeAs } = await import(pathToFileURL(join(root, 'dist', 'read', 'encoding', 'decode.js')).href);
  for (const n of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
    const text = readFileSync(join(dir, n), 'utf8').replace(/^\uFEFF/, '');
    writeFileSync(join(dir, n), encodeAs(text, encoding));
  }
}

/**
 * A folder of submissions written elsewhere: how many workbooks and text files (the kinds `cnscd` reads), and the
 * sums if DIR.json gives them.
 */
function givenCorpus(dir) {
  const names = readdirSync(dir);
  const xlsxFiles = names.filter((n) => /\.xls[xm]$/i.test(n)).length;
  const csvFiles = names.filter((n) => /\.(csv|tsv|txt)$/i.test(n)).length;
  const marker = `${dir.replace(/[\\/]+$/, '')}.json`;
  const sums = existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')).sums : undefined;
  return { n: xlsxFiles + csvFiles, xlsxFiles, csvFiles, ...(sums ? { sums } : {}) };
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`cnscd benchmark — Node ${process.version}, ${availableParallelism()} cores (${cpu})${given ? `; corpus ${resolve(given)}` : ''}\n`);
console.log('| files | xlsx / csv | step | wall s | files/s | peak RSS MB | × floor | totals |');
console.log('| ---: | :---: | --- | ---: | ---: | ---: | ---: | :---: |');
const results = [];
for (const size of given ? [undefined] : sizes) {
  let corpus;
  let dir;
  if (given) {
    dir = resolve(given);
    corpus = givenCorpus(dir);
  } else {
    const name = `cnscd-bench-corpus-${size}-${share}${writer === 'plain' ? '' : `-${writer}`}${csvEncoding === 'utf-8' ? '' : `-csv-${csvEncoding}`}`;
    dir = join(tmpdir(), name);
    const marker = join(dir, '..', `${name}.json`);
    if (existsSync(marker) && existsSync(dir)) corpus = JSON.parse(readFileSync(marker, 'utf8'));
    else {
      rmSync(dir, { recursive: true, force: true });
      corpus = writer === 'exceljs' ? await writeCorpusByExceljs(dir, size, share) : writeCorpus(dir, size, share, writer === 'excel');
      if (csvEncoding !== 'utf-8') await encodeCsvFiles(dir, csvEncoding);
      writeFileSync(marker, JSON.stringify(corpus));
    }
  }
  const n = size ?? corpus.n;
  // Best of 3 (1 at 10,000 files) unless --runs asks for more: on a noisy machine more runs give steadier bests.
  const runs = Number(arg('runs', '0')) || (n >= 10000 ? 1 : 3);
  // One untimed pass first, so that no step pays for reading the files from disk: a corpus just written, or one
  // left in the temp folder since the last run, may not be in the page cache, and the first step timed (the floor,
  // run once at 10,000 files) would then measure the disk.
  timed([floorScript, dir]);
  const out = join(work, `out-${n}`);
  // The steps take turns, run after run, so that a minute when the machine is slow falls on all of them alike
  // rather than on whichever step it happened to be running (this VM's speed drifts by 10–20 % from one minute to
  // the next); each step's best run counts.
  const withOther = n >= 400 && n < 10000;
  const roster = rosterUnits > 0 && !given ? writeRoster(n, Math.max(rosterUnits, n)) : undefined;
  const [floor, validate, aggregate, ...more] = bestInTurns(runs, [
    [[floorScript, dir]],
    [[bin, 'validate', dir, '--json']],
    [[bin, 'aggregate', dir, '--out', out]],
    // From 400 files (below that it reads on one thread whatever the machine), the same on the other number of
    // threads: two where the tool takes one by default (two cores or fewer, src/node/pool.ts), else one — what a
    // worker thread brings on this machine.
    ...(withOther ? [[[bin, 'aggregate', dir, '--out', `${out}-1`], { CNSCD_THREADS: otherThreads }]] : []),
    ...(roster ? [[[bin, 'aggregate', dir, '--roster', roster, '--out', `${out}-r`]]] : []),
  ]);
  const otherRun = withOther ? more.shift() : undefined;
  const rosterRun = roster ? more.shift() : undefined;
  const rightIn = (folder) => {
    const json = JSON.parse(readFileSync(join(folder, 'tong-hop.json'), 'utf8'));
    return Object.entries(corpus.sums).every(([code, sum]) => json.totals[code]?.value === sum && json.totals[code]?.reported === n);
  };
  // No sums known (a folder given without DIR.json): the totals are not judged.
  const right = corpus.sums ? rightIn(out) && (!otherRun || rightIn(`${out}-1`)) && (!rosterRun || rightIn(`${out}-r`)) : undefined;
  const steps = [
    ['floor', floor],
    ['validate', validate],
    ['aggregate', aggregate],
    ...(otherRun ? [[`aggregate, ${otherThreads} thread${otherThreads === '1' ? '' : 's'}`, otherRun]] : []),
    ...(rosterRun ? [[`aggregate, roster of ${Math.max(rosterUnits, n)} units`, rosterRun]] : []),
  ];
  for (const [step, r] of steps) {
    console.log(
      `| ${n} | ${corpus.xlsxFiles} / ${corpus.csvFiles} | ${step} | ${r.seconds.toFixed(2)} | ${Math.round(n / r.seconds)} | ${Math.round(r.peakMb)} | ${(r.seconds / floor.seconds).toFixed(1)} | ${step.startsWith('aggregate') ? (right === undefined ? 'not known' : right ? 'right' : 'WRONG') : ''} |`,
    );
  }
  // What two cores give here on work like this (reading and inflating): the floor as two processes, half the files each.
  let pair = Infinity;
  for (let i = 0; i < runs; i++) pair = Math.min(pair, await timedTogether([floorScript, dir, '0', '2'], [floorScript, dir, '1', '2']));
  results.push({ n, dir, floor: floor.seconds, pair, aggregate: aggregate.seconds, right });
}
console.log('\nTwo cores on this machine: the floor as two processes at once, half the files each:');
for (const r of results)
  console.log(`  ${r.n} files: ${r.pair.toFixed(2)} s against ${r.floor.toFixed(2)} s for one process (${(r.floor / r.pair).toFixed(2)}× the throughput)`);
if (results.length > 1) {
  console.log('\nGrowth of aggregate time per file, from each size to the next:');
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1];
    const b = results[i];
    console.log(`  ${a.n} → ${b.n} files: ${(b.aggregate / b.n / (a.aggregate / a.n)).toFixed(2)}× per file`);
  }
}
// The other formats a district sends (issue 26), against the .xlsx of the same content: 300 copies of each,
// `validate --json` over the folder. A Word report or an .xls should cost at most twice its .xlsx.
const FORMAT_COPIES = 300;
const formats = [
  ['xlsx', join(root, 'fixtures', 'hai-duong-2023', 'Tu Ky.xlsx')],
  ['xls', join(root, 'fixtures', 'legacy', 'tu-ky.xls')],
  ['ods', join(root, 'fixtures', 'legacy', 'tu-ky.ods')],
  ['xlsx (Kinh Môn)', join(root, 'fixtures', 'hai-duong-2023', 'kinh-mon.xlsx')],
  ['docx (Kinh Môn)', join(root, 'fixtures', 'word', 'kinh-mon-tcvn3.docx')],
];
const folders = formats.map(([label, file]) => {
  const dir = join(work, `format-${label.replace(/\W+/g, '-')}`);
  mkdirSync(dir);
  const ext = file.slice(file.lastIndexOf('.'));
  for (let i = 0; i < FORMAT_COPIES; i++) copyFileSync(file, join(dir, `${i}${ext}`));
  timed([floorScript, dir]);
  return dir;
});
const formatRuns = bestInTurns(
  Number(arg('runs', '0')) || 3,
  folders.map((dir) => [[bin, 'validate', dir, '--json']]),
);
console.log(`\nThe same report in other formats, ${FORMAT_COPIES} copies each (validate --json):`);
console.log('| format | wall s | ms per file | × its .xlsx |');
console.log('| --- | ---: | ---: | ---: |');
formats.forEach(([label], i) => {
  const base = formatRuns[label.includes('Kinh Môn') ? 3 : 0].seconds;
  const r = formatRuns[i];
  console.log(`| ${label} | ${r.seconds.toFixed(2)} | ${((r.seconds / FORMAT_COPIES) * 1000).toFixed(2)} | ${(r.seconds / base).toFixed(2)} |`);
});

const help = best(5, [bin, '--help']);
const one = best(5, [bin, 'validate', join(root, 'fixtures', 'tu-ky-6-thang-2023.xlsx')]);
const bare = best(5, ['-e', '']);
console.log(
  `\ncnscd --help: ${(help.seconds * 1000).toFixed(0)} ms; cnscd validate (one form): ${(one.seconds * 1000).toFixed(0)} ms; node -e "" alone: ${(bare.seconds * 1000).toFixed(0)} ms`,
);
// The web page: one form checked in the page (at most 300 ms), the largest folder added up in the page (at most twice
// the command line's time; the folder is given to the page whole, sub-folders read, as `aggregate --recursive`).
const largest = results.at(-1);
const web = largest && (await benchWebPage(root, join(root, 'fixtures', 'tu-ky-6-thang-2023.xlsx'), largest.dir, Math.min(3, Number(arg('runs', '0')) || 2)));
if (!web) console.log('\nThe web page: not timed (no Chromium, Chrome or Edge on this machine).');
else {
  console.log('\nThe web page (dist/web/cnscd.html in Chromium, opened from the disk):');
  console.log(`  opened, its worker ready: ${web.loadMs.toFixed(0)} ms`);
  console.log(`  one form checked: ${web.validateMs.toFixed(0)} ms (target: at most 300 ms)`);
  console.log(
    `  ${largest.n} files added up: ${web.addSeconds.toFixed(2)} s against ${largest.aggregate.toFixed(2)} s for cnscd aggregate (${(web.addSeconds / largest.aggregate).toFixed(2)}×; target: at most 2×)`,
  );
}
rmSync(work, { recursive: true, force: true });
if (results.some((r) => !r.right)) process.exitCode = 1;
