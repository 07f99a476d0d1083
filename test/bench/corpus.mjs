// Generates a benchmark corpus: commune submissions in the form layout, as .xlsx and .csv (UTF-8 with BOM, ';'), with
// figures from a seeded generator so the expected sums are known exactly. The workbooks are written one of three ways:
//   plain   — Office Open XML with only the parts the form needs (workbook, two sheets, shared strings), none of the
//             styles, theme and document properties that spreadsheet programs and libraries add: the least the floor
//             has to inflate besides what the tool reads;
//   excel   — the same with the parts Excel writes besides (styles, a theme, document properties) and Excel's line
//             end, a carriage return and a line feed, after each part's declaration;
//   exceljs — by exceljs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  let x = ((i + 1) * 2654435761) % 4294967296;
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

let officeTheme;

/** Excel's parts besides the form's own: styles (a number format for the figures), the Office theme, document properties. */
function excelExtras(ns) {
  // The Office theme as exceljs carries it (the theme Excel writes into every workbook, some 8 kB).
  officeTheme ??= createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js');
  const theme = officeTheme;
  return {
    'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="${ns}/officeDocument/2006/extended-properties" xmlns:vt="${ns}/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>Thông tin</vt:lpstr><vt:lpstr>Số liệu</vt:lpstr></vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="${ns}/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>UBND xã</dc:creator><cp:lastModifiedBy>UBND xã</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-12-15T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-15T00:00:00Z</dcterms:modified></cp:coreProperties>`,
    'xl/theme/theme1.xml': theme.replace('?>\n', '?>\r\n'),
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${ns}/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main"><fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
  };
}

function xlsx(unit, values, asExcel = false) {
  const strings = [];
  const idx = (s) => {
    let k = strings.indexOf(s);
    if (k < 0) k = strings.push(s) - 1;
    return k;
  };
  // Excel: the figures in the thousands format (style 2), the header bold (style 1).
  const row = (r, cells) =>
    `<row r="${r}">${cells
      .map(([col, v]) =>
        typeof v === 'number'
          ? `<c r="${col}${r}"${asExcel ? ' s="2"' : ''}><v>${v}</v></c>`
          : `<c r="${col}${r}"${asExcel && r === 1 ? ' s="1"' : ''} t="s"><v>${idx(v)}</v></c>`,
      )
      .join('')}</row>`;
  const eol = asExcel ? '\r\n' : '\n';
  const sheet = (rows) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${eol}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const info = sheet([
    row(1, [
      ['A', 'Thông tin'],
      ['B', 'Giá trị'],
    ]),
    row(2, [
      ['A', 'Đơn vị'],
      ['B', unit],
    ]),
    row(3, [
      ['A', 'Kỳ báo cáo'],
      ['B', 'Năm 2025'],
    ]),
    row(4, [
      ['A', 'Ngày báo cáo'],
      ['B', '15/12/2025'],
    ]),
  ]);
  const data = sheet([
    row(1, [
      ['A', 'STT'],
      ['B', 'Nội dung'],
      ['C', 'Đơn vị tính'],
      ['D', 'Số liệu'],
    ]),
    ...INDICATORS.map(([, label, measure], k) =>
      row(k + 2, [
        ['A', String(k + 1)],
        ['B', label],
        ['C', measure],
        ['D', values[k]],
      ]),
    ),
  ]);
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${eol}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
  const ns = 'http://schemas.openxmlformats.org';
  const declaration = asExcel ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` : '<?xml version="1.0" encoding="UTF-8"?>';
  const override = (part, type) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  const rel = (id, type, target) => `<Relationship Id="${id}" Type="${ns}/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const extras = asExcel ? excelExtras(ns) : {};
  const parts = {
    '[Content_Types].xml':
      `${declaration}<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      override('xl/workbook.xml', 'spreadsheetml.sheet.main+xml') +
      override('xl/worksheets/sheet1.xml', 'spreadsheetml.worksheet+xml') +
      override('xl/worksheets/sheet2.xml', 'spreadsheetml.worksheet+xml') +
      (asExcel ? override('xl/theme/theme1.xml', 'theme+xml') + override('xl/styles.xml', 'spreadsheetml.styles+xml') : '') +
      override('xl/sharedStrings.xml', 'spreadsheetml.sharedStrings+xml') +
      (asExcel
        ? '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
          override('docProps/app.xml', 'extended-properties+xml')
        : '') +
      '</Types>',
    '_rels/.rels':
      `${declaration}<Relationships xmlns="${ns}/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}` +
      (asExcel
        ? `<Relationship Id="rId2" Type="${ns}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>${rel('rId3', 'extended-properties', 'docProps/app.xml')}`
        : '') +
      '</Relationships>',
    ...(asExcel ? { 'docProps/app.xml': extras['docProps/app.xml'], 'docProps/core.xml': extras['docProps/core.xml'] } : {}),
    'xl/workbook.xml': `${declaration}<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Thông tin" sheetId="1" r:id="rId1"/><sheet name="Số liệu" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${declaration}<Relationships xmlns="${ns}/package/2006/relationships">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'worksheet', 'worksheets/sheet2.xml')}${rel('rId3', 'sharedStrings', 'sharedStrings.xml')}` +
      (asExcel ? rel('rId4', 'theme', 'theme/theme1.xml') + rel('rId5', 'styles', 'styles.xml') : '') +
      '</Relationships>',
    ...(asExcel ? { 'xl/theme/theme1.xml': extras['xl/theme/theme1.xml'], 'xl/styles.xml': extras['xl/styles.xml'] } : {}),
    'xl/worksheets/sheet1.xml': info,
    'xl/worksheets/sheet2.xml': data,
    'xl/sharedStrings.xml': sst,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])), { level: 6, mtime: new Date(Date.UTC(2025, 11, 15)) });
}

