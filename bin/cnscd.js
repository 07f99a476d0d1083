#!/usr/bin/env node
import module from 'node:module';

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
