import type { Finding, FindingCode, FindingParams } from '../model/finding.js';
import { countedNoun, formatBytes, formatCount, formatList } from './format.js';
import { describePeriodKey } from './period-words.js';
import type { Lang } from '../model/lang.js';

type Render = (p: FindingParams, f: Finding, lang: Lang) => string;

const n = (v: unknown, lang: Lang) => (typeof v === 'number' ? formatCount(v, lang) : String(v ?? ''));
const s = (v: unknown) => String(v ?? '');
/** A place in a file: a cell (`D19`) as it is; a line and column of a Word table (`7:4`) in words. */
const at = (v: unknown, lang: Lang): string => {
  const m = /^(\d+):(\d*)$/.exec(s(v));
  if (!m) return s(v);
  if (lang === 'vi') return m[2] ? `dòng ${m[1]}, cột ${m[2]}` : `dòng ${m[1]}`;
  return m[2] ? `line ${m[1]}, col ${m[2]}` : `line ${m[1]}`;
};
const arr = (v: unknown) => (Array.isArray(v) ? v : []);
const q = (v: unknown) => `“${s(v)}”`;
/** Labels of parts (`trong đó: tài khoản VNeID mức độ 1`) read better inside a sum without their lead-in. */
const part = (v: unknown) => s(v).replace(/^\s*trong\s+đó\s*:?\s*/iu, '');
/** What an indicator counts, to follow a number: `tài khoản VNeID được tạo`. */
const noun = (v: unknown) => {
  const t = countedNoun(s(v));
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
};
/** A decimal as a number cell holds it (`58.076`): written the Vietnamese way, with a comma (`58,076`). */
const viDecimal = (v: unknown) => (/^\d+\.\d+$/.test(s(v)) ? s(v).replace('.', ',') : s(v));
/** `58.076` in a number cell: three digits after the point, as thousands are typed where the dot is a separator. */
const thousandsTypedAsDecimal = (v: unknown) => /^\d{1,3}\.\d{3}$/.test(s(v));
/**
 * Where two versions of a report differ: each figure by its label, every file's value side by side (`438 / 439`), the
 * first five, then how many more.
 */
function differences(p: FindingParams, lang: Lang): string {
  const labels = arr(p.diffLabels);
  const values = arr(p.diffValues);
  const files = Number(p.count) || 1;
  if (labels.length === 0) return '';
  const value = (v: unknown) => (typeof v === 'number' ? formatCount(v, lang) : lang === 'vi' ? 'trống' : 'empty');
  const shown = labels.slice(0, 5).map(
    (label, i) =>
      `${q(label)} ${values
        .slice(i * files, (i + 1) * files)
        .map(value)
        .join(' / ')}`,
  );
  const more = labels.length > 5 ? (lang === 'vi' ? ` và ${labels.length - 5} chỉ tiêu khác` : ` and ${labels.length - 5} more`) : '';
  return lang === 'vi' ? `, khác ở: ${shown.join('; ')}${more}` : `; they differ in: ${shown.join('; ')}${more}`;
}

/**
 * Whether to say where product names go: a count of products in a workbook (which has a `Thuyết minh` sheet to put
 * them in) whose cell holds words, not for "Số buổi" or a CSV file.
 */
const productsElsewhere = (p: FindingParams, f: Finding) => !!f.location?.sheet && /sản phẩm/i.test(s(p.label)) && /\p{L}{2}/u.test(s(p.raw));

/** A finding about one unit's figure (a table row, a doubtful figure) starts with the unit. */
const who = (f: Finding) => (f.unit && (f.code.startsWith('value-') || f.code === 'ratio-outlier') ? `${f.unit} — ` : '');

const WHAT_VI: Record<string, string> = {
  xlsx: 'một sổ Excel (.xlsx)',
  text: 'một tệp văn bản (CSV)',
  pdf: 'một tệp PDF',
  docx: 'một văn bản Word (.docx)',
  xls: 'một sổ Excel 97-2003 (.xls)',
  ods: 'một bảng tính OpenDocument (.ods)',
  doc: 'một văn bản Word cũ (.doc)',
  html: 'một trang web (HTML)',
  zip: 'một tệp nén ZIP',
  'spreadsheetml-2003': 'một bảng tính XML của Excel 2003',
  binary: 'một tệp nhị phân, không phải văn bản',
};
const WHAT_EN: Record<string, string> = {
  xlsx: 'an Excel workbook (.xlsx)',
  xls: 'an Excel 97-2003 workbook (.xls)',
  ods: 'an OpenDocument spreadsheet (.ods)',
  text: 'a text file (CSV)',
  pdf: 'a PDF file',
  docx: 'a Word document (.docx)',
  doc: 'an old Word document (.doc)',
  html: 'a web page (HTML)',
  zip: 'a ZIP archive',
  'spreadsheetml-2003': 'an Excel 2003 XML spreadsheet',
  binary: 'a binary file, not text',
};