function csv(unit, values) {
  const lines = [
    `Đơn vị: ${unit}`,
    'Kỳ báo cáo: Năm 2025',
    '',
    'STT;Nội dung;Đơn vị tính;Số liệu',
    ...INDICATORS.map(([, label, measure], k) => `${k + 1};"${label}";${measure};${values[k].toLocaleString('de-DE')}`),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
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
  info.addRows([
    ['Thông tin', 'Giá trị'],
    ['Đơn vị', unit],
    ['Kỳ báo cáo', 'Năm 2025'],
    ['Ngày báo cáo', '15/12/2025'],
  ]);
  info.getRow(1).font = { bold: true };
  info.getColumn(1).width = 20;
  info.getColumn(2).width = 30;
  const data = wb.addWorksheet('Số liệu');
  data.addRow(['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu']);
  data.getRow(1).font = { bold: true };
  INDICATORS.forEach(([, label, measure], k) => {
    data.addRow([k + 1, label, measure, values[k]]);
  });
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
    INDICATORS.forEach(([code], k) => {
      sums[code] += values[k];
    });
    const asXlsx = (i * 0.6180339887) % 1 < xlsxShare;
    files.push({ name: `xa-${String(i + 1).padStart(5, '0')}.${asXlsx ? 'xlsx' : 'csv'}`, unit: unitName(i), values, asXlsx });
  }
  const xlsxFiles = files.filter((f) => f.asXlsx).length;
  return { sums, files, xlsxFiles, csvFiles: count - xlsxFiles };
}

/**
 * Write `count` submissions into `dir` (a share `xlsxShare` as .xlsx, the rest .csv), the workbooks plain or as Excel
 * writes them; return the expected sums.
 */
export function writeCorpus(dir, count, xlsxShare = 0.7, asExcel = false) {
  mkdirSync(dir, { recursive: true });
  const { files, ...corpus } = corpusPlan(count, xlsxShare);
  for (const f of files) writeFileSync(join(dir, f.name), f.asXlsx ? xlsx(f.unit, f.values, asExcel) : csv(f.unit, f.values));
  return corpus;
}

/** The same corpus with its workbooks written by exceljs. */
export async function writeCorpusByExceljs(dir, count, xlsxShare = 0.7) {
  mkdirSync(dir, { recursive: true });
  const { files, ...corpus } = corpusPlan(count, xlsxShare);
  for (const f of files) writeFileSync(join(dir, f.name), f.asXlsx ? await xlsxByExceljs(f.unit, f.values) : csv(f.unit, f.values));
  return corpus;
}
