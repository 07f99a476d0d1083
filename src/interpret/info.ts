import type { Origin } from '../model/origin.js';
import type { Cell, Sheet } from '../model/sheet.js';
import { cellText } from '../model/sheet.js';
import type { UnitReport } from '../model/submission.js';
import type { Matcher } from '../schema/matcher.js';
import type { InfoKeys } from '../schema/types.js';
import { parseDate } from '../model/date.js';
import { findPeriods, parsePeriod } from './period.js';
import { cellRef } from '../model/origin.js';

/** A `key: value` pair from the `Thông tin` sheet or a line above or below the table. */
export interface InfoField {
  kind: keyof InfoKeys | undefined;
  key: string;
  value: string;
  cell: Cell;
  origin: Origin;
}

/** Text lines without a key (titles), where a period may be named. */
export interface TitleLine {
  text: string;
  origin: Origin;
}

/** Read `key: value` pairs and title lines from some rows of a sheet. */
export function readInfoRows(sheet: Sheet, rows: Iterable<number>, matcher: Matcher): { fields: InfoField[]; titles: TitleLine[] } {
  const fields: InfoField[] = [];
  const titles: TitleLine[] = [];
  for (const r of rows) {
    const cells = [...(sheet.rows.get(r)?.values() ?? [])].filter((c) => !c.mergedFrom && cellText(c).trim() !== '').sort((a, b) => a.column - b.column);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const text = cellText(cell).trim();
      const colon = /^([^:：]{1,60})[:：]\s*(.*)$/su.exec(text);
      if (colon) {
        const key = colon[1]!.trim();
        let value = colon[2]!.trim();
        let valueCell = cell;
        if (!value && cells[i + 1]) {
          valueCell = cells[i + 1]!;
          value = valueText(valueCell);
          i++;
        }
        const kind = matcher.infoKey(key);
        if (kind || value) fields.push({ kind, key, value, cell: valueCell, origin: valueCell.origin });
        continue;
      }
      const kind = matcher.infoKey(text);
      if (kind && cells[i + 1]) {
        const valueCell = cells[i + 1]!;
        fields.push({ kind, key: text, value: valueText(valueCell), cell: valueCell, origin: valueCell.origin });
        i++;
        continue;
      }
      if (kind) {
        // A key whose value cell was left empty (`Kỳ báo cáo` in A3, B3 blank): the field, empty, at the cell beside it.
        const beside = {
          ...cell.origin,
          ...(cell.origin.cell ? { cell: cellRef(r, cell.column + 1) } : {}),
          ...(cell.origin.column ? { column: cell.origin.column + 1 } : {}),
        };
        fields.push({ kind, key: text, value: '', cell, origin: beside });
        continue;
      }
      titles.push({ text, origin: cell.origin });
    }
  }
  return { fields, titles };
}

/** The `Thông tin` sheet: key in one cell, value in the next. */
export function readInfoSheet(sheet: Sheet, matcher: Matcher): InfoField[] {
  const rows = [...sheet.rows.keys()].sort((a, b) => a - b);
  return readInfoRows(sheet, rows, matcher).fields;
}

function valueText(cell: Cell): string {
  return cellText(cell).trim();
}

/** Put info fields into a report: unit, unit code, period, report date; the rest kept as they are. */
export function applyInfo(report: UnitReport, fields: InfoField[]): void {
  for (const f of fields) {
    const located = { value: f.value, text: f.value, origin: f.origin };
    switch (f.kind) {
      case 'unit':
        if (f.value && !report.unit) report.unit = located;
        break;
      case 'unitCode':
        if (f.value && !report.unitCode) report.unitCode = located;
        break;
      case 'period': {
        if (!f.value && !report.period) report.periodEmpty ??= f.origin;
        if (!f.value || report.period) break;
        const p = parsePeriod(f.value);
        if (p) {
          report.period = { value: p, text: f.value, origin: f.origin };
          delete report.periodUnreadable;
        } else report.periodUnreadable ??= located;
        break;
      }
      case 'reportDate': {
        if (!f.value || report.reportDate) break;
        const iso = f.cell.content.kind === 'date' ? f.cell.content.iso : parseDate(f.value);
        if (iso) report.reportDate = { value: iso, text: f.value, origin: f.origin };
        else report.dateUnreadable ??= located;
        break;
      }
      default:
        if (f.value) report.info[f.key] ??= located;
    }
  }
}

/**
 * With no `Kỳ báo cáo` field: the one period named in the title lines, if exactly one is. A place-and-date line
 * (`Tứ Kỳ, ngày 20 tháng 7 năm 2023`) names a day, not the period; a subject's plans ("… 6 tháng đầu năm 2023 và
 * phương hướng, nhiệm vụ 6 tháng cuối năm 2023", "… năm 2022; Phương hướng hoạt động năm 2023") are the next period's.
 */
