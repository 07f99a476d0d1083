// One thread or more? `cnscd aggregate DIR` as whole processes, with CNSCD_THREADS=1 and =N in turn, pair after
// pair, so that a slow minute of a noisy machine falls on both alike; prints each side's median and best, and in how
// many pairs the threads won. Run after a build (`npm run build`), on a folder of 400 files or more:
//   node test/bench/threads.mjs DIR [--pairs 16] [--threads 2]
// It is how the default number of threads on two cores was chosen (src/node/pool.ts, docs/performance-history.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'cnscd.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = process.argv[2];
if (!dir || dir.startsWith('--')) {
  console.error('usage: node test/bench/threads.mjs DIR [--pairs 16] [--threads 2]');
  process.exit(2);
}
const pairs = Number(arg('pairs', '16'));
const threads = arg('threads', '2');
const out = mkdtempSync(join(tmpdir(), 'cnscd-threads-'));

function run(n) {
  rmSync(out, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'aggregate', dir, '--out', out], { stdio: 'ignore', env: { ...process.env, CNSCD_THREADS: n, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`cnscd aggregate ended with ${r.status ?? r.signal}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

run('1'); // untimed: the files into the page cache
const one = [];
const many = [];
for (let i = 0; i < pairs; i++) {
  one.push(run('1'));
  many.push(run(threads));
}
rmSync(out, { recursive: true, force: true });
const won = one.filter((t, i) => many[i] < t).length;
const diff = median(many.map((t, i) => t - one[i]));
console.log(`${dir}: ${pairs} pairs on ${availableParallelism()} cores`);
console.log(`  1 thread:  median ${median(one).toFixed(2)} s, best ${Math.min(...one).toFixed(2)} s`);
console.log(`  ${threads} threads: median ${median(many).toFixed(2)} s, best ${Math.min(...many).toFixed(2)} s`);
console.log(`  ${threads} threads faster in ${won} of ${pairs} pairs; median difference ${diff >= 0 ? '+' : ''}${diff.toFixed(2)} s`);
