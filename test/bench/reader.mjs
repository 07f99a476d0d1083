// The lean xlsx reader alone, in process: every workbook of a folder read with readXlsx, several passes, each timed.
//   node test/bench/reader.mjs DIR [passes] [dist]
// The first pass shows the reader cold (as a run meets it), the later ones warm. To compare two builds, point `dist`
// at the other build's dist/ folder and run the two in turn.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [dir, passes = '4', dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist')] = process.argv.slice(2);
if (!dir) throw new Error('usage: node test/bench/reader.mjs DIR [passes] [dist]');
const { readXlsx } = await import(pathToFileURL(join(resolve(dist), 'read', 'xlsx.js')).href);
const files = readdirSync(dir)
  .filter((n) => n.endsWith('.xlsx'))
  .map((n) => [join(dir, n), readFileSync(join(dir, n))]);
const times = [];
for (let p = 0; p < Number(passes); p++) {
  const start = performance.now();
  for (const [path, bytes] of files) readXlsx(path, bytes);
  times.push(`${(performance.now() - start).toFixed(0)} ms`);
}
console.log(`${files.length} workbooks, readXlsx, pass by pass: ${times.join(', ')}`);
