import { columnLetters } from '../model/origin.js';
import { parseRef } from '../read/cells.js';
import type { Period } from '../model/period.js';
import { makePeriod } from '../model/period.js';
import { describePeriod } from '../i18n/period-words.js';
import type { FullSchema } from '../schema/types.js';
import type { FormWording } from '../settings/form-wording.js';
import { xmlSafe } from './xml-safe.js';
import { normalizeZip } from './zip.js';

export interface FormOptions {
  unit?: string;
  /** The unit's code (Mã đơn vị), kept as text: `00004` stays `00004`. */
  code?: string;
  period?: Period;
  /** The year whose periods the drop-down offers. */
  year: number;
}

/** The periods a clerk picks from: the year, its halves and its quarters. */
export function periodChoices(year: number): string[] {
  const spans: [number, number][] = [
    [1, 12],
    [1, 6],
    [7, 12],
    [1, 3],
    [4, 6],
    [7, 9],
    [10, 12],
  ];
  return spans.map(([a, b]) => describePeriod(makePeriod('months', year, a, b), 'vi').replace(/^./, (c) => c.toLocaleUpperCase('vi')));
}

/**
 * The Excel form the province sends out: `Hướng dẫn`, `Thông tin` (period from a drop-down), `Số liệu` (only the
 * value and note cells unlocked, each value a whole number ≥ 0 with an input message; the sheet protected without a
 * password) and `Thuyết minh`. A filled copy is a form-layout submission.
 */
