// `npm run build`, last step: the web page (dist/web/cnscd.html, issue 27), one file that works offline.
// - The worker (src/web/page/worker.ts: the engine, the built-in indicator set and wording as the build checked
//   them) is bundled with esbuild, gzipped and put into the page as base64; the page inflates it with the browser's
//   DecompressionStream and starts it from a blob URL.
// - The page's script (src/web/page/main.ts) and style are inlined; the Content-Security-Policy allows those two by
//   their hashes, a worker from a blob, pictures from blobs (the chart), and nothing else: no request can leave.
// - `Buffer` is the `buffer` package's (iconv-lite and a few readers use it; a browser has none).
// The engine alone is bundled too (dist/web/cnscd-engine.mjs, left out of the package), for test/web/engine.test.ts to run it without Node's
// Buffer.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(dist, '..');
const pageSrc = join(root, 'src', 'web', 'page');
const out = join(dist, 'web');
mkdirSync(out, { recursive: true });
const shim = join(out, 'buffer-shim.mjs');
writeFileSync(shim, "import { Buffer } from 'buffer';\nexport { Buffer };\n");

const checked = JSON.parse(readFileSync(join(dist, 'templates-checked.json'), 'utf8')) as { templates: Record<string, { data: unknown }> };
/** `cnscd:built-in`: the indicator set and wording that ship with the tool, as the build checked them. */
const builtIn: Plugin = {
  name: 'cnscd-built-in',
  setup(b) {
    b.onResolve({ filter: /^cnscd:built-in$/ }, () => ({ path: 'built-in', namespace: 'cnscd' }));
    b.onLoad({ filter: /.*/, namespace: 'cnscd' }, () => ({
      contents: JSON.stringify({ schema: checked.templates['schemas/cnscd-2023.json']!.data, wording: checked.templates['bao-cao/bao-cao.json']!.data }),
      loader: 'json',
    }));
  },
};

const common: BuildOptions = {
  bundle: true,
  platform: 'browser',
  target: ['es2022', 'chrome110', 'firefox115', 'edge110'],
  minify: true,
  inject: [shim],
  logLevel: 'warning',
  // The bundled libraries' licence notices are kept, at the end of the file.
  legalComments: 'eof',
  write: false,
};

const text = async (options: BuildOptions) => (await build({ ...common, ...options })).outputFiles![0]!.text;

try {
  // The engine alone, as a module (tests).
  const entry = join(out, 'entry.mjs');
  writeFileSync(
    entry,
    `export { validateBytes, validationJsonText } from ${JSON.stringify(join(dist, 'web', 'engine.js'))};\n` +
      `export { schema as BUILT_IN_SCHEMA } from 'cnscd:built-in';\n`,
  );
  writeFileSync(join(out, 'cnscd-engine.mjs'), await text({ entryPoints: [entry], format: 'esm', plugins: [builtIn], outfile: 'engine.mjs' }));
  rmSync(entry);

  // The page.
  const worker = await text({ entryPoints: [join(pageSrc, 'worker.ts')], format: 'iife', plugins: [builtIn], outfile: 'worker.js' });
  const packed = gzipSync(worker, { level: 9 }).toString('base64');
  const script = await text({
    entryPoints: [join(pageSrc, 'main.ts')],
    format: 'iife',
    define: { WORKER_GZ_BASE64: JSON.stringify(packed) },
    outfile: 'main.js',
  });
  const style = readFileSync(join(pageSrc, 'page.css'), 'utf8');
  const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  // Inline code must not close its element early.
  if (/<\/script/i.test(script) || /<\/style/i.test(style)) throw new Error('the page script or style holds a closing tag');
  const csp = [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(style)}`,
    'img-src blob:',
    'worker-src blob:',
    "connect-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "manifest-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const template = readFileSync(join(pageSrc, 'page.html'), 'utf8');
  const html = template
    .replace('%CSP%', () => csp)
    .replace('%VERSION%', () => version)
    .replace('%STYLE%', () => style)
    .replace('%SCRIPT%', () => script);
  writeFileSync(join(out, 'cnscd.html'), html);
} finally {
  rmSync(shim);
}
