// `npm run build`, last step: the web page's engine (src/web/engine.ts, compiled) bundled for the browser with
// esbuild into one module, the built-in indicator set (as the build checked it) inlined beside it, and `Buffer`
// given by the `buffer` package (iconv-lite and a few readers use it; a browser has none).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(dist, 'web');
mkdirSync(out, { recursive: true });
const shim = join(out, 'buffer-shim.mjs');
writeFileSync(shim, "import { Buffer } from 'buffer';\nexport { Buffer };\n");
const entry = join(out, 'entry.mjs');
writeFileSync(
  entry,
  `export { validateBytes, validationJsonText } from ${JSON.stringify(join(dist, 'web', 'engine.js'))};\n` +
    `import checked from ${JSON.stringify(join(dist, 'templates-checked.json'))};\n` +
    `/** The indicator set that ships with the tool, as the build checked it. */\n` +
    `export const BUILT_IN_SCHEMA = checked.templates['schemas/cnscd-2023.json'].data;\n`,
);
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  minify: true,
  inject: [shim],
  outfile: join(out, 'cnscd-engine.mjs'),
  logLevel: 'warning',
  // The bundled libraries' licence notices are kept, at the end of the file.
  legalComments: 'eof',
});
// The two files made for esbuild name this machine's folders: not shipped.
rmSync(shim);
rmSync(entry);
