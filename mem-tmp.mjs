import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const [mod, dir] = process.argv.slice(2);
const { unzipBounded } = await import(`./${mod}/read/zip-bounds.js`);
const want = (n) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(n);
let peak = 0; let i = 0; const dec = new TextDecoder(); let keep = 0;
for (const n of readdirSync(dir)) {
  if (!n.endsWith('.xlsx')) continue;
  const z = unzipBounded(readFileSync(join(dir, n)), 1e9, want);
  for (const v of z.files.values()) keep += dec.decode(v).length;
  if (++i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const m = process.memoryUsage();
console.log(mod, 'peak rss', (peak / 1e6).toFixed(0), 'MB; end rss', (m.rss / 1e6).toFixed(0), 'external', (m.external / 1e6).toFixed(0), 'arrayBuffers', (m.arrayBuffers / 1e6).toFixed(0), 'heap', (m.heapUsed / 1e6).toFixed(0), process.resourceUsage().maxRSS / 1000 | 0);
