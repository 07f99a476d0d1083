// What a command prints on standard output, as a list: `--format text|json|github` (`--json` = `--format json`).
// Adding a format is one entry here; each entry's modules load only when it is chosen.
import type { Aggregate } from '../model/aggregate.js';
import { countBySeverity, type FileResult } from '../model/file-result.js';
import type { Lang } from '../model/lang.js';
import type { CliText } from '../i18n/cli-text.js';
import { UsageError } from './usage-error.js';
import type { ReportNotes } from './aggregate.js';
import { NARRATIVE_FILE_NAMES } from '../settings/narrative.js';

/** `BÀI HỌC KINH NGHIỆM` → `Bài học kinh nghiệm`, as a sentence names a part. */
const sentenceCase = (title: string) => {
  const lower = title.toLocaleLowerCase('vi').replace(/\b(dvctt|vneid|ocop|cnscđ)\b/giu, (w) => w.toLocaleUpperCase('vi'));
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
};

/** How the printout is to look where it goes. */
export interface PrintContext {
  lang: Lang;
  t: CliText;
  /** Colours (a terminal that takes them, unless NO_COLOR says no). */
  color: boolean;
  /** Columns to wrap at. */
  width: number;
  /** A file's path as the user's tools place it (GitHub: from the checkout). */
  shown: (path: string) => string;
}

/** What `aggregate` did, to print: the aggregate and the files written (none with --strict and errors). */
export interface AggregatePrint {
  aggregate: Aggregate;
  written: string[];
  /** The clerk's text used for the report, and the parts left out for want of any. */
  report?: ReportNotes;
}

type Printout = Iterable<string | Uint8Array>;

export interface Format {
  validate: (results: FileResult[], c: PrintContext) => Promise<Printout>;
  aggregate: (run: AggregatePrint, c: PrintContext) => Promise<Printout>;
}

const style = async (c: PrintContext) => (await import('../render/style.js')).makeStyle(c.color);

export const FORMATS = {
  text: {
    validate: async (results, c) => [(await import('../render/terminal.js')).validationText(results, { lang: c.lang, style: await style(c), width: c.width })],
    aggregate: async ({ aggregate, written, report }, c) => {
      const s = await style(c);
      const [{ aggregateText }, { sentence }] = await Promise.all([import('../render/aggregate-terminal.js'), import('../render/terminal.js')]);
      const text = aggregateText(aggregate, { lang: c.lang, style: s, width: c.width });
      // What the report was made of: the clerk's text, and the parts left out for want of any (a clerk who expected
      // them learns why, and where to write them).
      const about = report
        ? [
            ...(report.narrative ? sentence(c.t.aggregate.narrativeUsed(c.shown(report.narrative)), c.width).map(s.dim) : []),
            ...(report.leftOut.length > 0
              ? sentence(
                  c.t.aggregate.leftOut(
                    report.leftOut.map(sentenceCase),
                    report.narrative ? c.shown(report.narrative) : NARRATIVE_FILE_NAMES[0]!,
                    !!report.narrative,
                  ),
                  c.width,
                ).map(s.yellow)
              : []),
          ]
        : [];
      const done = written.length > 0 ? c.t.aggregate.written(written.map(c.shown)) : c.t.aggregate.notWritten;
      return [text, ...[...about, ...sentence(done, c.width)].map((l) => `${l}\n`)];
    },
  },
  json: {
    validate: async (results, c) => (await import('../render/json.js')).validationJson(results, c.lang),
    aggregate: async ({ aggregate }, c) => (await import('../render/aggregate-json.js')).aggregateJson(aggregate, c.lang),
  },
  github: {
    validate: async (results, c) => {
      const findings = results.flatMap((r) => r.findings);
      const { errors, warnings } = countBySeverity(findings);
      return [(await import('../render/annotations.js')).githubAnnotations(findings, c.lang, c.shown), `${c.t.ciSummary(results.length, errors, warnings)}\n`];
    },
    aggregate: async ({ aggregate }, c) => {
      const { errors, warnings } = countBySeverity(aggregate.findings);
      return [
        (await import('../render/annotations.js')).githubAnnotations(aggregate.findings, c.lang, c.shown),
        `${c.t.ciSummary(aggregate.files.length, errors, warnings)}\n`,
      ];
    },
  },
} satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;

/** `--format text|json|github`; `--json` is `--format json`. */
export function outputFormat(opts: { json?: boolean; format?: string }, t: CliText): FormatName {
  const f = opts.format ?? (opts.json ? 'json' : 'text');
  if (!Object.hasOwn(FORMATS, f)) throw new UsageError(t.badFormat(f));
  return f as FormatName;
}
