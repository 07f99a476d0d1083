/**
 * "1234/3321" on standard error while many files are read, when it is a terminal (never in a pipe, a file or CI's
 * log), rewritten in place at most every 100 ms, and wiped once all are read so that what follows starts clean.
 */
export function progressLine(total: number, stream: NodeJS.WriteStream = process.stderr): ((done: number) => void) | undefined {
  if (!stream.isTTY || total < 2) return undefined;
  let last = 0;
  return (done) => {
    const now = Date.now();
    if (done >= total) stream.write('\r\x1b[K');
    else if (done === 0 || now - last >= 100) {
      last = now;
      stream.write(`\r${done}/${total}`);
    }
  };
}
