// The files `cnscd aggregate` writes, as a list: adding an output is one entry here and one file in render/. Each
// entry's module loads only when a run writes outputs; each output is made just before it is written and let go
// after (one output's bytes held at a time); they are written whole or not at all (node/write-outputs.ts).
import type { Lang } from '../model/lang.js';
import type { BarChart } from '../render/chart.js';
import type { ReportContent } from '../render/report/compose.js';
import type { FullSchema } from '../schema/types.js';
import { OUTPUT_NAMES, type Aggregate } from '../model/aggregate.js';
import type { OutputBytes } from '../node/write-outputs.js';

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
  { name: OUTPUT_NAMES.json, make: async (i) => (await import('../render/aggregate-json.js')).aggregateJson(i.aggregate, i.lang) },
  { name: OUTPUT_NAMES.report, make: async (i) => (await import('../render/docx/report-docx.js')).reportDocx(i.content, i.date) },
  // The clerk's check list, apart from the official report: files, cells, the figures side by side.
  { name: OUTPUT_NAMES.checks, make: async (i) => (await import('../render/docx/check-list-docx.js')).checkListDocx(i.aggregate, i.date) },
  {
    name: OUTPUT_NAMES.workbook,
    make: async (i) => (await import('../render/summary-xlsx.js')).summaryWorkbook(i.aggregate, i.schema, i.date, i.lang, i.chart),
  },
];
