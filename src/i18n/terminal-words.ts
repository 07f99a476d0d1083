// The terminal's own words, for `validate` and `aggregate`: Vietnamese first; English must have every one (a
// message missing from `en` is a compile error).
import type { ExclusionReason, FileSummary, SkipReason } from '../model/aggregate.js';
import type { Lang } from '../model/lang.js';
import { formatCount } from './format.js';

/** Why a folder entry was not read as a submission: the terminal and the `Nguồn` sheet say it in the same words. */
export const SKIP_WORDS: Record<Lang, Record<SkipReason, string>> = {
  vi: {
    'lock-file': 'tệp khoá của Excel (~$…)',
    hidden: 'tệp/thư mục ẩn',
    'system-file': 'tệp hệ thống',
    document: 'văn bản, không phải báo cáo số liệu',
    'document-no-table': 'văn bản không có bảng số liệu',
    folder: 'thư mục con',
    'folder-link': 'liên kết tới thư mục (không đọc)',
    'earlier-output': 'kết quả tổng hợp của lần chạy trước',
    settings: 'tệp cài đặt của báo cáo',
    'not-a-submission': 'không phải tệp báo cáo',
  },
  en: {
    'lock-file': 'Excel lock file',
    hidden: 'hidden file or folder',
    'system-file': 'system file',
    document: 'a document, not figures',
    'document-no-table': 'a Word document with no table of figures',
    folder: 'sub-folder',
    'folder-link': 'link to a folder (not followed)',
    'earlier-output': 'output of an earlier aggregate run',
    settings: 'settings file',
    'not-a-submission': 'not a report file',
  },
};

/** Why a report was not counted, in a few words: each place that says so gives the true reason. */
export const EXCLUSION_WORDS: Record<Lang, Record<ExclusionReason, string>> = {
  vi: {
    empty: 'biểu trống, chưa có số liệu',
    errors: 'còn lỗi',
    conflict: 'có hai bản khác nhau',
    repeated: 'trùng với bản đã tính',
    period: 'khác kỳ báo cáo',
    'unknown-unit': 'tên đơn vị không có trong danh sách',
  },
  en: {
    empty: 'a blank form, no figures',
    errors: 'errors stand',
    conflict: 'two differing versions',
    repeated: 'the same as a copy counted',
    period: 'another period',
    'unknown-unit': 'a unit the roster does not list',
  },
};

/** A file's fate in the run, as the `Nguồn` sheet says it: counted, or not and why. */
export function fileStatusWords(f: Pick<FileSummary, 'status' | 'reason'>, lang: Lang): string {
  const why = f.reason ? ` (${EXCLUSION_WORDS[lang][f.reason]})` : '';
  if (lang === 'en')
    return { counted: 'counted', 'partly-counted': `partly counted${why}`, 'not-counted': `not counted${why}`, unreadable: 'unreadable' }[f.status];
  return { counted: 'đã tổng hợp', 'partly-counted': `tổng hợp một phần${why}`, 'not-counted': `chưa tổng hợp${why}`, unreadable: 'không đọc được' }[f.status];
}

const viCount = (n: number) => formatCount(n, 'vi');
const enCount = (n: number) => formatCount(n, 'en');

const validateVi = {
  error: 'lỗi',
  warning: 'cảnh báo',
  valid: 'hợp lệ',
  unreadable: 'không đọc được',
  errors: (n: number) => `${viCount(n)} lỗi`,
  warnings: (n: number) => `${viCount(n)} cảnh báo`,
  line: (l: number, c?: number) => (c ? `dòng ${l}, cột ${c}` : `dòng ${l}`),
  file: 'tệp',
  units: (n: number) => `${viCount(n)} đơn vị`,
  total: (files: number, valid: number) => `${viCount(files)} tệp: ${viCount(valid)} hợp lệ, ${viCount(files - valid)} cần sửa`,
  moreFiles: (n: number, e: number) => `… và ${viCount(n)} tệp khác có sai sót${e > 0 ? ` (${viCount(e)} tệp có lỗi)` : ''}: danh sách đầy đủ với --json.`,
  absent: (n: number) => `${viCount(n)} tệp không có một số chỉ tiêu (coi là chưa báo cáo); tệp nào thiếu chỉ tiêu nào: --json.`,
};

