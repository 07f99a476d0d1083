import { formatCount } from './format.js';
import type { Lang } from '../model/lang.js';

/**
 * Why the system would not let the outputs be written, in words a clerk can act on, from its error code. On Windows
 * a report still open in Word or Excel is the usual cause of EBUSY, EPERM and EACCES.
 */
const WHY_NOT_WRITTEN: { codes: string[]; vi: string; en: string }[] = [
  {
    codes: ['EACCES', 'EPERM', 'EBUSY'],
    vi: 'không có quyền ghi vào đó, hoặc tệp kết quả cũ đang mở trong Word hay Excel. Đóng tệp rồi chạy lại, hoặc chọn thư mục khác',
    en: 'no permission to write there, or an earlier output is open in Word or Excel. Close it and run again, or choose another folder',
  },
  { codes: ['EROFS'], vi: 'ổ đĩa này chỉ cho đọc. Chọn thư mục khác', en: 'the drive is read-only. Choose another folder' },
  { codes: ['ENOSPC', 'EDQUOT'], vi: 'ổ đĩa đã đầy. Giải phóng chỗ trống hoặc chọn ổ khác', en: 'the disk is full. Free some space or choose another drive' },
  {
    codes: ['ENOTDIR', 'EEXIST', 'EISDIR'],
    vi: 'trên đường dẫn có một tệp trùng tên với thư mục cần ghi. Chọn thư mục khác',
    en: 'a file stands on the path where a folder must be. Choose another folder',
  },
  { codes: ['ENAMETOOLONG'], vi: 'đường dẫn quá dài. Chọn thư mục có đường dẫn ngắn hơn', en: 'the path is too long. Choose a folder with a shorter path' },
  { codes: ['ENOENT'], vi: 'không tạo được thư mục ở đó. Chọn thư mục khác', en: 'no folder can be made there. Choose another folder' },
];
const OTHER_WRITE_FAILURE = {
  vi: 'hệ thống từ chối ghi. Chọn thư mục khác hoặc báo cho người quản trị máy',
  en: 'the system refused the write. Choose another folder or ask whoever runs the machine',
};
const whyNotWritten = (code: string, lang: Lang) => (WHY_NOT_WRITTEN.find((w) => w.codes.includes(code)) ?? OTHER_WRITE_FAILURE)[lang];

/** After "no reports here", when the folder has sub-folders: where the reports may be, and the option to read them. */
const subfoldersVi = (n: number) => (n > 0 ? `; có ${formatCount(n, 'vi')} thư mục con — thêm --recursive để đọc cả báo cáo trong các thư mục con` : '');
const subfoldersEn = (n: number) =>
  n > 0 ? `; it has ${formatCount(n, 'en')} sub-folder${n === 1 ? '' : 's'}: add --recursive to read the reports in sub-folders too` : '';

