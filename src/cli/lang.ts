import type { Lang } from '../model/lang.js';

/** `--lang en` (or `--lang=en`, or CNSCD_LANG=en) before commander runs, so help and errors use it too. */
export function detectLang(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' && argv[i + 1]) return argv[i + 1] === 'en' ? 'en' : 'vi';
    if (a.startsWith('--lang=')) return a.slice(7) === 'en' ? 'en' : 'vi';
  }
  return process.env.CNSCD_LANG === 'en' ? 'en' : 'vi';
}
