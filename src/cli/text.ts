import type { Lang } from '../i18n/format.js';

/** The words of the command line itself (help, misuse). Findings have their own catalogue. */
export const CLI_TEXT = {
  vi: {
    description:
      'Kiểm tra và tổng hợp báo cáo hoạt động Tổ Công nghệ số cộng đồng (CNSCĐ).\n' +
      'Chạy "cnscd validate TỆP" để kiểm tra báo cáo trước khi gửi.',
    version: 'xem phiên bản',
    help: 'xem hướng dẫn',
    helpCommand: 'xem hướng dẫn của một lệnh',
    lang: 'ngôn ngữ thông báo: vi (mặc định) hoặc en',
    validate: {
      description: 'Kiểm tra một hoặc nhiều tệp báo cáo (.xlsx, .xlsm, .csv, .tsv, .txt) và chỉ ra mọi lỗi, đến từng ô.',
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
    titles: { 'Usage:': 'Cách dùng:', 'Options:': 'Tuỳ chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Tham số:', 'Global Options:': 'Tuỳ chọn chung:' } as Record<string, string>,
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
    noFiles: (d: string) => `thư mục ${d} không có tệp báo cáo nào (.xlsx, .xlsm, .csv, .tsv, .txt)`,
  },
  en: {
    description: 'Validate and aggregate activity reports of community digital technology teams (Tổ CNSCĐ).\nRun "cnscd validate FILE" to check a report before sending it.',
    version: 'show the version',
    help: 'show help',
    helpCommand: 'show help for a command',
    lang: 'message language: vi (default) or en',
    validate: {
      description: 'Check one or more report files (.xlsx, .xlsm, .csv, .tsv, .txt) and point at every problem, cell by cell.',
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
    titles: {} as Record<string, string>,
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
    noFiles: (d: string) => `folder ${d} holds no report files (.xlsx, .xlsm, .csv, .tsv, .txt)`,
  },
} satisfies Record<Lang, unknown>;

export type CliText = (typeof CLI_TEXT)['vi'];
