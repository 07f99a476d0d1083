// Writes the list of mutants left alive into docs/reliability.md (between its "survivors" markers), each line of
// code with its mutants and the reason, from docs/mutation/reasons.json ("file:line" → why it cannot change
// behaviour, or why it is acceptable). Exits 1, naming them, when a surviving line has no reason.
// Usage: node test/mutation/survivors.mjs [docs/mutation/mutation.json]
import { readFileSync, writeFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'docs/mutation/mutation.json', 'utf8'));
const reasons = JSON.parse(readFileSync('docs/mutation/reasons.json', 'utf8'));
const byLine = new Map();
for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
  for (const m of mutants) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    const key = `${file.replace(/^src\//, '')}:${m.location.start.line}`;
    const list = byLine.get(key) ?? [];
    list.push(m);
    byLine.set(key, list);
  }
}
const keys = [...byLine.keys()].sort((a, b) => {
  const [fa, la] = a.split(':');
  const [fb, lb] = b.split(':');
  return fa < fb ? -1 : fa > fb ? 1 : Number(la) - Number(lb);
});
const missing = keys.filter((k) => !reasons[k]);
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const rows = keys.map((k) => {
  const ms = byLine.get(k);
  const what = ms
    .map((m) => `${m.mutatorName}${m.status === 'NoCoverage' ? ' (not covered)' : ''}: \`${cell((m.replacement ?? '').slice(0, 60))}\``)
    .join('; ');
  return `| \`${k}\` | ${ms.length} | ${what} | ${cell(reasons[k] ?? '**no reason yet**')} |`;
});
const table = ['| where | mutants | what was changed | why it is left |', '| --- | ---: | --- | --- |', ...rows].join('\n');
const path = 'docs/reliability.md';
const doc = readFileSync(path, 'utf8');
const start = '<!-- survivors: made by test/mutation/survivors.mjs -->';
const end = '<!-- /survivors -->';
const i = doc.indexOf(start);
const j = doc.indexOf(end);
if (i < 0 || j < 0) throw new Error(`${path} has no survivors markers`);
writeFileSync(path, `${doc.slice(0, i + start.length)}\n${table}\n${doc.slice(j)}`);
const unused = Object.keys(reasons).filter((k) => !byLine.has(k));
console.log(
  `${keys.length} lines, ${[...byLine.values()].flat().length} mutants; ${missing.length} without a reason; ${unused.length} reasons for lines with no survivor`,
);
if (missing.length) {
  console.log(missing.join('\n'));
  process.exitCode = 1;
}
