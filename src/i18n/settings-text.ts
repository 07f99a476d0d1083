// What is wrong in a settings file (indicator set, roster, report config), as each problem is listed under the file's
// name: Vietnamese first; English must have every message (one missing is a compile error).
import type { Level } from '../model/aggregate.js';
import type { Lang } from '../model/lang.js';

const vi = {
  duplicateCode: (i: number, code: string) => `indicators[${i}].code: mã "${code}" bị lặp`,
  duplicateRule: (i: number, id: string) => `rules[${i}].id: "${id}" bị lặp`,
  ruleUnknownIndicator: (i: number, id: string, ref: string) =>
    `rules[${i}] ("${id}"): chỉ tiêu "${ref}" không có trong bộ chỉ tiêu (đã bỏ? hãy bỏ cả quy tắc này trong "rules.drop")`,
  ratioUnknownIndicator: (key: string, i: number, id: string, ref: string) =>
    `${key}[${i}] ("${id}"): chỉ tiêu "${ref}" không có trong bộ chỉ tiêu (đã bỏ? hãy bỏ cả mục này trong "${key}.drop")`,
  labelCollision: (a: string, b: string, key: string) => `chỉ tiêu "${a}" và "${b}" có cùng nhãn/bí danh "${key}": không biết dòng đó là chỉ tiêu nào`,
  rosterCodeClash: (i: number, code: string, name: string, other: string) => `donVi[${i}]: mã "${code}" của "${name}" trùng với mã của "${other}"`,
  rosterNameClash: (i: number, name: string, other: string) =>
    `donVi[${i}]: "${name}" trùng với "${other}" (cùng tên khi bỏ Huyện/TP/TX…); nếu là hai đơn vị khác nhau, ghi mã đơn vị (Mã) cho cả hai`,
  rosterParentAmbiguous: (i: number, parent: string, name: string, count: number) =>
    `donVi[${i}]: cấp trên "${parent}" của "${name}" là tên của ${count} đơn vị trong danh sách; ghi mã của đơn vị cấp trên vào cột Cấp trên`,
  rosterNoHeader: 'không thấy dòng tiêu đề có cột "Tên" (và "Mã", "Loại", "Cấp trên")',
  rosterUnreadable: (code: string) => `không đọc được danh sách đơn vị (${code})`,
  sortingUnknownIndicator: (i: number, j: number, code: string) =>
    `phanLoai[${i}].dieuKien[${j}].chiTieu: "${code}" không có trong bộ chỉ tiêu (xem: cnscd schema)`,
  commandLineOptions: 'tùy chọn dòng lệnh',
  narrativeStray: (line: number, text: string) =>
    `dòng ${line}: "${text}" đứng trước đề mục phần đầu tiên nên không thuộc phần nào; hãy đặt dưới một đề mục như "I. ĐẶC ĐIỂM TÌNH HÌNH"`,
  narrativeUnplaced: (line: number, heading: string, titles: string) =>
    `dòng ${line}: đề mục "${heading}" không khớp phần nào của báo cáo; các phần là: ${titles}`,
  narrativeUnreadable: (code: string) => `không đọc được tệp văn bản (${code}); hãy lưu dạng văn bản thuần (.txt, UTF-8) hoặc .md`,
  previousWrongFile: '--previous nhận tệp tong-hop.json của kỳ trước, hoặc thư mục chứa nó, hoặc thư mục báo cáo của kỳ trước',
};

export type SettingsText = typeof vi;

const en: SettingsText = {
  duplicateCode: (i, code) => `indicators[${i}].code: "${code}" appears twice`,
  duplicateRule: (i, id) => `rules[${i}].id: "${id}" appears twice`,
  ruleUnknownIndicator: (i, id, ref) => `rules[${i}] ("${id}"): indicator "${ref}" is not in the schema (dropped? drop this rule too, in "rules.drop")`,
  ratioUnknownIndicator: (key, i, id, ref) => `${key}[${i}] ("${id}"): indicator "${ref}" is not in the schema (dropped? drop this one too, in "${key}.drop")`,
  labelCollision: (a, b, key) => `indicators "${a}" and "${b}" share the label or alias "${key}": a row with it would be ambiguous`,
  rosterCodeClash: (i, code, name, other) => `donVi[${i}]: code "${code}" of "${name}" is also the code of "${other}"`,
  rosterNameClash: (i, name, other) =>
    `donVi[${i}]: "${name}" is the same name as "${other}" (without Huyện/TP/TX…); if they are two units, give each its code (Mã)`,
  rosterParentAmbiguous: (i, parent, name, count) =>
    `donVi[${i}]: the capTren "${parent}" of "${name}" is the name of ${count} units in the roster; give the parent's code there instead`,
  rosterNoHeader: 'no header row with a "Tên" column (and "Mã", "Loại", "Cấp trên")',
  rosterUnreadable: (code) => `cannot read the roster (${code})`,
  sortingUnknownIndicator: (i, j, code) => `phanLoai[${i}].dieuKien[${j}].chiTieu: "${code}" is not an indicator of the schema (see: cnscd schema)`,
  commandLineOptions: 'command-line options',
  narrativeStray: (line, text) =>
    `line ${line}: "${text}" comes before the first part's heading, so it belongs to no part; put it under a heading such as "I. ĐẶC ĐIỂM TÌNH HÌNH"`,
  narrativeUnplaced: (line, heading, titles) => `line ${line}: the heading "${heading}" matches no part of the report; the parts are: ${titles}`,
  narrativeUnreadable: (code) => `cannot read the text file (${code}); save it as plain text (.txt, UTF-8) or .md`,
  previousWrongFile: '--previous takes the previous period’s tong-hop.json, a folder holding it, or the folder of its submissions',
};

export const SETTINGS_TEXT: Record<Lang, SettingsText> = { vi, en };

/** A level's name, as "the units of each …" reads: `huyện`, `tỉnh`, `trên` (`--by`). */
export const LEVEL_WORDS: Record<Lang, Record<Level, string>> = {
  vi: { huyen: 'huyện', tinh: 'tỉnh', parent: 'trên' },
  en: { huyen: 'district', tinh: 'province', parent: 'parent unit' },
};