/** The words of the command line itself (help, misuse). Findings have their own catalogue. */
/** The command line's own words (help, usage errors, what was written), Vietnamese first. */
const vi = {
  description:
    'Kiểm tra và tổng hợp báo cáo hoạt động Tổ Công nghệ số cộng đồng (CNSCĐ).\n' +
    'Chạy "cnscd validate TỆP" để kiểm tra báo cáo trước khi gửi; "cnscd aggregate THƯ_MỤC" để tổng hợp.',
  version: 'xem phiên bản',
  help: 'xem hướng dẫn',
  helpCommand: 'xem hướng dẫn của một lệnh',
  lang: 'ngôn ngữ thông báo: vi (mặc định) hoặc en',
  format: 'cách in kết quả: text (mặc định), json, hoặc github (chú thích cho GitHub Actions)',
  recursive: 'đọc cả báo cáo trong các thư mục con (như mỗi tỉnh, mỗi huyện một thư mục)',
  badFormat: (f: string) => `không có định dạng "${f}"; dùng text, json hoặc github`,
  ciSummary: (files: number, e: number, w: number) => `cnscd: ${formatCount(files, 'vi')} tệp, ${formatCount(e, 'vi')} lỗi, ${formatCount(w, 'vi')} cảnh báo`,
  validate: {
    description: 'Kiểm tra một hoặc nhiều tệp báo cáo (.xlsx, .xlsm, .xls, .ods, .docx, .csv, .tsv, .txt) và chỉ ra mọi lỗi, đến từng ô.',
    files: 'tệp báo cáo hoặc thư mục chứa các tệp',
    json: 'in kết quả dạng JSON (cho máy đọc, CI)',
    strict: 'coi mọi cảnh báo là lỗi',
    schema: 'bộ chỉ tiêu riêng (tệp JSON) thay cho bộ mặc định cnscd-2023',
    encoding: 'bảng mã của tệp CSV: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni (mặc định: tự nhận)',
    period: 'kỳ báo cáo phải kiểm tra, ví dụ "6 tháng đầu năm 2023" hoặc 2023-H1',
    after:
      '\nVí dụ:\n' +
      '  cnscd validate "Tu Ky 6 thang 2023.xlsx"\n' +
      '  cnscd validate bao-cao/*.csv --strict\n' +
      '  cnscd validate bao-cao/ --json > ket-qua.json\n' +
      '\nMã thoát: 0 không có lỗi · 1 có lỗi · 2 không đọc được tệp hoặc dùng sai lệnh.',
  },
  aggregate: {
    description:
      'Tổng hợp mọi báo cáo trong một thư mục: tổng số liệu, đơn vị đã/chưa báo cáo, mọi sai sót, và viết báo cáo Word (bao-cao.docx), bảng tổng hợp Excel (tong-hop.xlsx) và tong-hop.json.',
    dir: 'thư mục chứa các báo cáo của đơn vị',
    out: 'thư mục ghi kết quả (mặc định: ./cnscd-out)',
    roster: 'danh sách đơn vị phải báo cáo (JSON, CSV hoặc Excel)',
    config: 'tệp cấu hình báo cáo (mặc định: cnscd.config.json nếu có)',
    wording: 'mẫu lời văn của báo cáo (mặc định: templates/bao-cao/bao-cao.json)',
    number: 'số văn bản (để trống cho văn thư điền)',
    date: 'ngày báo cáo, ví dụ 08/08/2023',
    place: 'địa danh ghi trước ngày tháng',
    json: 'in kết quả dạng JSON ra màn hình (cho máy đọc, CI)',
    strict: 'coi mọi cảnh báo là lỗi; không ghi báo cáo khi còn lỗi',
    pdf: 'ghi thêm bao-cao.pdf (cần LibreOffice)',
    noChart: 'không vẽ biểu đồ trong báo cáo',
    by: 'nhóm đơn vị theo cấp trên: huyen (cấp huyện), tinh (cấp tỉnh) hoặc captren (cấp trên trực tiếp), theo cột "Cấp trên" của danh sách đơn vị; phụ lục có dòng cộng từng nhóm',
    previous: 'so sánh với kỳ trước: tệp tong-hop.json của kỳ trước, thư mục chứa nó, hoặc thư mục báo cáo của kỳ trước',
    badLevel: (v: string) => `--by "${v}": không rõ cấp nào. Dùng huyen (cấp huyện), tinh (cấp tỉnh) hoặc captren (cấp trên trực tiếp).`,
    noSoffice:
      'Chưa ghi bao-cao.pdf: máy này chưa cài LibreOffice. Cài LibreOffice (Windows/macOS: https://www.libreoffice.org/download; Debian/Ubuntu: sudo apt install libreoffice-writer) rồi chạy lại với --pdf, hoặc mở bao-cao.docx bằng Word và chọn Lưu thành › PDF. Nếu LibreOffice cài ở chỗ khác, đặt biến CNSCD_SOFFICE là đường dẫn tới soffice.',
    pdfFailed: (why: string) => `Chưa ghi được bao-cao.pdf: LibreOffice báo lỗi (${why}). Báo cáo Word vẫn đã được ghi; có thể mở bằng Word và lưu thành PDF.`,
    written: (files: string[]) => `Đã ghi: ${files.join(', ')}`,
    narrativeUsed: (f: string) => `Phần tự viết của báo cáo: ${f}.`,
    leftOut: (parts: string[], file: string, exists: boolean) =>
      `Báo cáo không có ${parts.length === 1 ? 'phần' : `${parts.length} phần`} ${parts.map((p) => `“${p}”`).join(', ')} vì chưa có nội dung; muốn có, hãy viết vào ${file}${exists ? '' : ' (cnscd init tạo tệp mẫu)'} rồi chạy lại.`,
    notWritten: 'Chưa ghi báo cáo vì còn lỗi (--strict).',
    pdfStarting: 'Đang chuyển bao-cao.docx sang PDF bằng LibreOffice (báo cáo dài có thể mất vài phút)…',
    pdfTimedOut: (s: number) =>
      `Chưa ghi được bao-cao.pdf: LibreOffice chưa xong sau ${formatCount(s, 'vi')} giây nên đã dừng. Báo cáo Word vẫn đã được ghi; có thể mở bằng Word và lưu thành PDF, hoặc chạy lại với --pdf khi máy rảnh hơn.`,
    after:
      '\nVí dụ:\n' +
      '  cnscd aggregate bao-cao-huyen/ --roster don-vi.json --out ket-qua/\n' +
      '  cnscd aggregate bao-cao-huyen/ --period "6 tháng đầu năm 2023" --date 08/08/2023\n' +
      '  cnscd aggregate bao-cao-xa/ --roster xa.csv --by huyen --previous ket-qua-ky-truoc/\n' +
      '\nMã thoát: 0 không có lỗi · 1 có lỗi (báo cáo vẫn được ghi, trừ khi --strict) · 2 không dùng được dữ liệu vào hoặc dùng sai lệnh.',
  },
  web: {
    description:
      'Ghi trang web kiểm tra và tổng hợp báo cáo (một tệp .html, dùng được không cần mạng và không cần cài gì): gửi qua Zalo, thư điện tử hoặc đặt lên cổng thông tin.',
    out: 'tên tệp trang web (mặc định: cnscd.html)',
    force: 'ghi đè tệp đã có',
    after: '\nVí dụ:\n  cnscd web\n  cnscd web --out kiem-tra-bao-cao-cnscd.html',
    notHtml: (f: string) => `trang web phải là tệp .html (đang là "${f}")`,
    exists: (f: string) => `đã có tệp ${f}; không ghi đè. Chọn tên khác bằng --out, hoặc thêm --force để ghi đè`,
    missing: 'bản cài đặt này thiếu trang web (dist/web/cnscd.html). Cài lại cnscd (npm ci, hoặc npm run build trong thư mục mã nguồn)',
    written: (f: string, size: string) =>
      `Đã ghi trang web ${f} (${size}). Mở bằng Chrome, Edge hoặc Firefox; các tệp được kiểm tra ngay trên máy, không gửi đi đâu.`,
  },
  template: {
    description:
      'Tạo biểu mẫu Excel để gửi các đơn vị điền: có trang hướng dẫn, danh sách kỳ báo cáo, ô số liệu chỉ nhận số nguyên ≥ 0, biểu được khoá để không lệch.',
    out: 'tên tệp biểu mẫu (mặc định: bieu-mau-cnscd.xlsx)',
    unit: 'ghi sẵn tên đơn vị',
    code: 'ghi sẵn mã đơn vị (theo danh sách đơn vị)',
    period: 'ghi sẵn kỳ báo cáo, ví dụ "6 tháng đầu năm 2023"',
    after:
      '\nVí dụ:\n' +
      '  cnscd template --period "6 tháng đầu năm 2024" --out bieu-mau-6t-2024.xlsx\n' +
      '  cnscd template --unit "Huyện Tứ Kỳ" --period "Quý III/2024"\n' +
      '  cnscd template --schema bo-chi-tieu-tinh.json',
    notXlsx: (f: string) => `biểu mẫu phải là tệp .xlsx (đang là "${f}")`,
    force: 'ghi đè tệp biểu mẫu đã có',
    exists: (f: string) => `đã có tệp ${f}; không ghi đè. Chọn tên khác bằng --out, hoặc thêm --force để ghi đè`,
    written: (f: string, n: number) => `Đã ghi biểu mẫu ${f} (${n} chỉ tiêu). Gửi cho các đơn vị điền; nhận lại thì kiểm tra bằng: cnscd validate TỆP`,
  },
  init: {
    description:
      'Tạo tệp cấu hình báo cáo (cnscd.config.json, có giải thích từng mục), danh sách đơn vị (don-vi.csv) và tệp mẫu phần tự viết của báo cáo (noi-dung-bao-cao.md) để điền. Không ghi đè tệp đã có.',
    dir: 'thư mục tạo tệp (mặc định: thư mục đang đứng)',
    after: '\nVí dụ:\n  cnscd init\n  cnscd init --dir bao-cao-tinh/',
    written: (f: string) => `Đã tạo ${f}`,
    kept: (f: string) => `${f} đã có — giữ nguyên`,
    next: 'Điền cnscd.config.json (tên cơ quan, người ký, nơi nhận…) và don-vi.csv (mỗi đơn vị một dòng), viết phần tự viết của báo cáo vào noi-dung-bao-cao.md, rồi chạy: cnscd aggregate THƯ_MỤC --roster don-vi.csv',
  },
  schemaCmd: {
    description: 'Xem bộ chỉ tiêu đang dùng: mã, tên, đơn vị tính, các quy tắc kiểm tra và tỷ lệ.',
    json: 'in bộ chỉ tiêu dạng JSON',
    after: '\nVí dụ:\n  cnscd schema\n  cnscd schema --schema bo-chi-tieu-tinh.json --json',
  },
  schemaTable: {
    code: 'Mã chỉ tiêu',
    measure: 'Đơn vị tính',
    label: 'Tên chỉ tiêu',
    aliases: (n: number) => `${n} tên khác`,
    rules: 'Quy tắc kiểm tra:',
    ratios: 'Tỷ lệ (tính từ tổng, không lấy trung bình):',
    error: 'lỗi',
    warning: 'cảnh báo',
  },
  notADir: (d: string) => `không tìm thấy thư mục ${d}`,
  previousNotEarlier: (p: string, before: string, now: string) =>
    `--previous ${p} là số liệu ${before}, không phải của một kỳ trước ${now}; so sánh như vậy không có nghĩa nên chưa ghi tệp nào. Hãy chọn tong-hop.json (hoặc thư mục báo cáo) của kỳ trước`,
  dirClosed: (d: string) => `không đọc được thư mục ${d}: không có quyền xem các tệp trong đó. Hãy cấp quyền đọc thư mục này rồi chạy lại`,
  dirNameUnreadable: (d: string) =>
    `không mở được thư mục ${d}: tên có ký tự không phải Unicode (thường gặp khi giải nén tệp .zip tạo trên máy khác). Hãy đổi tên thư mục (gõ lại tên, bỏ dấu nếu cần) rồi chạy lại`,
  fileNotDir: (f: string) =>
    `${f} là một tệp, không phải thư mục. Lệnh aggregate tổng hợp mọi báo cáo trong một thư mục; để kiểm tra một tệp, chạy: cnscd validate "${f}"`,
  noSubmissions: (d: string, folders = 0) => `thư mục ${d} không có báo cáo nào (.xlsx, .xlsm, .xls, .ods, .docx, .csv, .tsv, .txt)${subfoldersVi(folders)}`,
  settingsBroken: (f: string) => `Tệp ${f} có lỗi, chưa dùng được:`,
  settingsUnreadable: (f: string, code: string) =>
    code === 'ENOENT'
      ? `không tìm thấy ${f}. Kiểm tra lại tên và đường dẫn`
      : code === 'EISDIR'
        ? `${f} là một thư mục; ở đây cần một tệp`
        : code === 'EACCES' || code === 'EPERM'
          ? `không có quyền đọc tệp ${f}`
          : `không đọc được tệp ${f} (${code})`,
  writeFailed: (o: string, code: string) => `không ghi được kết quả vào ${o}: ${whyNotWritten(code, 'vi')}. Không tệp nào bị ghi dở (${code})`,
  titles: { 'Usage:': 'Cách dùng:', 'Options:': 'Tuỳ chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Tham số:', 'Global Options:': 'Tuỳ chọn chung:' } as Record<
    string,
    string
  >,
  /** The words in `<…>` and `[…]` of the help: what a value or an argument is. */
  placeholders: {
    options: 'tuỳ-chọn',
    command: 'lệnh',
    files: 'tệp',
    dir: 'thư-mục',
    file: 'tệp',
    lang: 'ngôn-ngữ',
    format: 'kiểu',
    name: 'tên',
    period: 'kỳ',
    number: 'số',
    date: 'ngày',
    place: 'địa-danh',
    level: 'cấp',
    path: 'đường-dẫn',
    code: 'mã',
  } as Record<string, string>,
  misuse: 'Dùng sai lệnh',
  seeHelp: 'Xem: cnscd --help',
  unknownOption: (o: string) => `không có tuỳ chọn ${o}`,
  unknownCommand: (c: string) => `không có lệnh ${c}`,
  missingArgument: (a: string) => `thiếu tham số ${a}`,
  optionMissingArgument: (o: string) => `tuỳ chọn ${o} cần một giá trị`,
  badEncoding: (e: string) => `không biết bảng mã "${e}". Dùng một trong: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni`,
  badPeriod: (p: string) => `không hiểu kỳ báo cáo "${p}". Ví dụ: "6 tháng đầu năm 2023", "Quý III/2024", 2023-H1`,
  badLang: (l: string) => `ngôn ngữ "${l}" không có; dùng vi hoặc en`,
  schemaBroken: (f: string) => `Bộ chỉ tiêu ${f} có lỗi, chưa dùng được:`,
  noFiles: (d: string, folders = 0) => `thư mục ${d} không có tệp báo cáo nào (.xlsx, .xlsm, .xls, .ods, .docx, .csv, .tsv, .txt)${subfoldersVi(folders)}`,
};

