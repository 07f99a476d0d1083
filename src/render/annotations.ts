import type { Finding } from '../model/finding.js';
import type { Lang } from '../model/lang.js';
import { messageOf } from '../i18n/messages.js';

/** GitHub's escaping: data loses %, CR and LF; properties also lose `:` and `,`. */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Findings as GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), one per line. A CSV finding
 * points at its line and column; a workbook finding names its sheet and cell in the message, since a workbook has
 * no lines GitHub could show.
 */
export function githubAnnotations(findings: Finding[], lang: Lang, path: (file: string) => string = (f) => f): string {
  return findings
    .map((f) => {
      const l = f.location;
      const props = [`file=${property(path(f.file))}`];
      if (l?.line !== undefined) props.push(`line=${l.line}`);
      if (l?.column !== undefined) props.push(`col=${l.column}`);
      props.push(`title=${property(`cnscd ${f.code}`)}`);
      const where = l && l.line === undefined && (l.sheet || l.cell) ? `${[l.sheet, l.cell].filter(Boolean).join('!')}: ` : '';
      return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(where + messageOf(f, lang))}\n`;
    })
    .join('');
}