export function periodFromTitles(report: UnitReport, titles: TitleLine[]): void {
  if (report.period || report.periodUnreadable) return;
  const found = new Map<string, { p: ReturnType<typeof findPeriods>[number]; t: TitleLine }>();
  for (const t of titles) {
    if (DATE_LINE.test(t.text)) continue;
    const reported = t.text.split(PLANS)[0]!;
    for (const p of findPeriods(reported)) if (!found.has(p.key)) found.set(p.key, { p, t });
  }
  if (found.size !== 1) return;
  const { p, t } = [...found.values()][0]!;
  report.period = { value: p, text: t.text, origin: t.origin };
  report.periodFromTitle = true;
}

/** `Tứ Kỳ, ngày 20 tháng 7 năm 2023`, `ngày    tháng 3 năm 2023`: the line that dates a document. */
const DATE_LINE = /(?:^|,\s*)ngày\s+(\d{1,2}|\.{2,}|…+|\s*)\s*tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$/iu;
/** Where a subject line turns from the period reported to the plans for the next ("… và phương hướng", "…; Phương hướng"). */
const PLANS = /(?:\s+và|\s*;)\s+(?:phương hướng|nhiệm vụ|kế hoạch|định hướng|giải pháp)/iu;

/** The levels a letterhead names a unit by, and who issues a report: the People's Committee, a steering team. */
const LEVELS = '(?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|XÃ|PHƯỜNG|THỊ TRẤN)';
const COMMITTEE = '(?:UBND|[ỦU][YỶ] BAN NHÂN DÂN)';
const STEERING_TEAM = '(?:TỔ|BAN) CHỈ ĐẠO\\b';
/** One letterhead line naming the unit: `UBND HUYỆN TỨ KỲ`, `TỔ CHỈ ĐẠO CNSCĐ HUYỆN TỨ KỲ`. */
const AGENCY = new RegExp(`^(?:${COMMITTEE}\\s+|${STEERING_TEAM}.*?\\s)(${LEVELS}\\s+\\S.*)$`, 'u');
/** A line whose unit is on the line below: `ỦY BAN NHÂN DÂN` / `XÃ NAM CHÍNH`, `TỔ CHỈ ĐẠO CNSCĐ` / `HUYỆN TỨ KỲ`. */
const AGENCY_ABOVE = new RegExp(`^(?:${COMMITTEE}$|${STEERING_TEAM})`, 'u');
const LEVEL = new RegExp(`^${LEVELS}\\s+\\S`, 'u');

/**
 * A report with no `Đơn vị:` line (a Word report): the unit its letterhead names (`UBND HUYỆN TỨ KỲ` is Huyện Tứ Kỳ),
 * and the date of its place-and-date line. Only the first lines (the letterhead) are looked at.
 */
export function fromLetterhead(report: UnitReport, titles: TitleLine[]): void {
  const head = titles.slice(0, 8);
  if (!report.unit) {
    // The agency block's lines as written, in capitals (a letterhead's are; a TCVN3 capitals font's come out so). Of
    // a commune's "UBND HUYỆN TỨ KỲ / UBND XÃ AN THANH", the issuing agency is the lower: the last one of the block.
    for (const t of head) {
      const lines = t.text.split('\n').map((text) => text.trim().toLocaleUpperCase('vi'));
      let named: string | undefined;
      lines.forEach((line, i) => {
        const one = AGENCY.exec(line);
        const over = AGENCY_ABOVE.test(line) && LEVEL.test(lines[i + 1] ?? '') ? lines[i + 1] : undefined;
        named = one?.[1] ?? over ?? named;
      });
      if (named) {
        report.unit = { value: titleCase(named), text: t.text, origin: t.origin };
        break;
      }
    }
  }
  if (!report.reportDate) {
    for (const t of head) {
      const m = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(t.text);
      const iso = m ? parseDate(`${m[1]}/${m[2]}/${m[3]}`) : null;
      if (iso) {
        report.reportDate = { value: iso, text: t.text, origin: t.origin };
        break;
      }
    }
  }
}

/** `THỊ XÃ KINH MÔN` → `Thị xã Kinh Môn`: the level as a roster writes it, each word of the name capitalised. */
function titleCase(agency: string): string {
  const words = agency.replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi').split(' ');
  const level = /^(thị xã|thành phố|thị trấn)/.test(words.slice(0, 2).join(' ')) ? 2 : 1;
  return words.map((w, i) => (i === 0 || i >= level ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1) : w)).join(' ');
}
