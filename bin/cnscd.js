#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import module from 'node:module';

// `cnscd --help`, `cnscd COMMAND --help` (and `--version`) answer from texts commander rendered at build time
// (dist/help-cache.json), without loading anything else. On a terminal that is not 80 columns wide, or when the
// cache is missing, commander renders them as usual.
function fromCache(argv) {
  if (process.env.CNSCD_NO_HELP_CACHE) return false;
  if (process.stdout.isTTY && process.stdout.columns && process.stdout.columns !== 80) return false;
  let lang = process.env.CNSCD_LANG === 'en' ? 'en' : 'vi';
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && i + 1 < argv.length) lang = argv[++i];
    else if (argv[i].startsWith('--lang=')) lang = argv[i].slice(7);
    else rest.push(argv[i]);
  }
  if (lang !== 'vi' && lang !== 'en') return false;
  const help = (a) => a === '--help' || a === '-h';
  let key = null;
  if (rest.length === 0 || (rest.length === 1 && (help(rest[0]) || rest[0] === 'help'))) key = '';
  else if (rest.length === 2 && help(rest[1]) && !rest[0].startsWith('-')) key = rest[0];
  else if (rest.length === 2 && rest[0] === 'help') key = rest[1];
  else if (rest.length === 1 && (rest[0] === '--version' || rest[0] === '-V')) {
    process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
    return true;
  }
  if (key === null) return false;
  try {
    const text = JSON.parse(readFileSync(new URL('../dist/help-cache.json', import.meta.url), 'utf8'))[`${lang}|${key}`];
    if (typeof text !== 'string') return false;
    process.stdout.write(text);
    return true;
  } catch {
    return false;
  }
}

// A reader that stops early (`cnscd aggregate … | head`) closes the pipe: what is left to print is dropped, the
// command still finishes (its outputs are written whole) and keeps its exit code — no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

if (!fromCache(process.argv.slice(2))) {
  // Node 22+ keeps compiled code between runs (a faster start); Node 20 has no such cache and goes on as before.
  module.enableCompileCache?.();
  const { main } = await import('../dist/cli/main.js');
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // main() turns every expected problem into a message and an exit code; this is the last guard.
      process.stderr.write(`cnscd: lỗi nội bộ / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