const validateEn: typeof validateVi = {
  error: 'error',
  warning: 'warning',
  valid: 'valid',
  unreadable: 'cannot be read',
  errors: (n: number) => `${enCount(n)} error${n === 1 ? '' : 's'}`,
  warnings: (n: number) => `${enCount(n)} warning${n === 1 ? '' : 's'}`,
  line: (l: number, c?: number) => (c ? `line ${l}, col ${c}` : `line ${l}`),
  file: 'file',
  units: (n: number) => `${enCount(n)} unit${n === 1 ? '' : 's'}`,
  total: (files: number, valid: number) => `${enCount(files)} files: ${enCount(valid)} valid, ${enCount(files - valid)} to fix`,
  moreFiles: (n: number, e: number) =>
    `… and ${enCount(n)} more file${n === 1 ? '' : 's'} with problems${e > 0 ? ` (${enCount(e)} with errors)` : ''}: all of them with --json.`,
  absent: (n: number) => `${enCount(n)} ${n === 1 ? 'file lacks' : 'files lack'} some indicators (taken as not reported); which file lacks which: --json.`,
};

export const VALIDATE_WORDS: Record<Lang, typeof validateVi> = { vi: validateVi, en: validateEn };

const aggregateVi = {
  heading: (n: number, files: number) => `Tổng hợp ${viCount(n)} đơn vị từ ${viCount(files)} tệp`,
  noPeriod: 'chưa rõ kỳ báo cáo',
  indicator: 'Chỉ tiêu',
  total: 'Tổng',
  units: 'Đơn vị',
  reported: (k: number, n: number, roster: string) => `Đã báo cáo: ${viCount(k)}/${viCount(n)} đơn vị (theo ${roster}).`,
  missing: (list: string) => `Chưa báo cáo: ${list}.`,
  missingMore: (n: number, list: string, rest: number) =>
    `Chưa báo cáo (${viCount(n)} đơn vị): ${list} và ${viCount(rest)} đơn vị khác — danh sách đầy đủ ở trang “Chưa báo cáo” của tong-hop.xlsx, hoặc --json.`,
  noRoster: 'Không có danh sách đơn vị (--roster) nên chưa biết đơn vị nào chưa báo cáo.',
  configUsed: (file: string) => `Cấu hình báo cáo: ${file}.`,
  configNone: 'Không có tệp cấu hình báo cáo (cnscd.config.json): phần đầu báo cáo (tên cơ quan, số, nơi nhận, người ký) để trống. Tạo tệp bằng: cnscd init',
  configUnused: (files: string, used: string) => `Không dùng ${files} (đã dùng ${used}).`,
  notCounted: (why: string) => (list: string) => `Chưa tổng hợp (${why}): ${list}.`,
  notCountedMore: (why: string) => (n: number, list: string, rest: number) =>
    `Chưa tổng hợp (${why}; ${viCount(n)} đơn vị): ${list} và ${viCount(rest)} đơn vị khác — từng tệp ở trang “Nguồn” của tong-hop.xlsx, hoặc --json.`,
  problems: 'Sai sót cần xử lý',
  moreFiles: (n: number, e: number) =>
    `… và ${viCount(n)} tệp khác có sai sót${e > 0 ? ` (${viCount(e)} tệp có lỗi)` : ''}: danh sách đầy đủ ở trang “Kiểm tra” của tong-hop.xlsx, hoặc --json.`,
  moreFindings: (n: number, e: number) =>
    `… và ${viCount(n)} sai sót khác của tệp này${e > 0 ? ` (${viCount(e)} lỗi)` : ''}: đủ ở trang “Kiểm tra” của tong-hop.xlsx, hoặc --json.`,
  absent: (n: number) => `${viCount(n)} tệp không có một số chỉ tiêu (coi là chưa báo cáo; xem cột “Đơn vị” ở bảng trên).`,
  skipped: (n: number) => `Bỏ qua ${viCount(n)} mục không phải báo cáo:`,
  subfolders: 'Báo cáo trong các thư mục con chưa được đọc; thêm --recursive để đọc cả các thư mục con.',
  skippedMore: (n: number) => `… và ${viCount(n)} mục khác — danh sách đầy đủ ở trang “Nguồn” của tong-hop.xlsx, hoặc --json.`,
  skip: SKIP_WORDS.vi,
  summary: (e: number, w: number) => `${viCount(e)} lỗi, ${viCount(w)} cảnh báo`,
  clean: 'không có lỗi',
  change: 'So với kỳ trước',
  against: (p: string) => `So sánh với ${p}.`,
  groups: (level: string) => `Theo đơn vị cấp ${level}:`,
  groupLine: (name: string, n: number) => `${name} (${viCount(n)} đơn vị)`,
  classes: 'Phân loại đơn vị:',
  klass: (name: string, n: number, list: string) => `Có ${viCount(n)} đơn vị ${name}: ${list}.`,
  unsorted: (n: number, list: string) => `Chưa đủ số liệu để phân loại ${viCount(n)} đơn vị: ${list}.`,
  classMore: (rest: number) => ` và ${viCount(rest)} đơn vị khác (danh sách đầy đủ ở trang “Phân loại” của tong-hop.xlsx)`,
};

