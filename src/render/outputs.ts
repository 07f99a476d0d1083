// The files `cnscd aggregate` writes (and the web page offers), as a list: adding an output is one entry here and one file in render/. Each
// entry's module loads only when a run writes outputs; each output is made just before it is written and let go
// after (one output's bytes held at a time); they are written whole or not at all (node/write-outputs.ts).
import { SETTINGS_TEXT } from '../i18n/settings-text.js';
import { dateParts } from '../model/date.js';
import { SettingsError } from '../model/settings-error.js';
import { ROMAN_NUMERALS, type Narrative } from '../settings/narrative.js';
import type { ReportConfig } from '../settings/report-config.js';
import type { Wording } from '../settings/wording.js';
import type { Lang } from '../model/lang.js';
import type { BarChart } from './chart.js';
import type { ReportContent } from './report/compose.js';
import type { FullSchema } from '../schema/types.js';
import { OUTPUT_NAMES, type Aggregate } from '../model/aggregate.js';

/** An output's bytes: whole, or as pieces (an iterable may make each piece as it is asked for). */
export type OutputBytes = Uint8Array | string | Iterable<Uint8Array>;

/** What every output is made from. */
export interface OutputInput {
  aggregate: Aggregate;
  /** The report in words (render/report/compose.ts). */
  content: ReportContent;
  schema: FullSchema;
  /** The date stamped inside the documents: the report's date, else the end of the period; never the clock. */
  date: Date;
  lang: Lang;
  /** The report's chart, when it has one: the workbook shows the same picture. */
  chart: BarChart | undefined;
}

export interface Output {
  /** The file's name in the output folder. */
  name: string;
  make: (input: OutputInput) => Promise<OutputBytes>;
}

/**
 * In the order they are made: tong-hop.json first, while the chart renders on its own thread; the report and the
 * workbook then find the picture ready. They are listed to the user in `OUTPUT_NAMES`'s order.
 */
export const OUTPUTS: readonly Output[] = [
  { name: OUTPUT_NAMES.json, make: async (i) => (await import('./aggregate-json.js')).aggregateJson(i.aggregate, i.lang) },
  { name: OUTPUT_NAMES.report, make: async (i) => (await import('./docx/report-docx.js')).reportDocx(i.content, i.date) },
  // The clerk's check list, apart from the official report: files, cells, the figures side by side.
  { name: OUTPUT_NAMES.checks, make: async (i) => (await import('./docx/check-list-docx.js')).checkListDocx(i.aggregate, i.date) },
  {
    name: OUTPUT_NAMES.workbook,
    make: async (i) => (await import('./summary-xlsx.js')).summaryWorkbook(i.aggregate, i.schema, i.date, i.lang, i.chart),
  },
];

/** The report's chart, if it has one: the workbook shows the same picture. */
function chartOf(content: ReportContent): BarChart | undefined {
  for (const item of content.body) if (item.kind === 'chart') return item.chart;
  return undefined;
}

/** The date stamped inside the documents: the report's date, else the end of the period; never the clock. */
function documentDate(ngay: string, period: { year: number; lastMonth: number } | null): Date {
  const d = ngay ? dateParts(ngay) : null;
  if (d) return new Date(Date.UTC(d[0], d[1] - 1, d[2], 12));
  if (period) return new Date(Date.UTC(period.year, period.lastMonth, 0, 12));
  return new Date(Date.UTC(2000, 0, 1, 12));
}

/** An output's bytes in one piece (the web page hands each over whole). */
export function wholeBytes(bytes: OutputBytes): Uint8Array {
  if (typeof bytes === 'string') return new TextEncoder().encode(bytes);
  if (bytes instanceof Uint8Array) return bytes;
  const pieces = [...bytes];
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The report put into words, and what every output is made from; the chart starts being drawn at once, off the
 * caller's thread where the painter has one, while the first outputs are made (a failure is met, and reported, where
 * the report awaits the picture). A part of the clerk's text under a heading that names no part of the report would
 * be lost: that throws SettingsError, every such heading listed, and nothing may be written.
 */
export async function prepareOutputs(
  aggregate: Aggregate,
  schema: FullSchema,
  config: ReportConfig,
  wording: Wording,
  options: { chart: boolean; narrative?: Narrative | undefined; lang: Lang },
): Promise<{ content: ReportContent; input: OutputInput }> {
  const [{ composeReport }, { barChartPng }] = await Promise.all([import('./report/compose.js'), import('./chart.js')]);
  const { narrative, lang } = options;
  const content = composeReport(aggregate, config, wording, { chart: options.chart, ...(narrative ? { narrative } : {}) });
  if (content.unplaced.length > 0) {
    const titles = content.titles.map((title, i) => `${ROMAN_NUMERALS[i] ?? i + 1}. ${title}`).join('; ');
    throw new SettingsError(
      narrative!.source,
      content.unplaced.map((u) => SETTINGS_TEXT[lang].narrativeUnplaced(u.line, u.heading, titles)),
    );
  }
  const chart = chartOf(content);
  if (chart) barChartPng(chart).catch(() => undefined);
  return { content, input: { aggregate, content, schema, date: documentDate(config.ngay, aggregate.period), lang, chart } };
}
