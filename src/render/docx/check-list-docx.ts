// kiem-tra.docx: the clerk's own working list, beside the official report. Plain A4, not the decree's layout: unit by
// unit, what to check and whom to call, in the order a clerk would phone them — reports not counted (a blank form,
// errors, two versions, another period, a name the roster lacks), then doubtful figures, then the units not yet
// heard from. It says everything the official report must not: files, cells, the figures side by side.
import { Document, Paragraph, TextRun } from 'docx';
import { describePeriod } from '../../i18n/period-words.js';
import { messageOf } from '../../i18n/messages.js';
import { EXCLUSION_WORDS } from '../../i18n/terminal-words.js';
import type { Aggregate } from '../../model/aggregate.js';
import { blankFormUnits, EXCLUSION_ORDER } from '../../model/aggregate.js';
import { DOUBT_CODES, type Finding } from '../../model/finding.js';
import { relativePath } from '../../model/relative-path.js';
import { xmlEscape, xmlSafe } from '../xml-safe.js';
import { namedApplication, zipParts } from '../zip.js';
import { documentParts } from './report-docx.js';

const FONT = 'Times New Roman';

/** Where a finding is, as the clerk opens the file: `Tu Ky.xlsx, Số liệu!D21` or `gia-loc.csv, dòng 9`. */
function place(a: Aggregate, f: Finding): string {
  const l = f.location;
  const line = l?.line ? `dòng ${l.line}${l.column ? `, cột ${l.column}` : ''}` : '';
  const cell = l ? (l.sheet && l.cell ? `${l.sheet}!${l.cell}` : l.sheet && line ? `${l.sheet}, ${line}` : line) : '';
  return [relativePath(a.dir, f.file) || f.file, cell].filter(Boolean).join(', ');
}

/** The units to call, each with its findings: those not counted (by reason), then those with doubtful figures. */
export function checkListItems(a: Aggregate): { unit: string; why: string; lines: string[] }[] {
  const byUnit = new Map<string, Finding[]>();
  // (A file's units looked up once: a national roll-up has tens of thousands of files.)
  const unitsOfFile = new Map(a.files.map((x) => [x.path, x.units]));
  const unitOf = (f: Finding) => f.unit ?? unitsOfFile.get(f.file)?.[0] ?? relativePath(a.dir, f.file);
  for (const f of a.findings) {
    if (f.severity !== 'error' && !DOUBT_CODES.has(f.code)) continue;
    const u = unitOf(f);
    byUnit.set(u, [...(byUnit.get(u) ?? []), f]);
  }
  const out: { unit: string; why: string; lines: string[] }[] = [];
  const done = new Set<string>();
  const lines = (fs: Finding[]) => fs.map((f) => `${place(a, f)}: ${messageOf({ ...f, unit: undefined }, 'vi')}`);
  // A unit whose form came back blank is called about that, first among those left out, not as "chưa gửi".
  const blank = [...blankFormUnits(a)].map((name) => ({ name, reason: 'empty' as const }));
  for (const why of EXCLUSION_ORDER) {
    for (const n of [...a.notCounted, ...blank].filter((x) => x.reason === why)) {
      if (done.has(n.name)) continue;
      done.add(n.name);
      out.push({ unit: n.name, why: `Chưa tổng hợp: ${EXCLUSION_WORDS.vi[why]}`, lines: lines(byUnit.get(n.name) ?? []) });
    }
  }
  for (const [unit, fs] of byUnit) {
    if (done.has(unit)) continue;
    done.add(unit);
    const errors = fs.some((f) => f.severity === 'error');
    out.push({ unit, why: errors ? 'Có sai sót' : 'Số liệu cần kiểm tra lại (vẫn được tổng hợp như đơn vị đã báo cáo)', lines: lines(fs) });
  }
  return out;
}

/** Where the list goes in document.xml; replaced by its paragraphs, written directly (docx builds thousands slowly). */
const MARK = 'CNSCD-DANH-SACH-KIEM-TRA';

/** A paragraph as WordprocessingML: bold or italic, hanging under its dash when it is a line of a unit. */
function paragraphXml(t: string, options: { bold?: boolean; italics?: boolean; indent?: boolean; center?: boolean } = {}): string {
  const text = xmlEscape(xmlSafe(t));
  const pPr = `<w:pPr><w:spacing w:before="60" w:after="60"/>${options.indent ? '<w:ind w:left="567" w:hanging="284"/>' : ''}${options.center ? '<w:jc w:val="center"/>' : ''}</w:pPr>`;
  const rPr = `${options.bold ? '<w:b/><w:bCs/>' : ''}${options.italics ? '<w:i/><w:iCs/>' : ''}`;
  return `<w:p>${pPr}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** The clerk's check list, the same bytes for the same aggregate and date. */
export async function checkListDocx(a: Aggregate, date: Date): Promise<Uint8Array> {
  const items = checkListItems(a);
  const period = a.period ? describePeriod(a.period, 'vi') : '';
  const body: string[] = [];
  body.push(paragraphXml('DANH SÁCH CẦN KIỂM TRA TRƯỚC KHI TRÌNH KÝ', { bold: true, center: true }));
  body.push(paragraphXml(`Tổng hợp ${period}: ${a.units.length} đơn vị đã tổng hợp, từ ${a.files.length} tệp`, { italics: true, center: true }));
  body.push(
    paragraphXml(
      'Tài liệu làm việc của cán bộ tổng hợp, không gửi kèm báo cáo. Các đơn vị theo thứ tự nên liên hệ: báo cáo chưa tổng hợp được, số liệu cần kiểm tra, rồi đơn vị chưa gửi báo cáo.',
      { italics: true },
    ),
  );
  if (items.length === 0 && a.missing.length === 0)
    body.push(paragraphXml('Không có việc cần kiểm tra: mọi báo cáo đã được tổng hợp, không có số liệu đáng ngờ.'));
  items.forEach((item, i) => {
    body.push(paragraphXml(`${i + 1}. ${item.unit} — ${item.why}`, { bold: true }));
    for (const line of item.lines) body.push(paragraphXml(`- ${line}`, { indent: true }));
  });
  const blank = blankFormUnits(a);
  const missing = a.missing.filter((m) => !blank.has(m.name));
  if (missing.length > 0) {
    body.push(paragraphXml(`${items.length + 1}. Chưa gửi báo cáo (${missing.length} đơn vị)`, { bold: true }));
    for (const m of missing) body.push(paragraphXml(`- ${m.name}${m.code ? ` (mã ${m.code})` : ''}`, { indent: true }));
  }
  const doc = new Document({
    creator: 'cnscd',
    lastModifiedBy: 'cnscd',
    title: 'Danh sách cần kiểm tra',
    styles: { default: { document: { run: { font: FONT, size: 26, language: { value: 'vi-VN' } } } } },
    sections: [
      { properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: [new Paragraph({ children: [new TextRun(MARK)] })] },
    ],
  });
  return zipParts(documentParts(doc), date, {
    'docProps/app.xml': namedApplication,
    'word/document.xml': (xml) => {
      const at = xml.indexOf(MARK);
      const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      return `${xml.slice(0, start)}${body.join('')}${xml.slice(end)}`;
    },
  });
}
