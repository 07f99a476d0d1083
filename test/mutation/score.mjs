// Scores Stryker's raw report the strict way: a mutant no test covers counts as a survivor.
// Usage: node test/mutation/score.mjs [docs/mutation/mutation.json] [--survivors]
// Prints a Markdown table (score per file, overall), and with --survivors every mutant left alive.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--')) ?? 'docs/mutation/mutation.json';
const report = JSON.parse(readFileSync(path, 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const rows = [];
let detected = 0;
let undetected = 0;
const survivors = [];
for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
  let d = 0;
  let u = 0;
  const other = {};
  for (const m of mutants) {
    if (DETECTED.has(m.status)) d++;
    else if (UNDETECTED.has(m.status)) {
      u++;
      survivors.push({ file, m });
    } else other[m.status] = (other[m.status] ?? 0) + 1;
  }
  detected += d;
  undetected += u;
  rows.push({ file, d, u, other });
}
const pct = (d, u) => (d + u === 0 ? '—' : `${((100 * d) / (d + u)).toFixed(1)} %`);
console.log('| file | mutants | killed or timed out | survived or not covered | score |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(`| \`${r.file}\` | ${r.d + r.u} | ${r.d} | ${r.u} | ${pct(r.d, r.u)} |${Object.keys(r.other).length ? ` ${JSON.stringify(r.other)}` : ''}`);
console.log(`| **all** | ${detected + undetected} | ${detected} | ${undetected} | **${pct(detected, undetected)}** |`);
if (args.includes('--survivors')) {
  console.log('');
  for (const { file, m } of survivors) {
    const at = `${file}:${m.location.start.line}:${m.location.start.column}`;
    console.log(
      `- ${m.status === 'NoCoverage' ? 'not covered' : 'survived'} \`${at}\` ${m.mutatorName}: \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100)}\``,
    );
  }
}
const low = rows.filter((r) => r.d + r.u > 0 && (100 * r.d) / (r.d + r.u) < 80);
process.exitCode = (100 * detected) / (detected + undetected) >= 85 && low.length === 0 ? 0 : 1;