/** Every message of `vi`, in English: a message missing here is a compile error. */
export type CliText = typeof vi;

const en: CliText = {
  description:
    'Validate and aggregate activity reports of community digital technology teams (Tổ CNSCĐ).\nRun "cnscd validate FILE" to check a report before sending it; "cnscd aggregate FOLDER" to add reports up.',
  version: 'show the version',
  help: 'show help',
  helpCommand: 'show help for a command',
  lang: 'message language: vi (default) or en',
  format: 'output: text (default), json, or github (GitHub Actions annotations)',
  recursive: 'also read the reports in sub-folders (a folder for each province or district, say)',
  badFormat: (f: string) => `no format "${f}"; use text, json or github`,
  ciSummary: (files: number, e: number, w: number) =>
    `cnscd: ${formatCount(files, 'en')} file${files === 1 ? '' : 's'}, ${formatCount(e, 'en')} error${e === 1 ? '' : 's'}, ${formatCount(w, 'en')} warning${w === 1 ? '' : 's'}`,
  validate: {
    description: 'Check one or more report files (.xlsx, .xlsm, .xls, .ods, .docx, .csv, .tsv, .txt) and point at every problem, cell by cell.',
    files: 'report files, or folders holding them',
    json: 'print the result as JSON (for machines, CI)',
    strict: 'treat every warning as an error',
    schema: 'your own indicator set (a JSON file) instead of the default cnscd-2023',
    encoding: 'encoding of CSV files: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni (default: detected)',
    period: 'the period the files must be for, e.g. "6 tháng đầu năm 2023" or 2023-H1',
    after:
      '\nExamples:\n' +
      '  cnscd validate "Tu Ky 6 thang 2023.xlsx" --lang en\n' +
      '  cnscd validate reports/*.csv --strict\n' +
      '  cnscd validate reports/ --json > result.json\n' +
      '\nExit codes: 0 no errors · 1 errors found · 2 a file cannot be read, or the command was misused.',
  },
  aggregate: {
    description:
      'Aggregate every report in a folder: totals, who has and has not reported, every inconsistency, and write the Word report (bao-cao.docx), the Excel summary (tong-hop.xlsx) and tong-hop.json.',
    dir: "folder holding the units' reports",
    out: 'folder for the outputs (default: ./cnscd-out)',
    roster: 'the units expected to report (JSON, CSV or Excel)',
    config: 'report settings file (default: cnscd.config.json if present)',
    wording: "the report's wording template (default: templates/bao-cao/bao-cao.json)",
    number: 'document number (leave out for the registry to fill in)',
    date: 'report date, e.g. 08/08/2023',
    place: 'place name before the date',
    json: 'print the result as JSON (for machines, CI)',
    strict: 'treat every warning as an error; write no report while an error stands',
    pdf: 'also write bao-cao.pdf (needs LibreOffice)',
    noChart: 'leave the chart out of the report',
    by: 'group units under their parents: huyen (district), tinh (province) or captren (direct parent), from the roster\'s "Cấp trên" column; the appendix gets a subtotal per group',
    previous: 'compare with the previous period: its tong-hop.json, a folder holding it, or the folder of its submissions',
    badLevel: (v: string) => `--by "${v}": which level? Use huyen (district), tinh (province) or captren (direct parent).`,
    noSoffice:
      'bao-cao.pdf not written: LibreOffice is not installed here. Install it (Windows/macOS: https://www.libreoffice.org/download; Debian/Ubuntu: sudo apt install libreoffice-writer) and run again with --pdf, or open bao-cao.docx in Word and use Save As › PDF. If LibreOffice is installed elsewhere, set CNSCD_SOFFICE to the path of soffice.',
    pdfFailed: (why: string) => `bao-cao.pdf not written: LibreOffice failed (${why}). The Word report was written; Word can save it as PDF.`,
    written: (files: string[]) => `Written: ${files.join(', ')}`,
    narrativeUsed: (f: string) => `The report's own text: ${f}.`,
    leftOut: (parts: string[], file: string, exists: boolean) => {
      const one = parts.length === 1;
      return `The report leaves out ${one ? 'the part' : `${parts.length} parts`} ${parts.map((p) => `“${p}”`).join(', ')}, with nothing to say in ${one ? 'it' : 'them'}. To have ${one ? 'it' : 'them'}, write ${one ? 'it' : 'them'} in ${file}${exists ? '' : ' (cnscd init writes an example)'} and run again.`;
    },
    notWritten: 'No report written: errors stand (--strict).',
    pdfStarting: 'Converting bao-cao.docx to PDF with LibreOffice (a long report can take a few minutes)…',
    pdfTimedOut: (s: number) =>
      `bao-cao.pdf not written: LibreOffice had not finished after ${formatCount(s, 'en')} seconds and was stopped. The Word report was written; Word can save it as PDF, or run again with --pdf when the machine is less busy.`,
    after:
      '\nExamples:\n' +
      '  cnscd aggregate district-reports/ --roster units.json --out results/\n' +
      '  cnscd aggregate district-reports/ --period 2023-H1 --date 08/08/2023 --lang en\n' +
      '  cnscd aggregate commune-reports/ --roster communes.csv --by huyen --previous last-results/\n' +
      '\nExit codes: 0 no errors · 1 errors found (reports still written unless --strict) · 2 unusable input or misused command.',
  },
  web: {
    description:
      'Write the web page that checks and adds up reports (one .html file that works offline with nothing to install): send it by Zalo or e-mail, or put it on a portal.',
    out: 'file name of the page (default: cnscd.html)',
    force: 'overwrite a file that is already there',
    after: '\nExamples:\n  cnscd web\n  cnscd web --out check-cnscd-reports.html',
    notHtml: (f: string) => `the page must be an .html file (got "${f}")`,
    exists: (f: string) => `${f} is already there; not overwritten. Choose another name with --out, or add --force to overwrite it`,
    missing: 'this installation lacks the web page (dist/web/cnscd.html). Install cnscd again (npm ci, or npm run build in the source folder)',
    written: (f: string, size: string) =>
      `Wrote the web page ${f} (${size}). Open it in Chrome, Edge or Firefox; files are checked on the computer itself and sent nowhere.`,
  },
  template: {
    description:
      'Write the Excel form to send to the units: a guide sheet, a drop-down of periods, value cells that take only whole numbers ≥ 0, the layout locked against accidents.',
    out: 'file name of the form (default: bieu-mau-cnscd.xlsx)',
    unit: 'fill in the unit name',
    code: 'fill in the unit code (as the roster gives it)',
    period: 'fill in the period, e.g. "6 tháng đầu năm 2023" or 2023-H1',
    after:
      '\nExamples:\n' +
      '  cnscd template --period 2024-H1 --out form-2024-h1.xlsx --lang en\n' +
      '  cnscd template --unit "Huyện Tứ Kỳ" --period 2024-Q3\n' +
      '  cnscd template --schema province-indicators.json',
    notXlsx: (f: string) => `the form must be an .xlsx file (got "${f}")`,
    force: 'overwrite a form file that is already there',
    exists: (f: string) => `${f} is already there; not overwritten. Choose another name with --out, or add --force to overwrite it`,
    written: (f: string, n: number) => `Wrote the form ${f} (${n} indicators). Send it to the units; check what comes back with: cnscd validate FILE`,
  },
  init: {
    description:
      "Write a report settings file (cnscd.config.json, every field explained), a roster (don-vi.csv) and an example of the report's own text (noi-dung-bao-cao.md) to fill in. Existing files are never overwritten.",
    dir: 'folder to write them in (default: the current folder)',
    after: '\nExamples:\n  cnscd init --lang en\n  cnscd init --dir province-reports/',
    written: (f: string) => `Wrote ${f}`,
    kept: (f: string) => `${f} exists — kept as it is`,
    next: "Fill in cnscd.config.json (agency, signer, recipients…) and don-vi.csv (one unit per row), write the report's own text in noi-dung-bao-cao.md, then run: cnscd aggregate FOLDER --roster don-vi.csv",
  },
  schemaCmd: {
    description: 'Show the indicator set in use: codes, labels, units, checking rules and ratios.',
    json: 'print the indicator set as JSON',
    after: '\nExamples:\n  cnscd schema --lang en\n  cnscd schema --schema province-indicators.json --json',
  },
  schemaTable: {
    code: 'Code',
    measure: 'Unit',
    label: 'Label',
    aliases: (n: number) => `${n} other names`,
    rules: 'Rules:',
    ratios: 'Ratios (of sums, never averaged):',
    error: 'error',
    warning: 'warning',
  },
  notADir: (d: string) => `no folder ${d}`,
  previousNotEarlier: (p: string, before: string, now: string) =>
    `--previous ${p} holds the figures of ${before}, not of a period before ${now}; such a comparison means nothing, so nothing was written. Give the previous period’s tong-hop.json (or its folder of submissions)`,
  dirClosed: (d: string) => `cannot read folder ${d}: no permission to list its files. Give read access to the folder and run again`,
  dirNameUnreadable: (d: string) =>
    `cannot open folder ${d}: its name has characters that are not Unicode (as happens when a .zip made on another computer is unpacked). Rename the folder (type the name again, without accents if need be) and run again`,
  fileNotDir: (f: string) => `${f} is a file, not a folder. aggregate adds up every report in a folder; to check one file, run: cnscd validate "${f}"`,
  noSubmissions: (d: string, folders = 0) => `folder ${d} holds no reports (.xlsx, .xlsm, .xls, .ods, .docx, .csv, .tsv, .txt)${subfoldersEn(folders)}`,
  settingsBroken: (f: string) => `File ${f} has problems and cannot be used yet:`,
  settingsUnreadable: (f: string, code: string) =>
    code === 'ENOENT'
      ? `${f} not found. Check the name and the path`
      : code === 'EISDIR'
        ? `${f} is a folder; a file is needed here`
        : code === 'EACCES' || code === 'EPERM'
          ? `no permission to read ${f}`
          : `cannot read ${f} (${code})`,
  writeFailed: (o: string, code: string) => `cannot write the outputs to ${o}: ${whyNotWritten(code, 'en')}. No file was left half-written (${code})`,
  titles: {} as Record<string, string>,
  placeholders: {} as Record<string, string>,
  misuse: 'Misused command',
  seeHelp: 'See: cnscd --help',
  unknownOption: (o: string) => `unknown option ${o}`,
  unknownCommand: (c: string) => `unknown command ${c}`,
  missingArgument: (a: string) => `missing argument ${a}`,
  optionMissingArgument: (o: string) => `option ${o} needs a value`,
  badEncoding: (e: string) => `unknown encoding "${e}". Use one of: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni`,
  badPeriod: (p: string) => `cannot understand the period "${p}". For example: "6 tháng đầu năm 2023", "Quý III/2024", 2023-H1`,
  badLang: (l: string) => `no language "${l}"; use vi or en`,
  schemaBroken: (f: string) => `The indicator set ${f} has problems and cannot be used yet:`,
  noFiles: (d: string, folders = 0) => `folder ${d} holds no report files (.xlsx, .xlsm, .xls, .ods, .docx, .csv, .tsv, .txt)${subfoldersEn(folders)}`,
};

export const CLI_TEXT: Record<Lang, CliText> = { vi, en };