const aggregateEn: typeof aggregateVi = {
  heading: (n: number, files: number) => `Aggregated ${enCount(n)} unit${n === 1 ? '' : 's'} from ${enCount(files)} file${files === 1 ? '' : 's'}`,
  noPeriod: 'period unknown',
  indicator: 'Indicator',
  total: 'Total',
  units: 'Units',
  reported: (k: number, n: number, roster: string) => `Reported: ${enCount(k)}/${enCount(n)} units (per ${roster}).`,
  missing: (list: string) => `Not reported: ${list}.`,
  missingMore: (n: number, list: string, rest: number) =>
    `Not reported (${enCount(n)} units): ${list} and ${enCount(rest)} more — all of them on the “Chưa báo cáo” sheet of tong-hop.xlsx, or --json.`,
  noRoster: 'No roster (--roster), so who has not reported is unknown.',
  configUsed: (file: string) => `Report settings: ${file}.`,
  configNone:
    'No report settings file (cnscd.config.json): the report’s letterhead (agency, number, recipients, signer) is left blank. Make one with: cnscd init',
  configUnused: (files: string, used: string) => `Not used: ${files} (${used} was).`,
  notCounted: (why: string) => (list: string) => `Not counted (${why}): ${list}.`,
  notCountedMore: (why: string) => (n: number, list: string, rest: number) =>
    `Not counted (${why}; ${enCount(n)} units): ${list} and ${enCount(rest)} more — each file on the “Nguồn” sheet of tong-hop.xlsx, or --json.`,
  problems: 'Problems to resolve',
  moreFiles: (n: number, e: number) =>
    `… and ${enCount(n)} more file${n === 1 ? '' : 's'} with problems${e > 0 ? ` (${enCount(e)} with errors)` : ''}: all of them on the “Kiểm tra” sheet of tong-hop.xlsx, or --json.`,
  moreFindings: (n: number, e: number) =>
    `… and ${enCount(n)} more problem${n === 1 ? '' : 's'} in this file${e > 0 ? ` (${enCount(e)} error${e === 1 ? '' : 's'})` : ''}: all of them on the “Kiểm tra” sheet of tong-hop.xlsx, or --json.`,
  absent: (n: number) => `${enCount(n)} ${n === 1 ? 'file lacks' : 'files lack'} some indicators (taken as not reported; see the “Units” column above).`,
  skipped: (n: number) => `Skipped ${enCount(n)} ${n === 1 ? 'entry that is not a report' : 'entries that are not reports'}:`,
  subfolders: 'The reports in sub-folders were not read; add --recursive to read them too.',
  skippedMore: (n: number) => `… and ${enCount(n)} more — all of them on the “Nguồn” sheet of tong-hop.xlsx, or --json.`,
  skip: SKIP_WORDS.en,
  summary: (e: number, w: number) => `${enCount(e)} error${e === 1 ? '' : 's'}, ${enCount(w)} warning${w === 1 ? '' : 's'}`,
  clean: 'no errors',
  change: 'Change',
  against: (p: string) => `Compared with the ${p}.`,
  groups: (level: string) => `By ${level}:`,
  groupLine: (name: string, n: number) => `${name} (${enCount(n)} unit${n === 1 ? '' : 's'})`,
  classes: 'Units sorted:',
  klass: (name: string, n: number, list: string) => `${enCount(n)} unit${n === 1 ? '' : 's'} “${name}”: ${list}.`,
  unsorted: (n: number, list: string) => `Not enough figures to sort ${enCount(n)} unit${n === 1 ? '' : 's'}: ${list}.`,
  classMore: (rest: number) => ` and ${enCount(rest)} more (all of them on the “Phân loại” sheet of tong-hop.xlsx)`,
};

export const AGGREGATE_WORDS: Record<Lang, typeof aggregateVi> = { vi: aggregateVi, en: aggregateEn };
