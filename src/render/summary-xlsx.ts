import { relative } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Aggregate } from '../model/aggregate.js';
import { describePeriod } from '../model/period.js';
import { columnLetters } from '../model/origin.js';
import type { Lang } from '../i18n/format.js';
import { messageOf } from '../i18n/messages.js';
import { SUMMARY_SHEETS } from '../interpret/summary-workbook.js';
import type { FullSchema } from '../schema/types.js';
import { barChartPng, type BarChart } from './chart.js';
import { xmlSafe } from './xml-safe.js';
import { normalizeZip } from './zip.js';

const STATUS_VI: Record<string, string> = {
  counted: 'đã tổng hợp',
  'partly-counted': 'tổng hợp một phần',
  'not-counted': 'chưa tổng hợp (còn lỗi)',
  unreadable: 'không đọc được',
};
export const SKIP_VI: Record<string, string> = {
  'lock-file': 'tệp khoá của Excel (~$…)',
  hidden: 'tệp ẩn',
  'system-file': 'tệp hệ thống',
  document: 'văn bản, không phải báo cáo số liệu',
  folder: 'thư mục con',
  'earlier-output': 'kết quả tổng hợp của lần chạy trước',
  settings: 'tệp cấu hình',
  'not-a-submission': 'không phải tệp báo cáo',
};

/**
 * tong-hop.xlsx: `Tổng hợp` (a row per unit and a `Tổng cộng` row of SUM formulas with their results stored — itself
 * a table-layout submission for the level above), `Kiểm tra` (every finding), `Nguồn` (each file and its sha256).
 */