const VI: Record<FindingCode, Render> = {
  'file-not-found': () => 'Không tìm thấy tệp. Kiểm tra lại tên và đường dẫn.',
  'file-name-unreadable': () =>
    'Không mở được: tên tệp (hoặc thư mục) có ký tự không phải Unicode, thường gặp khi giải nén tệp .zip tạo trên máy khác. Hãy đổi tên (gõ lại tên, bỏ dấu nếu cần) rồi chạy lại.',
  'file-unreadable': (p) =>
    p.reason === 'directory' ? 'Đây là một thư mục, không phải tệp.' : `Không mở được tệp (${s(p.reason)}). Kiểm tra quyền đọc hoặc tệp có đang mở ở máy khác.`,
  'file-empty': () => 'Tệp rỗng (0 byte). Hãy lưu lại báo cáo rồi gửi lại.',
  'file-too-large': (p, _f, lang) => {
    switch (p.kind) {
      case 'unzippedBytes':
        return `${p.doc === 'word' ? 'Văn bản Word' : 'Sổ Excel'} khi giải nén vượt quá ${formatBytes(Number(p.limit))} (có thể là tệp “bom nén” hoặc bị hỏng) nên không được đọc. Một báo cáo thường nhỏ hơn nhiều; nếu đúng là cần, đặt biến môi trường CNSCD_MAX_UNZIPPED_MB.`;
      case 'rows':
        return `${p.sheet ? `Trang ${q(p.sheet)} có` : 'Tệp có'} ${n(p.size, lang)} dòng, quá giới hạn ${n(p.limit, lang)} dòng nên không được đọc. Kiểm tra tệp có đúng là báo cáo không; nếu đúng, đặt biến môi trường CNSCD_MAX_ROWS.`;
      case 'cell':
        return `${p.cell ? `Ô ${s(p.cell)} dài ${n(p.size, lang)} ký tự` : `Dòng ${s(p.line)} có ô dài`}, quá giới hạn ${n(p.limit, lang)} ký tự của một ô Excel, nên tệp không được đọc. Xoá hoặc rút gọn nội dung ô đó rồi lưu lại.`;
      case 'sheets':
        return p.doc === 'word'
          ? `Văn bản có ${n(p.size, lang)} bảng, quá giới hạn ${n(p.limit, lang)}. Gửi báo cáo có bảng số liệu trong một văn bản gọn hơn; nếu đúng là cần, đặt biến môi trường CNSCD_MAX_SHEETS.`
          : `Sổ Excel có ${n(p.size, lang)} trang tính, quá giới hạn ${n(p.limit, lang)}. Gửi báo cáo trong một sổ gọn hơn; nếu đúng là cần, đặt biến môi trường CNSCD_MAX_SHEETS.`;
      default:
        return `Tệp quá lớn (${formatBytes(Number(p.size))}, giới hạn ${formatBytes(Number(p.limit))}). Một báo cáo thường nhỏ hơn nhiều; nếu đúng là cần, đặt biến môi trường CNSCD_MAX_FILE_MB.`;
    }
  },
  'file-xls': (p) =>
    `Không đọc được tệp Excel 97-2003 (.xls) này${p.detail ? ` (${s(p.detail)})` : ''}: có thể là tệp Excel 5.0 hoặc bị hỏng. Mở tệp trong Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (*.xlsx), hoặc chạy: soffice --headless --convert-to xlsx TỆP.xls`,
  'file-encrypted': () =>
    'Sổ Excel có đặt mật khẩu mở tệp. Mở tệp, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu: để trống), lưu lại rồi kiểm tra lại.',
  'file-wrong-type': (p) => {
    const what = WHAT_VI[s(p.what)] ?? s(p.what);
    const fix = p.rename ? ` Đổi đuôi tệp thành ${s(p.rename)} rồi chạy lại.` : ' Hãy gửi báo cáo dạng .xlsx hoặc .csv.';
    return `Tên tệp có đuôi ${s(p.ext)} nhưng nội dung là ${what}.${fix}`;
  },
  'file-corrupt': (p) =>
    p.line
      ? `Tệp CSV hỏng ở dòng ${s(p.line)} (${s(p.detail)}). Mở lại trong Excel và lưu lại dạng CSV.`
      : `Không đọc được sổ Excel: tệp bị hỏng hoặc không đầy đủ (${s(p.detail)}). Mở trong Excel, lưu lại rồi gửi lại.`,
  'file-unsupported': (p) => `cnscd không đọc tệp đuôi ${s(p.ext)}. Báo cáo phải là .xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt hoặc văn bản Word .docx.`,
  'encoding-uncertain': (p) =>
    `Không chắc bảng mã của tệp (đoán là ${s(p.encoding)}). Nếu chữ tiếng Việt hiển thị sai, chạy lại với --encoding (utf-8, windows-1258, tcvn3, vni).`,
  'no-table': () =>
    'Không tìm thấy bảng số liệu. Biểu mẫu cần dòng tiêu đề có cột “Nội dung” (hoặc “Chỉ tiêu”) và cột “Số liệu”; bảng tổng hợp cần cột “Đơn vị” và các cột chỉ tiêu.',
  'sheet-skipped': (p) =>
    p.read
      ? `${q(p.sheet)} cũng là bảng số liệu nhưng không được đọc: một văn bản chỉ được đọc một bảng, bảng đầu tiên (${q(p.read)}). Nếu số liệu ở bảng này, hãy gộp vào bảng đầu.`
      : `Trang tính ${q(p.sheet)} không có bảng số liệu nhận ra được nên không được đọc.`,
  'unit-missing': (p) =>
    p.table ? 'Dòng có số liệu nhưng không ghi tên đơn vị.' : 'Không ghi đơn vị báo cáo. Thêm dòng “Đơn vị: …” phía trên bảng hoặc vào trang “Thông tin”.',
  'unit-duplicate': (p) => `Đơn vị ${q(p.unit)} xuất hiện hai lần trong bảng (lần đầu ở ${at(p.first, 'vi')}).`,
  'period-missing': (p) =>
    p.empty
      ? 'Ô “Kỳ báo cáo” còn trống. Ghi kỳ báo cáo vào ô này (hoặc chọn trong danh sách), ví dụ “6 tháng đầu năm 2023”, “Năm 2023”, “Quý III/2024”.'
      : 'Không ghi kỳ báo cáo. Thêm dòng “Kỳ báo cáo: 6 tháng đầu năm 2023” (hoặc “Năm 2023”, “Quý III/2024”…) phía trên bảng hoặc vào trang “Thông tin”.',
  'period-unreadable': (p) => `Không hiểu kỳ báo cáo ${q(p.text)}. Viết theo dạng “Năm 2023”, “6 tháng đầu năm 2023”, “Quý III/2024” hoặc “Tháng 7/2023”.`,
  'period-mismatch': (p) => `Kỳ báo cáo là ${describePeriodKey(p.period, 'vi')}, nhưng đang kiểm tra cho kỳ ${describePeriodKey(p.expected, 'vi')}.`,
  'period-from-title': (p) => `Không có dòng “Kỳ báo cáo”; đã lấy kỳ ${describePeriodKey(p.period, 'vi')} từ tiêu đề ${q(p.text)}. Nên ghi rõ “Kỳ báo cáo: …”.`,
  'date-unreadable': (p) => `Không hiểu ngày báo cáo ${q(p.text)}. Viết theo dạng 20/7/2023.`,
  'unknown-row': (p) =>
    `Dòng ${q(p.label)} không khớp chỉ tiêu nào nên không được tính${arr(p.values).length ? ` (số liệu: ${arr(p.values).join(', ')})` : ''}.` +
    (p.suggestion ? ` Có phải là ${q(p.suggestion)}?` : ''),
  'unknown-column': (p) =>
    `Cột ${q(p.label)} không khớp chỉ tiêu nào nên không được tính${Number(p.count) ? ` (${s(p.count)} ô có dữ liệu)` : ''}.` +
    (p.suggestion ? ` Có phải là ${q(p.suggestion)}?` : ''),
  'unknown-note-section': (p) =>
    `Mục thuyết minh ${q(p.label)} không thuộc mục nào đã biết (ket_qua_noi_bat, ton_tai_han_che, de_xuat_kien_nghi, ds_ocop_len_san, ds_san_pham_khac_len_san).`,
  'note-unit-unknown': (p) =>
    `Trang Thuyết minh hoặc Sản phẩm có nội dung của ${q(p.unit)}, đơn vị không có trong trang Tổng hợp, nên không được đưa vào báo cáo. Sửa tên cho khớp với trang Tổng hợp, hoặc tổng hợp lại tệp này.`,
  'indicator-duplicate': (p) =>
    `Chỉ tiêu ${q(p.label)} được ghi hai lần (lần đầu ở ${at(p.first, 'vi')}: ${s(p.firstRaw) || 'trống'}; ở đây: ${s(p.raw) || 'trống'}). Giữ lại một dòng.`,
  'indicators-absent': (p) => `Biểu không có ${s(p.count)} chỉ tiêu (coi là chưa báo cáo): ${arr(p.labels).join('; ')}.`,
  'value-empty': (p) =>
    p.elsewhere !== undefined
      ? `${q(p.label)}: ô số liệu trống, nhưng cột ${q(p.elsewhereColumn)} cùng dòng (${at(p.elsewhereAt, 'vi')}) có số ${s(p.elsewhere)}: có lẽ số liệu ghi nhầm cột. Hãy chuyển số này sang cột số liệu; đến lúc đó chỉ tiêu được coi là chưa báo cáo.`
      : `${q(p.label)}: ô trống — coi là chưa báo cáo (không phải 0). Nếu số liệu là 0, hãy ghi 0.`,
  'report-empty': (p, f) =>
    `${f.unit ? `${q(f.unit)}: ` : ''}biểu chưa có số liệu nào (${s(p.count)} ô chỉ tiêu đều trống): đây là biểu trống, chưa phải báo cáo; đơn vị vẫn được tính là chưa báo cáo. Hãy điền số liệu (ghi 0 nếu kết quả là 0) rồi gửi lại.`,
  'value-negative': (p) => `${q(p.label)}: ${s(p.raw)} là số âm; số liệu phải là số nguyên không âm.`,
  'value-decimal': (p) =>
    thousandsTypedAsDecimal(p.raw)
      ? `${q(p.label)}: ô này lưu số thập phân ${viDecimal(p.raw)} (${s(p.raw).split('.')[0]} phẩy ${s(p.raw).split('.')[1]}, không phải ${s(p.raw).replace('.', '')}); số liệu phải là số nguyên. Có lẽ dấu chấm được gõ để tách hàng nghìn trên máy đặt kiểu số tiếng Anh, nơi dấu chấm là dấu thập phân: hãy gõ ${s(p.raw).replace('.', '')}, không có dấu chấm.`
      : `${q(p.label)}: ${viDecimal(p.raw)} là số thập phân; số liệu phải là số nguyên (gõ liền, không có dấu chấm hay dấu phẩy, ví dụ 1234).`,
  'value-not-number': (p, f) =>
    `${q(p.label)}: ${q(p.raw)} không phải là số. Ghi số nguyên, gõ liền (ví dụ 1234)${productsElsewhere(p, f) ? '; tên các sản phẩm ghi ở trang “Thuyết minh”' : ''}.`,
  'value-formula-uncached': (p) => `${q(p.label)}: ô chứa công thức ${s(p.raw)} chưa có kết quả lưu sẵn. Mở tệp trong Excel, để Excel tính rồi lưu lại.`,
  'value-error-cell': (p) => `${q(p.label)}: ô báo lỗi ${s(p.raw)}. Sửa công thức rồi lưu lại.`,
  'value-with-text': (p, _f, lang) => `${q(p.label)}: đã đọc số ${n(p.value, lang)}; phần chữ theo sau không được tính: ${q(p.trailing)}.`,
  'value-split': (p, _f, lang) => `Đã đọc ${q(p.label)} = ${n(p.value, lang)} từ phần “trong đó” của ô (${q(p.raw)}). Nên tách thành dòng riêng.`,
  'rule-sum': (p, _f, lang) => {
    const parts = arr(p.parts).map((v) => n(v, lang));
    const labels = arr(p.partLabels).map((l, i) => `${part(l)} (${at(arr(p.cells)[i], lang)})`);
    return `${s(p.total)} (${at(p.totalCell, lang)}) là ${n(p.totalValue, lang)}, nhưng ${formatList(labels, lang)} cộng lại là ${parts.join(' + ')} = ${n(p.sum, lang)} (lệch ${n(Math.abs(Number(p.sum) - Number(p.totalValue)), lang)}).`;
  },
  'rule-compare': (p, _f, lang) =>
    `${s(p.left)} (${at(p.leftCell, lang)}) = ${n(p.leftValue, lang)} phải ${opVi(s(p.op))} ${s(p.right)} (${at(p.rightCell, lang)}) = ${n(p.rightValue, lang)}.`,
  'rule-derived': (p, _f, lang) =>
    `Không ghi ${q(p.total)}; đã tính bằng tổng các phần ${formatList(
      arr(p.partLabels).map((l, i) => `${part(l)} (${at(arr(p.cells)[i], lang)})`),
      lang,
    )}: ${arr(p.parts)
      .map((v) => n(Number(v), lang))
      .join(' + ')} = ${n(p.value, lang)}.`,
  'total-mismatch': (p, _f, lang) =>
    `Dòng tổng ghi ${q(p.label)} = ${n(p.typed, lang)}, nhưng cộng ${s(p.rows)} dòng đơn vị được ${n(p.sum, lang)} (ghi ${Number(p.difference) < 0 ? 'thiếu' : 'thừa'} ${n(Math.abs(Number(p.difference)), lang)}).` +
    (Number(p.unusable) ? ` ${s(p.unusable)} ô không hợp lệ không được cộng.` : '') +
    ' Dòng tổng không được cộng vào; hãy sửa lại cho đúng.',
  'unit-unknown': (p) =>
    `Đơn vị ${q(p.unit)} không có trong danh sách đơn vị${arr(p.suggestions).length ? `; có phải là ${arr(p.suggestions).map(q).join(' hoặc ')}?` : '.'} Số liệu của đơn vị này chưa được tổng hợp: sửa tên đơn vị trong báo cáo hoặc thêm vào danh sách (--roster).`,
  'unit-ambiguous': (p, _f, lang) =>
    `Danh sách đơn vị có ${s(arr(p.units).length)} đơn vị tên ${q(p.unit)} (${formatList(arr(p.units).map(q), lang)}); báo cáo không ghi mã đơn vị nên chưa biết là đơn vị nào và chưa được tổng hợp. Ghi “Mã đơn vị” vào trang Thông tin của biểu (hoặc cột Mã đơn vị của bảng), theo mã trong danh sách, hoặc để biểu trong thư mục mang tên cấp trên của đơn vị (như “Tỉnh Phú Thọ”) và chạy với --recursive.`,
  'unit-repeated': (p) => `Báo cáo của ${q(p.unit)} trùng hoàn toàn với tệp ${q(p.other)}; chỉ tính một lần.`,
  'unit-conflict': (p) =>
    `${q(p.unit)} có ${s(p.count)} báo cáo cùng kỳ với số liệu khác nhau (${arr(p.files).map(q).join(', ')})${differences(p, 'vi')}. Chưa tính báo cáo nào; hãy giữ lại một bản đúng và xoá bản kia khỏi thư mục. Nếu là hai đơn vị khác nhau cùng tên (như hai xã cùng tên ở hai tỉnh), ghi “Mã đơn vị” vào trang Thông tin của mỗi biểu.`,
  'period-differs': (p) => `Báo cáo kỳ ${s(p.period)}, khác kỳ đang tổng hợp (${s(p.expected)}); không được tính.`,
  'period-assumed': (p) => `Tệp không ghi kỳ báo cáo; đã coi là kỳ đang tổng hợp (${s(p.expected)}). Nên ghi rõ “Kỳ báo cáo: …”.`,
  'parent-unknown': (p) =>
    `Không xác định được đơn vị cấp ${s(p.levelVi)} của ${q(p.unit)} (danh sách đơn vị không ghi “Cấp trên” cho đơn vị này); đã xếp vào nhóm “${s(p.group)}”. Bổ sung cột “Cấp trên” trong danh sách đơn vị.`,
  'value-decreased': (p, _f, lang) =>
    `${q(p.label)} giảm từ ${n(p.previous, lang)} (${s(p.previousPeriod)}) xuống ${n(p.current, lang)}, trong khi chỉ tiêu này chỉ tăng dần. Kiểm tra lại số liệu với đơn vị.`,
  'value-outlier': (p, _f, lang) =>
    `${q(p.label)} = ${n(p.value, lang)}, ${p.direction === 'low' ? 'thấp hơn' : 'cao gấp'} ${n(p.factor, lang)} lần ${p.direction === 'low' ? 'so với ' : ''}mức giữa (trung vị) của ${n(p.units, lang)} đơn vị (${n(p.median, lang)}). Số liệu đáng ngờ: kiểm tra lại với đơn vị (số liệu vẫn được tổng hợp như đã báo cáo).`,
  'ratio-outlier': (p, _f, lang) =>
    `${n(p.numerator, lang)} ${noun(p.numeratorLabel)} / ${n(p.denominator, lang)} ${noun(p.denominatorLabel)} = ${n(p.ratio, lang)} — ${p.direction === 'low' ? 'thấp' : 'cao'} bất thường so với các đơn vị khác (trung vị ${n(p.median, lang)}, ${n(p.units, lang)} đơn vị). Số liệu đáng ngờ: kiểm tra lại với đơn vị.`,
};

