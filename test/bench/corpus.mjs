// Generates a benchmark corpus: commune submissions in the form layout, as .xlsx (written directly as Office Open
// XML, the way Excel lays it out: shared strings, two sheets; or by exceljs) and .csv (UTF-8 with BOM, ';'), with
// figures from a seeded generator so the expected sums are known exactly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

export const INDICATORS = [
  ['so_buoi_tap_huan', 'Số buổi hội nghị, tập huấn, hướng dẫn', 'Buổi'],
  ['so_thanh_vien_duoc_tap_huan', 'Số thành viên của Tổ được tập huấn', 'Người'],
  ['so_nguoi_dan_duoc_huong_dan', 'Số người dân được hướng dẫn', 'Người'],
  ['so_tai_khoan_dvctt', 'Số tài khoản dịch vụ công trực tuyến (DVCTT) được tạo', 'Tài khoản'],
  ['so_tai_khoan_vneid', 'Số tài khoản VNeID được tạo', 'Tài khoản'],
  ['so_tai_khoan_vneid_muc_1', 'trong đó: tài khoản VNeID mức độ 1', 'Tài khoản'],
  ['so_tai_khoan_vneid_muc_2', 'trong đó: tài khoản VNeID mức độ 2', 'Tài khoản'],
  ['so_san_pham_ocop', 'Số sản phẩm OCOP của địa phương', 'Sản phẩm'],
  ['so_ocop_len_san', 'Số sản phẩm OCOP được đưa lên sàn TMĐT', 'Sản phẩm'],
];
const NAMES = ['An', 'Bình', 'Cường', 'Đông', 'Hòa', 'Hưng', 'Lạc', 'Minh', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tân', 'Thịnh', 'Trung', 'Việt'];

export function unitName(i) {
  return `Xã ${NAMES[i % 16]} ${NAMES[Math.floor(i / 16) % 16]} ${Math.floor(i / 256) + 1}`;
}

/** Seeded figures for unit i: consistent (VNeID = level 1 + level 2, OCOP on platforms ≤ OCOP). */
export function figures(i) {
  let x = (i + 1) * 2654435761 % 4294967296;
  const r = (m) => {
    x = (x * 1664525 + 1013904223) % 4294967296;
    return x % m;
  };
  const l1 = r(3000);
  const l2 = r(20000);
  const ocop = r(12);
  return [r(60), r(300), r(15000), r(8000), l1 + l2, l1, l2, ocop, Math.min(ocop, r(12))];
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function xlsx(unit, values) {
  const strings = [];
  const idx = (s) => {
    let k = strings.indexOf(s);
    if (k < 0) k = strings.push(s) - 1;
    return k;
  };
  const row = (r, cells) =>
    `<row r="${r}">${cells
      .map(([col, v]) => (typeof v === 'number' ? `<c r="${col}${r}"><v>${v}</v></c>` : `<c r="${col}${r}" t="s"><v>${idx(v)}</v></c>`))
      .join('')}</row>`;
  const sheet = (rows) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const info = sheet([row(1, [['A', 'Thông tin'], ['B', 'Giá trị']]), row(2, [['A', 'Đơn vị'], ['B', unit]]), row(3, [['A', 'Kỳ báo cáo'], ['B', 'Năm 2025']]), row(4, [['A', 'Ngày báo cáo'], ['B', '15/12/2025']])]);
  const data = sheet([
    row(1, [['A', 'STT'], ['B', 'Nội dung'], ['C', 'Đơn vị tính'], ['D', 'Số liệu']]),
    ...INDICATORS.map(([, label, measure], k) => row(k + 2, [['A', String(k + 1)], ['B', label], ['C', measure], ['D', values[k]]])),
  ]);
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
  const ns = 'http://schemas.openxmlformats.org';
  return zipSync(
    {
      '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`),
      '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Thông tin" sheetId="1" r:id="rId1"/><sheet name="Số liệu" sheetId="2" r:id="rId2"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
      'xl/worksheets/sheet1.xml': strToU8(info),
      'xl/worksheets/sheet2.xml': strToU8(data),
      'xl/sharedStrings.xml': strToU8(sst),
    },
    { level: 6, mtime: new Date(Date.UTC(2025, 11, 15)) },
  );
}

function csv(unit, values) {
  const lines = [`Đơn vị: ${unit}`, 'Kỳ báo cáo: Năm 2025', '', 'STT;Nội dung;Đơn vị tính;Số liệu', ...INDICATORS.map(([, label, measure], k) => `${k + 1};"${label}";${measure};${values[k].toLocaleString('de-DE')}`)];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

/**
 * The same workbook as a spreadsheet library writes it (exceljs: styles, a theme, document properties, column widths,
 * a bold header row, a number format), a second writer independent of the one above. Its files carry parts the tool
 * does not need (the theme, the properties), which the floor inflates all the same.
 */
async function xlsxByExceljs(unit, values) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cnscd bench';
  wb.created = wb.modified = new Date(Date.UTC(2025, 11, 15));
  const info = wb.addWorksheet('Thông tin');
  info.addRows([['Thông tin', 'Giá trị'], ['Đơn vị', unit], ['Kỳ báo cáo', 'Năm 2025'], ['Ngày báo cáo', '15/12/2025']]);
  info.getRow(1).font = { bold: true };
  info.getColumn(1).width = 20;
  info.getColumn(2).width = 30;
  const data = wb.addWorksheet('Số liệu');
  data.addRow(['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu']);
  data.getRow(1).font = { bold: true };
  INDICATORS.forEach(([, label, measure], k) => data.addRow([k + 1, label, measure, values[k]]));
  data.getColumn(2).width = 50;
  data.getColumn(4).numFmt = '#,##0';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Which unit gets which figures, in which file and format; and the sums those make. */
function corpusPlan(count, xlsxShare) {
  const sums = Object.fromEntries(INDICATORS.map(([code]) => [code, 0]));
  const files = [];
  for (let i = 0; i < count; i++) {
    const values = figures(i);
    INDICATORS.forEach(([code], k) => (sums[code] += values[k]));
    const asXlsx = (i * 0.6180339887) % 1 < xlsxShare;
    files.push({ name: `xa-${String(i + 1).padStart(5, '0')}.${asXlsx ? 'xlsx' : 'csv'}`, unit: unitName(i), values, asXlsx });
  }
  const xlsxFiles = files.filter((f) => f.asXlsx).length;
  return { sums, files, xlsxFiles, csvFiles: count - xlsxFiles };
}

/** Write `count` submissions into `dir` (a share `xlsxShare` as .xlsx, the rest .csv); return the expected sums. */
export function writeCorpus(dir, count, xlsxShare = 0.7) {
  mkdirSync(dir, { recursive: true });
  const { files, ...corpus } = corpusPlan(count, xlsxShare);
  for (const f of files) writeFileSync(join(dir, f.name), f.asXlsx ? xlsx(f.unit, f.values) : csv(f.unit, f.values));
  return corpus;
}

/** The same corpus with its workbooks written by exceljs. */
export async function writeCorpusByExceljs(dir, count, xlsxShare = 0.7) {
  mkdirSync(dir, { recursive: true });
  const { files, ...corpus } = corpusPlan(count, xlsxShare);
  for (const f of files) writeFileSync(join(dir, f.name), f.asXlsx ? await xlsxByExceljs(f.unit, f.values) : csv(f.unit, f.values));
  return corpus;
}