export async function formWorkbook(schema: FullSchema, wording: FormWording, options: FormOptions): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const date = new Date(Date.UTC(options.year, 0, 1, 12));
  wb.creator = 'cnscd';
  wb.created = date;
  wb.modified = date;
  const font = { name: 'Times New Roman', size: 12 } as const;
  const bold = { ...font, bold: true } as const;
  const thin = { style: 'thin' } as const;
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const protection = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

  const guide = wb.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 120;
  wording.huongDan.forEach((line, i) => {
    const c = guide.getCell(i + 1, 1);
    c.value = line || null;
    c.font = i === 0 ? { ...bold, size: 14 } : font;
    c.alignment = { wrapText: true, vertical: 'top' };
  });

  const info = wb.addWorksheet('Thông tin');
  info.getColumn(1).width = 22;
  info.getColumn(2).width = 50;
  info.getCell(1, 1).value = 'Thông tin';
  info.getCell(1, 2).value = 'Nội dung';
  info.getRow(1).font = bold;
  const choices = periodChoices(options.period?.year ?? options.year);
  wording.thongTin.forEach((field, i) => {
    const row = i + 2;
    info.getCell(row, 1).value = field.khoa;
    info.getCell(row, 1).font = bold;
    const value = info.getCell(row, 2);
    value.font = font;
    value.protection = { locked: false };
    value.border = border;
    if (field.khoa === 'Đơn vị' && options.unit) value.value = xmlSafe(options.unit);
    if (field.khoa === 'Mã đơn vị') {
      // Text, so that Excel keeps a code's leading zeros as typed.
      value.numFmt = '@';
      if (options.code) value.value = xmlSafe(options.code);
    }
    if (field.khoa === 'Kỳ báo cáo') {
      if (options.period) value.value = describePeriod(options.period, 'vi').replace(/^./, (c) => c.toLocaleUpperCase('vi'));
      value.dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showInputMessage: true,
        promptTitle: field.khoa,
        prompt: field.goiY,
        // Another period (a month, "5 tháng cuối năm") may still be typed.
        showErrorMessage: false,
      };
    } else if (field.goiY) {
      value.dataValidation = { type: 'any' as never, allowBlank: true, showInputMessage: true, promptTitle: field.khoa, prompt: field.goiY } as never;
    }
  });
  await info.protect('', protection);

  const ws = wb.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell(1, 1).value = options.period ? `${wording.tieuDe} ${describePeriod(options.period, 'vi').toLocaleUpperCase('vi')}` : wording.tieuDe;
  ws.getCell(1, 1).font = { ...bold, size: 14 };
  const header = ['STT', 'Mã chỉ tiêu', 'Nội dung', 'Đơn vị tính', 'Số liệu', 'Ghi chú'];
  header.forEach((h, i) => {
    const c = ws.getCell(3, i + 1);
    c.value = h;
    c.font = bold;
    c.border = border;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  [6, 26, 62, 14, 14, 30].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  let index = 0;
  schema.indicators.forEach((ind, i) => {
    const row = 4 + i;
    const sub = /^trong đó/i.test(ind.label);
    const cells = [sub ? null : String(++index), ind.code, ind.label, ind.unit];
    cells.forEach((v, c) => {
      const cell = ws.getCell(row, c + 1);
      cell.value = v;
      cell.font = sub && c === 2 ? { ...font, italic: true } : font;
      cell.border = border;
      cell.alignment = { vertical: 'middle', wrapText: c === 2, ...(c === 0 ? { horizontal: 'center' as const } : {}) };
    });
    ws.getCell(row, 2).font = { ...font, color: { argb: 'FF808080' } };
    const value = ws.getCell(row, 5);
    value.border = border;
    value.font = font;
    value.numFmt = '#,##0';
    value.protection = { locked: false };
    value.dataValidation = {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: wording.oSoLieu.tieuDe,
      prompt: wording.oSoLieu.noiDung,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: wording.oSoLieu.loiTieuDe,
      error: wording.oSoLieu.loi,
    };
    const note = ws.getCell(row, 6);
    note.border = border;
    note.font = font;
    note.protection = { locked: false };
  });
  await ws.protect('', protection);

  const notes = wb.addWorksheet('Thuyết minh');
  notes.getColumn(1).width = 40;
  notes.getColumn(2).width = 90;
  notes.getCell(1, 1).value = 'Mục';
  notes.getCell(1, 2).value = 'Nội dung';
  notes.getRow(1).font = bold;
  schema.notes.forEach((n, i) => {
    notes.getCell(i + 2, 1).value = n.label;
    notes.getCell(i + 2, 1).font = bold;
    const text = notes.getCell(i + 2, 2);
    text.font = font;
    text.alignment = { wrapText: true, vertical: 'top' };
    text.protection = { locked: false };
  });

  // exceljs 4.4 writes one rule over several cells as overlapping ranges (`E10:E22` and `E4:E22`), which Excel may
  // drop from the first cells or offer to repair: every sheet's rules are written again, each cell in one range.
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const sheets = Object.fromEntries(wb.worksheets.map((_, i) => [`xl/worksheets/sheet${i + 1}.xml`, disjointValidations]));
  return normalizeZip(bytes, date, sheets);
}

/**
 * A sheet's `<dataValidations>` with each rule once and its cells in ranges that do not overlap: rules alike but for
 * their cells are one rule, over the union of their cells, written as the runs of each column.
 */
export function disjointValidations(xml: string): string {
  return xml.replace(/<dataValidations count="\d+">([\s\S]*?)<\/dataValidations>/, (_all, body: string) => {
    const rules = new Map<string, { open: string; rest: string; cells: Map<number, Set<number>> }>();
    for (const m of body.matchAll(/<dataValidation\b([^>]*?)\ssqref="([^"]+)"([^>]*?)(\/>|>([\s\S]*?)<\/dataValidation>)/g)) {
      const open = `${m[1]}${m[3]}`;
      const rest = m[5] ?? '';
      const key = `${open}|${rest}`;
      const rule = rules.get(key) ?? { open, rest, cells: new Map<number, Set<number>>() };
      rules.set(key, rule);
      for (const range of m[2]!.split(/\s+/)) {
        const [a, b = a] = range.split(':') as [string, string?];
        const from = parseRef(a);
        const to = parseRef(b);
        for (let c = Math.min(from.column, to.column); c <= Math.max(from.column, to.column); c++) {
          const rows = rule.cells.get(c) ?? new Set<number>();
          rule.cells.set(c, rows);
          for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++) rows.add(r);
        }
      }
    }
    const out = [...rules.values()].map(({ open, rest, cells }) => {
      const ranges: string[] = [];
      for (const [col, rows] of [...cells].sort((x, y) => x[0] - y[0])) {
        const sorted = [...rows].sort((x, y) => x - y);
        for (let i = 0; i < sorted.length; ) {
          let j = i;
          while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
          const letters = columnLetters(col);
          ranges.push(i === j ? `${letters}${sorted[i]}` : `${letters}${sorted[i]}:${letters}${sorted[j]}`);
          i = j + 1;
        }
      }
      return rest ? `<dataValidation${open} sqref="${ranges.join(' ')}">${rest}</dataValidation>` : `<dataValidation${open} sqref="${ranges.join(' ')}"/>`;
    });
    return `<dataValidations count="${out.length}">${out.join('')}</dataValidations>`;
  });
}