const EN: Record<FindingCode, Render> = {
  'file-not-found': () => 'File not found. Check the name and the path.',
  'file-name-unreadable': () =>
    'Could not be opened: the name of the file (or folder) has characters that are not Unicode, as happens when a .zip made on another computer is unpacked. Rename it (type the name again, without accents if need be) and run again.',
  'file-unreadable': (p) =>
    p.reason === 'directory'
      ? 'This is a folder, not a file.'
      : `Cannot open the file (${s(p.reason)}). Check read permission, or whether it is open elsewhere.`,
  'file-empty': () => 'The file is empty (0 bytes). Save the report again and resend it.',
  'file-too-large': (p, _f, lang) => {
    switch (p.kind) {
      case 'unzippedBytes':
        return `The ${p.doc === 'word' ? 'Word document' : 'workbook'} inflates to more than ${formatBytes(Number(p.limit))} (a zip bomb, or damaged), so it is not read. A report is usually far smaller; if this one really is that big, set CNSCD_MAX_UNZIPPED_MB.`;
      case 'rows':
        return `${p.sheet ? `Sheet ${q(p.sheet)} has` : 'The file has'} ${n(p.size, lang)} rows, over the limit of ${n(p.limit, lang)}, so it is not read. Check that it is a report; if it is, set CNSCD_MAX_ROWS.`;
      case 'cell':
        return `${p.cell ? `Cell ${s(p.cell)} holds ${n(p.size, lang)} characters` : `Line ${s(p.line)} holds a cell`}, over Excel's limit of ${n(p.limit, lang)} characters for one cell, so the file is not read. Delete or shorten that cell and save.`;
      case 'sheets':
        return p.doc === 'word'
          ? `The document has ${n(p.size, lang)} tables, over the limit of ${n(p.limit, lang)}. Send the figures in a smaller document; if this is right, set CNSCD_MAX_SHEETS.`
          : `The workbook has ${n(p.size, lang)} sheets, over the limit of ${n(p.limit, lang)}. Send the report in a smaller workbook; if this is right, set CNSCD_MAX_SHEETS.`;
      default:
        return `The file is too large (${formatBytes(Number(p.size))}, limit ${formatBytes(Number(p.limit))}). A report is usually far smaller; if this one really is that big, set CNSCD_MAX_FILE_MB.`;
    }
  },
  'file-xls': (p) =>
    `This Excel 97-2003 workbook (.xls) cannot be read${p.detail ? ` (${s(p.detail)})` : ''}: it may be an Excel 5.0 file, or damaged. Open it in Excel and use File › Save As › Excel Workbook (*.xlsx), or run: soffice --headless --convert-to xlsx FILE.xls`,
  'file-encrypted': () =>
    'The workbook is password-protected. Open it, remove the password (File › Info › Protect Workbook › Encrypt with Password: leave empty), save, and check again.',
  'file-wrong-type': (p) => {
    const what = WHAT_EN[s(p.what)] ?? s(p.what);
    const fix = p.rename ? ` Rename it to ${s(p.rename)} and run again.` : ' Send the report as .xlsx or .csv.';
    return `The file name ends in ${s(p.ext)} but it holds ${what}.${fix}`;
  },
  'file-corrupt': (p) =>
    p.line
      ? `The CSV file is broken at line ${s(p.line)} (${s(p.detail)}). Open it in Excel and save it as CSV again.`
      : `Cannot read the workbook: the file is damaged or incomplete (${s(p.detail)}). Open it in Excel, save it again and resend it.`,
  'file-unsupported': (p) => `cnscd does not read ${s(p.ext)} files. A report must be .xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt or a Word .docx.`,
  'encoding-uncertain': (p) =>
    `Not sure of the file's encoding (guessed ${s(p.encoding)}). If Vietnamese text looks wrong, run again with --encoding (utf-8, windows-1258, tcvn3, vni).`,
  'no-table': () =>
    'No data table found. A form needs a header row with a “Nội dung” (or “Chỉ tiêu”) column and a “Số liệu” column; a summary table needs a “Đơn vị” column and indicator columns.',
  'sheet-skipped': (p) =>
    p.read
      ? `${q(p.sheet)} is a table of figures too, but was not read: a document is read for one table, its first (${q(p.read)}). If the figures are in this one, move them into the first.`
      : `Sheet ${q(p.sheet)} has no table that could be recognised, so it was not read.`,
  'unit-missing': (p) =>
    p.table
      ? 'This row has figures but no unit name.'
      : 'The reporting unit is not stated. Add a line “Đơn vị: …” above the table or in the “Thông tin” sheet.',
  'unit-duplicate': (p) => `Unit ${q(p.unit)} appears twice in the table (first at ${at(p.first, 'en')}).`,
  'period-missing': (p) =>
    p.empty
      ? 'The “Kỳ báo cáo” cell is empty. Write the period in it (or choose it from the list), e.g. “6 tháng đầu năm 2023”, “Năm 2023”, “Quý III/2024”.'
      : 'The reporting period is not stated. Add a line “Kỳ báo cáo: 6 tháng đầu năm 2023” (or “Năm 2023”, “Quý III/2024”…) above the table or in the “Thông tin” sheet.',
  'period-unreadable': (p) => `Cannot understand the period ${q(p.text)}. Write it as “Năm 2023”, “6 tháng đầu năm 2023”, “Quý III/2024” or “Tháng 7/2023”.`,
  'period-mismatch': (p) => `The report covers ${describePeriodKey(p.period, 'en')}, but the check is for ${describePeriodKey(p.expected, 'en')}.`,
  'period-from-title': (p) =>
    `No “Kỳ báo cáo” line; took the period (${describePeriodKey(p.period, 'en')}) from the title ${q(p.text)}. Better to state “Kỳ báo cáo: …”.`,
  'date-unreadable': (p) => `Cannot understand the report date ${q(p.text)}. Write it as 20/7/2023.`,
  'unknown-row': (p) =>
    `Row ${q(p.label)} matches no indicator, so it is not counted${arr(p.values).length ? ` (value: ${arr(p.values).join(', ')})` : ''}.` +
    (p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ''),
  'unknown-column': (p) =>
    `Column ${q(p.label)} matches no indicator, so it is not counted${Number(p.count) ? ` (${s(p.count)} cells with data)` : ''}.` +
    (p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ''),
  'unknown-note-section': (p) =>
    `Note section ${q(p.label)} is not a known section (ket_qua_noi_bat, ton_tai_han_che, de_xuat_kien_nghi, ds_ocop_len_san, ds_san_pham_khac_len_san).`,
  'note-unit-unknown': (p) =>
    `The Thuyết minh or Sản phẩm sheet has notes of ${q(p.unit)}, a unit not on the Tổng hợp sheet, so they are left out of the report. Make the name match the Tổng hợp sheet, or aggregate this file again.`,
  'indicator-duplicate': (p) =>
    `Indicator ${q(p.label)} is given twice (first at ${at(p.first, 'en')}: ${s(p.firstRaw) || 'empty'}; here: ${s(p.raw) || 'empty'}). Keep one row.`,
  'indicators-absent': (p) => `The form lacks ${s(p.count)} indicators (taken as not reported): ${arr(p.codes).join(', ')}.`,
  'value-empty': (p) =>
    p.elsewhere !== undefined
      ? `${q(p.label)}: the value cell is empty, but the ${q(p.elsewhereColumn)} column of the same row (${at(p.elsewhereAt, 'en')}) holds ${s(p.elsewhere)}: the figure is probably in the wrong column. Move it to the value column; until then the indicator is taken as not reported.`
      : `${q(p.label)}: empty cell — taken as not reported (not 0). If the figure is 0, write 0.`,
  'report-empty': (p, f) =>
    `${f.unit ? `${q(f.unit)}: ` : ''}the form has no figure at all (its ${s(p.count)} indicator cells are all empty): a blank form, not a report; the unit still counts as not reported. Fill in the figures (0 where the result is 0) and send it again.`,
  'value-negative': (p) => `${q(p.label)}: ${s(p.raw)} is negative; counts are whole numbers ≥ 0.`,
  'value-decimal': (p) =>
    thousandsTypedAsDecimal(p.raw)
      ? `${q(p.label)}: the cell holds the decimal ${s(p.raw)}; counts are whole numbers. The dot was probably typed to separate thousands on a computer set to English numbers, where it is the decimal point: type ${s(p.raw).replace('.', '')}, with no dot.`
      : `${q(p.label)}: ${s(p.raw)} is a decimal; counts are whole numbers (type them with no dot or comma, e.g. 1234).`,
  'value-not-number': (p, f) =>
    `${q(p.label)}: ${q(p.raw)} is not a number. Write a whole number, with no separators (e.g. 1234)${productsElsewhere(p, f) ? '; the products’ names go in the “Thuyết minh” sheet' : ''}.`,
  'value-formula-uncached': (p) => `${q(p.label)}: the cell has formula ${s(p.raw)} with no stored result. Open the file in Excel, let it calculate, and save.`,
  'value-error-cell': (p) => `${q(p.label)}: the cell shows error ${s(p.raw)}. Fix the formula and save.`,
  'value-with-text': (p, _f, lang) => `${q(p.label)}: read the number ${n(p.value, lang)}; the words after it are not counted: ${q(p.trailing)}.`,
  'value-split': (p, _f, lang) => `Read ${q(p.label)} = ${n(p.value, lang)} from the “trong đó” part of the cell (${q(p.raw)}). Better to give it its own row.`,
  'rule-sum': (p, _f, lang) => {
    const parts = arr(p.parts).map((v) => n(v, lang));
    const labels = arr(p.partLabels).map((l, i) => `${part(l)} (${at(arr(p.cells)[i], lang)})`);
    return `${s(p.total)} (${at(p.totalCell, lang)}) is ${n(p.totalValue, lang)}, but ${formatList(labels, lang)} add up to ${parts.join(' + ')} = ${n(p.sum, lang)} (off by ${n(Math.abs(Number(p.sum) - Number(p.totalValue)), lang)}).`;
  },
  'rule-compare': (p, _f, lang) =>
    `${s(p.left)} (${at(p.leftCell, lang)}) = ${n(p.leftValue, lang)} must be ${opEn(s(p.op))} ${s(p.right)} (${at(p.rightCell, lang)}) = ${n(p.rightValue, lang)}.`,
  'rule-derived': (p, _f, lang) =>
    `${q(p.total)} not given; computed as the sum of its parts ${formatList(
      arr(p.partLabels).map((l, i) => `${part(l)} (${at(arr(p.cells)[i], lang)})`),
      lang,
    )}: ${arr(p.parts)
      .map((v) => n(Number(v), lang))
      .join(' + ')} = ${n(p.value, lang)}.`,
  'total-mismatch': (p, _f, lang) =>
    `The total row gives ${q(p.label)} = ${n(p.typed, lang)}, but the ${s(p.rows)} unit rows add up to ${n(p.sum, lang)} (${n(Math.abs(Number(p.difference)), lang)} too ${Number(p.difference) < 0 ? 'low' : 'high'}).` +
    (Number(p.unusable) ? ` ${s(p.unusable)} invalid cells were not added.` : '') +
    ' The total row is never added in; correct it.',
  'unit-unknown': (p) =>
    `Unit ${q(p.unit)} is not in the roster${arr(p.suggestions).length ? `; did you mean ${arr(p.suggestions).map(q).join(' or ')}?` : '.'} Its figures are not counted: correct the unit's name in the report or add it to the roster (--roster).`,
  'unit-ambiguous': (p, _f, lang) =>
    `The roster has ${s(arr(p.units).length)} units named ${q(p.unit)} (${formatList(arr(p.units).map(q), lang)}); the report gives no unit code, so which one it is cannot be told, and it is not counted. Put the “Mã đơn vị” on the form's Thông tin sheet (or in the table's Mã đơn vị column), as the roster gives it, or file the form in a folder named for the unit's parent (such as “Tỉnh Phú Thọ”) and run with --recursive.`,
  'unit-repeated': (p) => `The report of ${q(p.unit)} is identical to file ${q(p.other)}; counted once.`,
  'unit-conflict': (p) =>
    `${q(p.unit)} has ${s(p.count)} reports for the same period with different figures (${arr(p.files).map(q).join(', ')})${differences(p, 'en')}. None is counted; keep the right one and remove the other from the folder. If they are two units of one name (two communes of one name in two provinces, say), put each one's “Mã đơn vị” on its form's Thông tin sheet.`,
  'period-differs': (p) => `The report covers ${s(p.periodEn)}, not the period being aggregated (${s(p.expectedEn)}); not counted.`,
  'period-assumed': (p) => `The file states no period; taken as the period being aggregated (${s(p.expectedEn)}). Better to state “Kỳ báo cáo: …”.`,
  'parent-unknown': (p) =>
    `The ${s(p.levelEn)} of ${q(p.unit)} is not known (the roster gives no “Cấp trên” for it); placed in the group “${s(p.group)}”. Add a “Cấp trên” column to the roster.`,
  'value-decreased': (p, _f, lang) =>
    `${q(p.label)} fell from ${n(p.previous, lang)} (${s(p.previousPeriodEn)}) to ${n(p.current, lang)}, though this count only grows. Check the figure with the unit.`,
  'value-outlier': (p, _f, lang) =>
    `${q(p.label)} = ${n(p.value, lang)}, ${n(p.factor, lang)} times ${p.direction === 'low' ? 'below' : 'above'} the median of ${n(p.units, lang)} units (${n(p.median, lang)}). A doubtful figure: check it with the unit (it is still counted as reported).`,
  'ratio-outlier': (p, _f, lang) =>
    `${n(p.numerator, lang)} ${s(p.numeratorCode)} / ${n(p.denominator, lang)} ${s(p.denominatorCode)} = ${n(p.ratio, lang)} — unusually ${p.direction === 'low' ? 'low' : 'high'} against the other units (median ${n(p.median, lang)}, ${n(p.units, lang)} units). A doubtful figure: check it with the unit.`,
};

function opVi(op: string): string {
  return { '<=': 'không lớn hơn', '<': 'nhỏ hơn', '>=': 'không nhỏ hơn', '>': 'lớn hơn', '=': 'bằng' }[op] ?? op;
}

function opEn(op: string): string {
  return { '<=': 'at most', '<': 'less than', '>=': 'at least', '>': 'more than', '=': 'equal to' }[op] ?? op;
}

/** The finding's message in the user's language. */
export function messageOf(f: Finding, lang: Lang): string {
  return who(f) + (lang === 'en' ? EN : VI)[f.code](f.params, f, lang);
}