export async function summaryWorkbook(a: Aggregate, schema: FullSchema, date: Date, lang: Lang, chart?: BarChart): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cnscd';
  wb.lastModifiedBy = 'cnscd';
  wb.created = date;
  wb.modified = date;
  const rel = (p: string) => relative(a.dir, p).split('\\').join('/');
  const bold = { bold: true, name: 'Times New Roman', size: 12 } as const;
  const font = { name: 'Times New Roman', size: 12 } as const;
  const thin = { style: 'thin' } as const;
  const border = { top: thin, left: thin, bottom: thin, right: thin };

  // Tổng hợp
  const ws = wb.addWorksheet(SUMMARY_SHEETS.totals, { views: [{ state: 'frozen', ySplit: 4 }] });
  // Indicators no unit reported get no column: read back by the level above, empty columns would be one warning
  // per unit and indicator; the note under the table names them.
  const reportedCodes = new Set(a.totals.filter((t) => t.reported > 0).map((t) => t.code));
  const indicators = reportedCodes.size > 0 ? schema.indicators.filter((i) => reportedCodes.has(i.code)) : schema.indicators;
  const none = schema.indicators.filter((i) => !indicators.includes(i)).map((i) => i.label);
  const lastCol = 3 + indicators.length;
  ws.getCell(1, 1).value = `TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG${a.period ? ` ${describePeriod(a.period, 'vi').toUpperCase()}` : ''}`;
  ws.getCell(1, 1).font = { ...bold, size: 14 };
  ws.getCell(2, 1).value = `Kỳ báo cáo: ${a.period ? describePeriod(a.period, 'vi') : ''}`;
  ws.getCell(2, 1).font = font;
  if (a.coveredUnit) {
    // Whose figures these are: the level above reads this line (a district's workbook is the district's report).
    ws.getCell(3, 1).value = `Đơn vị: ${a.coveredUnit}`;
    ws.getCell(3, 1).font = font;
  }
  const header = ['STT', 'Mã đơn vị', 'Đơn vị', ...indicators.map((i) => i.label)];
  const headerRow = 4;
  header.forEach((h, i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = h;
    c.font = bold;
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.border = border;
  });
  ws.getRow(headerRow).height = 90;
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 26;
  for (let i = 4; i <= lastCol; i++) ws.getColumn(i).width = 14;
  a.units.forEach((u, r) => {
    const row = headerRow + 1 + r;
    ws.getCell(row, 1).value = r + 1;
    ws.getCell(row, 2).value = u.code ?? null;
    ws.getCell(row, 3).value = u.name;
    indicators.forEach((ind, i) => {
      const v = u.values.get(ind.code)?.value;
      ws.getCell(row, 4 + i).value = v === null || v === undefined ? null : v;
    });
    for (let c = 1; c <= lastCol; c++) {
      ws.getCell(row, c).border = border;
      ws.getCell(row, c).font = font;
      if (c > 3) ws.getCell(row, c).numFmt = '#,##0';
    }
  });
  const totalRow = headerRow + 1 + a.units.length;
  ws.mergeCells(totalRow, 1, totalRow, 2);
  ws.getCell(totalRow, 3).value = 'Tổng cộng';
  indicators.forEach((ind, i) => {
    const col = columnLetters(4 + i);
    const total = a.totals.find((t) => t.code === ind.code);
    const first = headerRow + 1;
    const last = totalRow - 1;
    // A column no unit reported stays empty: its total is "not reported", not 0.
    const value = total?.value ?? null;
    ws.getCell(totalRow, 4 + i).value = value === null ? null : { formula: `SUM(${col}${first}:${col}${last})`, result: value };
  });
  for (let c = 1; c <= lastCol; c++) {
    const cell = ws.getCell(totalRow, c);
    cell.font = bold;
    cell.border = border;
    if (c > 3) cell.numFmt = '#,##0';
  }
  const note = totalRow + 2;
  ws.getCell(note, 1).value =
    'Ô trống: đơn vị chưa báo cáo chỉ tiêu đó (không phải 0). Dòng “Tổng cộng” là tổng các đơn vị đã báo cáo.';
  ws.getCell(note, 1).font = { ...font, italic: true };
  if (none.length > 0) {
    ws.getCell(note + 1, 1).value = `Chỉ tiêu chưa đơn vị nào báo cáo (không có cột): ${none.join('; ')}.`;
    ws.getCell(note + 1, 1).font = { ...font, italic: true };
  }
  if (chart) {
    // The report's chart as a picture below the table: cells stay as they are, so the sheet still reads as data.
    const { png, width, height } = await barChartPng(chart);
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, { tl: { col: 2, row: note + 2 }, ext: { width: 900, height: Math.round((height / width) * 900) } });
  }

  // Kiểm tra
  const wk = wb.addWorksheet(SUMMARY_SHEETS.findings, { views: [{ state: 'frozen', ySplit: 1 }] });
  wk.columns = [
    { header: 'Tệp', width: 34 },
    { header: 'Đơn vị', width: 22 },
    { header: 'Vị trí', width: 14 },
    { header: 'Mức', width: 10 },
    { header: 'Mã lỗi', width: 18 },
    { header: 'Chỉ tiêu', width: 26 },
    { header: 'Đúng là', width: 12 },
    { header: 'Đang ghi', width: 12 },
    { header: 'Nội dung', width: 90 },
  ];
  wk.getRow(1).font = bold;
  for (const f of a.findings) {
    const l = f.location;
    const where = l ? [l.sheet, l.cell ?? (l.line ? `dòng ${l.line}${l.column ? `, cột ${l.column}` : ''}` : '')].filter(Boolean).join('!') : '';
    wk.addRow([rel(f.file), f.unit ?? '', where, f.severity === 'error' ? 'lỗi' : 'cảnh báo', f.code, f.indicator ?? '', f.expected ?? '', f.actual ?? '', messageOf(f, lang)]);
  }

  // Nguồn
  const wn = wb.addWorksheet(SUMMARY_SHEETS.sources, { views: [{ state: 'frozen', ySplit: 1 }] });
  wn.columns = [
    { header: 'Tệp', width: 40 },
    { header: 'Đơn vị', width: 30 },
    { header: 'Trạng thái', width: 26 },
    { header: 'Lỗi', width: 6 },
    { header: 'Cảnh báo', width: 9 },
    { header: 'sha256', width: 68 },
  ];
  wn.getRow(1).font = bold;
  for (const f of a.files) wn.addRow([rel(f.path), f.units.join('; '), STATUS_VI[f.status] ?? f.status, f.errors, f.warnings, f.sha256]);
  for (const s of a.skipped) wn.addRow([rel(s.path), '', `bỏ qua: ${SKIP_VI[s.reason] ?? s.reason}`, null, null, '']);

  safeText(wb);
  return normalizeZip(new Uint8Array(await wb.xlsx.writeBuffer()), date);
}

/**
 * Every text cell stays text: strip what XML forbids, and never let a name like `=HYPERLINK(…)` or `@SUM(…)`
 * become a formula (exceljs writes strings as strings; this keeps it so for anything that reaches a cell).
 */
function safeText(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = xmlSafe(cell.value);
      }),
    ),
  );
}
