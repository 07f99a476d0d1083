import { blankFormUnits, EXCLUSION_ORDER, type Aggregate, type Change, type Comparison, type UnitNote } from '../../model/aggregate.js';
import { fold } from '../../model/fold.js';
import type { BarChart } from '../chart.js';
import { DOUBT_CODES, type Finding } from '../../model/finding.js';
import { describePeriod } from '../../i18n/period-words.js';
import type { ReportConfig } from '../../settings/report-config.js';
import { fill, placeholders, type Block, type Wording } from '../../settings/wording.js';
import { EXCLUSION_WORDS } from '../../i18n/terminal-words.js';
import { ROMAN_NUMERALS, placeNarrative, type Narrative, type NarrativeItem, type NarrativeSection, type Run } from '../../settings/narrative.js';
import { levelOf, type UnitLevel } from '../../settings/roster.js';
import { agencyLines, figure, numberAndCode, officialDate, ratioText, roundedFigure, upper } from './official-text.js';

/** Characters of a header line in the left column: 13 pt bold capitals for the agency, upright for its parent. */
const AGENCY_LINE = 20;
const PARENT_LINE = 25;
import { countedNoun, formatChange, formatCount, formatPercent } from '../../i18n/format.js';

/** A count as the report writes it, in Vietnamese: 3.321 đơn vị. */
const count = (n: number) => formatCount(n, 'vi');

/** The report's content, independent of Word: what `docx` lays out, and what tests read. */
export interface ReportContent {
  /** The agencies' names in the header, a line each: broken where the config says, else balanced (agencyLines). */
  parentAgency: string[];
  agency: string[];
  /** The issuing agency as written, the document's author (its core properties). */
  author: string;
  numberLine: string;
  placeDate: string;
  subject: string;
  recipientsTo: string[];
  opening: string;
  body: BodyItem[];
  closing: string;
  recipients: string[];
  signer: { titles: string[]; name: string };
  appendix: AppendixContent;
  /** Every part's title as this report words it, printed or not (in the template's order, without numerals). */
  titles: string[];
  /** The template's parts left out for want of anything to say (neither the clerk's text nor the figures'), as titled. */
  leftOut: string[];
  /** Sections of the clerk's text whose heading names no part (nothing is written then). */
  unplaced: NarrativeSection[];
}

export type BodyItem =
  | { kind: 'part'; text: string }
  | { kind: 'heading'; text: string; runs?: Run[]; level?: 2 | 3 }
  | { kind: 'para'; text: string; runs?: Run[] }
  | { kind: 'stats'; rows: StatsRow[] }
  | { kind: 'chart'; chart: BarChart };

export interface StatsRow {
  index: string;
  label: string;
  measure: string;
  value: string;
  reported: string;
  sub?: boolean;
  /** With --previous: the previous period's figure and the change. */
  previous?: string;
  change?: string;
}

export interface AppendixContent {
  label: string;
  title: string;
  reference: string;
  unitColumn: string;
  columns: { label: string; measure: string }[];
  /** Units, and with --by each group's subtotal row (bold) before its units. */
  rows: AppendixRow[];
  totalLabel: string;
  total: string[];
  /** With --previous: the change under each total figure, and a note saying against which period. */
  totalChanges?: (string | null)[];
  changeNote?: string;
  /** Indicators no unit reported (no column for them). */
  omitted: string[];
}

export interface AppendixRow {
  index: string;
  name: string;
  values: string[];
  /** With --previous: under each figure, its change (null: nothing to compare). */
  changes?: (string | null)[];
  /** A group's subtotal row. */
  group?: boolean;
  /** A unit of the roster with no figure counted: why, in a few words across the figure columns. */
  absent?: string;
}

/** The most units a chart shows, one bar group each. */
export const CHART_UNITS = 30;
/**
 * The most units the report's text names in one list: without a roster the units that reported (beyond, their number,
 * and the names in the appendix; 3,321 communes' names ran to thirteen pages of the body), with one the units missing
 * (beyond, the rest counted, and all of them on the workbook's `Chưa báo cáo` sheet), and the units left out for
 * errors (the rest counted; each file's status is on the workbook's `Nguồn` sheet).
 */
export const NAMED_UNITS = 60;
/**
 * The units' own words and product lists are the report's substance, and a province's (a hundred communes since
 * 2025) are quoted whole; a roll-up of several provinces, or of the country, is cut at these numbers, the rest counted,
 * and all of it is on the workbook's `Thuyết minh` and `Sản phẩm` sheets: the units quoted in each section of notes,
 * the products named in each list, and the units named with one product.
 */
export const QUOTED_UNITS = 150;
export const NAMED_PRODUCTS = 300;
export const UNITS_OF_A_PRODUCT = 10;

/** Levels of units as a title names them: the units' own, and the one that adds them up. */
const LEVEL_TITLE: Record<UnitLevel, { own: string; above: string }> = {
  xa: { own: 'cấp xã', above: 'cấp huyện' },
  huyen: { own: 'cấp huyện', above: 'cấp tỉnh' },
  tinh: { own: 'cấp tỉnh', above: 'toàn quốc' },
};

/** The level every counted unit's name says (Huyện…, Xã…), or null when they differ or a name says none. */
function unitsLevel(a: Aggregate): UnitLevel | null {
  let level: UnitLevel | null = null;
  for (const u of [...a.units, ...a.missing]) {
    const l = levelOf(u.name, '', true);
    if (!l || (level && l !== level)) return null;
    level = l;
  }
  return level;
}

/** Put the aggregate into the report's words, as the wording template and the clerk's settings say. */
export function composeReport(a: Aggregate, config: ReportConfig, wording: Wording, options: { chart?: boolean; narrative?: Narrative } = {}): ReportContent {
  const ky = a.period ? describePeriod(a.period, 'vi') : '';
  const agencyInText = config.coQuanTrongCau || config.coQuan.replace(/\s*\n\s*/g, ' ') || '……';
  const level = unitsLevel(a);
  const words: Record<string, string> = {
    ky,
    ky_hoa: upper(ky),
    coQuan: agencyInText,
    coQuanTrongCau: agencyInText,
    vanBanYeuCau: config.vanBanYeuCau,
    tenGoiDonVi: config.tenGoiDonVi,
    soDonVi: count(a.units.length),
    soKyHieu: numberAndCode(config.soVanBan, config.kyHieu),
    ngay: officialDate(config.ngay),
    kyTruoc: a.comparison?.period ? describePeriod(a.comparison.period, 'vi') : 'kỳ trước',
    capDonVi: level ? LEVEL_TITLE[level].own : `của ${config.tenGoiDonVi}`,
    capBaoCao: level ? LEVEL_TITLE[level].above : 'chung',
  };
  const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

  const titles = wording.phan.map((part) => upper(fill(part.tieuDe, words)));
  const placed = placeNarrative(
    options.narrative,
    wording.phan.map((part, p) => ({ title: titles[p]!, template: part.tieuDe })),
  );
  const body: BodyItem[] = [];
  const leftOut: string[] = [];
  wording.phan.forEach((part, p) => {
    const own = placed.byPart[p]!.map(narrativeItem);
    const items: BodyItem[] = [...own];
    // The blocks' headings go on from the clerk's own numbered headings in the part ("3." after their "1." and "2.").
    let heading = Math.max(0, ...own.map((i) => (i.kind === 'heading' && i.level === 2 ? Number(/^(\d+)\./.exec(i.text)?.[1] ?? 0) : 0)));
    for (const block of part.khoi) {
      if (block.loai === 'bieu-do' && options.chart === false) continue;
      const content = blockContent(block, a, wording, words, config);
      if (content.length === 0) continue;
      if (block.tieuDe) items.push({ kind: 'heading', text: `${++heading}. ${fill(block.tieuDe, words)}` });
      items.push(...content);
    }
    if (items.length === 0) {
      leftOut.push(titles[p]!);
      return;
    }
    const n = body.filter((b) => b.kind === 'part').length;
    body.push({ kind: 'part', text: `${ROMAN_NUMERALS[n] ?? n + 1}. ${titles[p]}` });
    body.push(...items);
  });
  // Charts numbered in their order ("Biểu đồ 1. …", in the picture's title), each named in the text before it.
  let charts = 0;
  const numbered = body.flatMap((item): BodyItem[] => {
    if (item.kind !== 'chart') return [item];
    const so = String(++charts);
    return [
      { kind: 'para', text: fill(wording.bieuDoDan, { so }) },
      { kind: 'chart', chart: { ...item.chart, title: fill(wording.bieuDoTen, { so, ten: item.chart.title }) } },
    ];
  });
  body.splice(0, body.length, ...numbered);

  return {
    parentAgency: config.coQuanChuQuan ? agencyLines(upper(config.coQuanChuQuan), PARENT_LINE) : [],
    agency: config.coQuan ? agencyLines(upper(config.coQuan), AGENCY_LINE) : ['……………'],
    author: config.coQuan.replace(/\s*\n\s*/g, ' ') || 'cnscd',
    numberLine: `Số: ${numberAndCode(config.soVanBan, config.kyHieu)}`,
    placeDate: `${config.diaDanh || '……'}, ${officialDate(config.ngay)}`,
    subject: capital(fill(config.trichYeu || wording.trichYeu, words)),
    recipientsTo: config.kinhGui,
    opening: fill(config.vanBanYeuCau ? wording.moDau : wording.moDauKhongVanBan, words),
    body,
    closing: fill(wording.ketThuc, words),
    recipients: [...config.noiNhan.map((r) => `- ${r};`), `- Lưu: ${config.luu}.`],
    signer: { titles: config.nguoiKy.chucDanh.map(upper), name: config.nguoiKy.hoTen },
    appendix: appendixContent(a, wording, words),
    titles,
    leftOut,
    unplaced: placed.unplaced,
  };
}

/** The clerk's paragraph or sub-heading as the report prints it. */
function narrativeItem(item: NarrativeItem): BodyItem {
  const text = item.runs.map((r) => r.text).join('');
  return item.kind === 'heading' ? { kind: 'heading', text, runs: item.runs, level: item.level } : { kind: 'para', text, runs: item.runs };
}

function blockContent(block: Block, a: Aggregate, wording: Wording, words: Record<string, string>, config: ReportConfig): BodyItem[] {
  const listLimit = config.kiemTra.toiDaTrongBaoCao;
  const lead = block.van ? [{ kind: 'para' as const, text: fill(block.van, words) }] : [];
  switch (block.loai) {
    case 'doan-van':
      return lead;
    case 'bieu-do': {
      const shown = block.chiTieu.map((code) => a.totals.find((t) => t.code === code)).filter((t) => t && t.reported > 0);
      if (shown.length === 0 || a.units.length === 0) return [];
      // A bar per unit reads up to a few dozen units; beyond that, the units with the largest first figure.
      const first = shown[0]!.code;
      const units =
        a.units.length <= CHART_UNITS
          ? a.units
          : [...a.units].sort((x, y) => (y.values.get(first)?.value ?? -1) - (x.values.get(first)?.value ?? -1)).slice(0, CHART_UNITS);
      const title =
        fill(block.van, words) + (units.length < a.units.length ? fill(wording.bieuDoGioiHan, { n: count(units.length), tong: count(a.units.length) }) : '');
      return [
        {
          kind: 'chart',
          chart: {
            title,
            categories: units.map((u) => u.name),
            series: shown.map((t) => ({ label: shortLabel(t!.label), values: units.map((u) => u.values.get(t!.code)?.value ?? null) })),
          },
        },
      ];
    }
    case 'thong-tin-chung':
    case 'cau-ket-qua': {
      const set = block.loai === 'thong-tin-chung' ? wording.cauThongTinChung : wording.cauKetQua;
      const sentence = clauses(set.menh, a, wording, words, config.lamTronTrongVan);
      // Totals of fewer units than the roster expects are said to be theirs ("theo số liệu đã tổng hợp của 9/12 đơn vị").
      const partial = block.loai === 'cau-ket-qua' && a.roster && a.units.length < a.roster.expected;
      const open = partial ? fill(wording.cauKetQua.moMotPhan, { ...words, k: count(a.units.length), n: count(a.roster!.expected) }) : fill(set.mo, words);
      return sentence.length > 0 ? [...lead, { kind: 'para', text: `${open} ${sentence.join('; ')}.` }] : [];
    }
    case 'bang-so-lieu': {
      if (a.units.length === 0) return [];
      // The indicators no unit reported are not listed here: in the signed report such a list reads as an admission
      // (the workbook's note under its table names them, for the clerk).
      return [...lead, { kind: 'stats', rows: statsRows(a) }];
    }
    case 'san-pham':
      return a.products.map((p) => {
        const items = p.items.slice(0, NAMED_PRODUCTS).map((i) => `${i.name} (${named(i.units, UNITS_OF_A_PRODUCT, wording.sanPhamDonViDai)})`);
        const rest = p.items.length - NAMED_PRODUCTS;
        const list = rest > 0 ? `${items.join('; ')}; ${fill(wording.sanPhamConLai, { r: count(rest) })}` : items.join('; ');
        return { kind: 'para' as const, text: `${wording.sanPham[p.section] ?? p.section} (${count(p.items.length)} sản phẩm): ${list}.` };
      });
    case 'ket-qua-noi-bat':
    case 'ton-tai':
    case 'de-xuat': {
      const key = { 'ket-qua-noi-bat': 'ket_qua_noi_bat', 'ton-tai': 'ton_tai_han_che', 'de-xuat': 'de_xuat_kien_nghi' }[block.loai];
      const said = unitNotes(a.notes[key] ?? []);
      if (said.length === 0) return [];
      // Each text once, after every unit that wrote it (the first few named, as for a product many units list).
      const quoted = said
        .slice(0, QUOTED_UNITS)
        .map((n) => ({ kind: 'para' as const, text: `- ${named(n.units, UNITS_OF_A_PRODUCT, wording.sanPhamDonViDai)}: ${n.text}` }));
      const rest = said.length - quoted.length;
      return [...lead, ...quoted, ...(rest > 0 ? [{ kind: 'para' as const, text: fill(wording.yKienConLai, { r: count(rest) }) }] : [])];
    }
    case 'so-sanh-ky-truoc':
      return comparisonSentences(a, wording, words);
    case 'kiem-tra-so-lieu': {
      // The units whose figures are doubtful, in the report's words; which figure, where and why: kiem-tra.docx.
      const units = unitsOf(
        a,
        a.findings.filter((f) => DOUBT_CODES.has(f.code)),
      );
      if (units.length === 0) return [...lead, { kind: 'para', text: wording.kiemTra.khong }];
      return [...lead, { kind: 'para', text: fill(wording.kiemTra.donVi, { m: count(units.length), ds: namedUnits(units, listLimit) }) }];
    }
    case 'phan-loai-don-vi': {
      if (a.classes.length === 0) return [];
      const w = wording.phanLoai;
      const lines: BodyItem[] = a.classes
        .filter((c) => c.units.length > 0)
        .map((c) => ({ kind: 'para', text: unitSentence(c.units, w.nhom, w.nhomDai, { ten: c.name }) }));
      if (a.unsorted.length > 0) lines.push({ kind: 'para', text: unitSentence(a.unsorted, w.chuaPhanLoai, w.chuaPhanLoaiDai) });
      return lines.length > 0 ? [...lead, ...lines] : [];
    }
    case 'tinh-hinh-bao-cao':
      return [...lead, ...reportingStatus(a, wording)];
    case 'van-de-so-lieu':
      return [...lead, ...dataProblems(a, wording, listLimit)];
  }
}

/** A sentence naming units (`{ds}`, `{m}` of them): all, or the first NAMED_UNITS and the rest counted (`{r}`) in the long form's words. */
function unitSentence(names: string[], all: string, first: string, words: Record<string, string> = {}): string {
  const rest = names.length - NAMED_UNITS;
  return fill(rest > 0 ? first : all, { ...words, m: count(names.length), ds: names.slice(0, NAMED_UNITS).join(', '), r: count(rest) });
}

/** The first `most` names, and how many more in the long form's words (`{ds}`, `{r}`). */
function named(names: string[], most: number, long: string): string {
  return names.length > most ? fill(long, { ds: names.slice(0, most).join(', '), r: count(names.length - most) }) : names.join(', ');
}

/** Each clause in the first wording whose indicators all have totals; a total not every unit gave says so. */
function clauses(list: Wording['cauKetQua']['menh'], a: Aggregate, wording: Wording, words: Record<string, string>, rounded: boolean): string[] {
  const totals = new Map(a.totals.map((t) => [t.code, t]));
  const out: string[] = [];
  for (const c of list) {
    const options = Array.isArray(c.van) ? c.van : [c.van];
    for (const option of options) {
      const codes = placeholders(option).filter((p) => totals.has(p));
      if (codes.some((code) => totals.get(code)!.value === null)) continue;
      const values: Record<string, string> = { ...words };
      // Rounded as a report writes a large figure ("hơn 316.000") when the clerk asks, but never one of a pair
      // (`{a}/{b}`), which must be read exactly.
      for (const code of codes) {
        const paired = new RegExp(`\\{${code}\\}/|/\\{${code}\\}`).test(option);
        values[code] = rounded && !paired ? roundedFigure(totals.get(code)!.value!) : figure(totals.get(code)!.value);
      }
      let text = fill(option, values);
      const fewest = Math.min(...codes.map((code) => totals.get(code)!.reported));
      if (codes.length > 0 && fewest < a.units.length) text += fill(wording.chuaDuDonVi, { k: count(fewest), n: count(a.units.length) });
      out.push(text);
      break;
    }
  }
  return out;
}

/** `Số tài khoản VNeID được tạo` → `Tài khoản VNeID`: a legend needs only the noun. */
function shortLabel(label: string): string {
  const s = countedNoun(label).replace(/ được .*$/u, '');
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function statsRows(a: Aggregate): StatsRow[] {
  const n = a.units.length;
  let index = 0;
  const rows: StatsRow[] = a.totals
    .filter((t) => t.reported > 0)
    .map((t) => {
      const sub = /^trong đó/i.test(t.label);
      const c = a.comparison?.totals[t.code];
      return {
        index: sub ? '' : String(++index),
        label: t.label,
        measure: t.measure,
        value: figure(t.value),
        reported: `${count(t.reported)}/${count(n)}`,
        ...(sub ? { sub } : {}),
        ...(a.comparison ? { previous: c ? figure(c.previous) : '-', change: c ? formatChange(c.change, c.percent, 'vi') : '-' } : {}),
      };
    });
  for (const r of a.ratios) {
    if (r.value === null) continue;
    // Over the units that reported both figures: when that is not every unit that reported either, the ratio is not
    // the plain totals' (66,2 % of 8 units' 88/133, beside "111/162" in the text), and its row says its basis.
    const plain = (code: string) => a.totals.find((t) => t.code === code)?.value;
    const differs = plain(r.of.numerator) !== r.numerator || plain(r.of.denominator) !== r.denominator;
    rows.push({
      index: String(++index),
      label: differs ? `${r.label} (tính trên ${count(r.units)} đơn vị báo cáo đủ hai chỉ tiêu: ${figure(r.numerator)}/${figure(r.denominator)})` : r.label,
      measure: r.format === 'percent' ? '%' : '',
      value: ratioText(r.value, r.format),
      reported: `${count(r.units)}/${count(n)}`,
    });
  }
  return rows;
}

function reportingStatus(a: Aggregate, wording: Wording): BodyItem[] {
  const out: BodyItem[] = [];
  const t = wording.tinhHinh;
  const para = (text: string) => out.push({ kind: 'para', text });
  const units = (names: string[], all: string, first: string) => {
    if (names.length > 0) para(unitSentence(names, all, first));
  };
  // A unit that sent its form back blank has not reported, and the report says so in those words, not "chưa báo cáo".
  const blank = blankFormUnits(a);
  if (a.roster) {
    const reported = a.roster.expected - a.missing.length;
    para(fill(t.daBaoCao, { k: count(reported), n: count(a.roster.expected) }));
    units(
      a.missing.map((m) => m.name).filter((name) => !blank.has(name)),
      t.chuaBaoCao,
      t.chuaBaoCaoDai,
    );
  } else if (a.units.length > NAMED_UNITS) {
    para(fill(t.khongCoDanhSachDai, { k: count(a.units.length) }));
  } else {
    para(fill(t.khongCoDanhSach, { k: count(a.units.length), ds: a.units.map((u) => u.name).join(', ') }));
  }
  // One sentence for each reason a unit was left out, each with its true reason.
  for (const why of EXCLUSION_ORDER) {
    const names = [...new Set([...a.notCounted.filter((n) => n.reason === why).map((n) => n.name), ...(why === 'empty' ? blank : [])])];
    if (names.length > 0) para(unitSentence(names, t.biLoai, t.biLoaiDai, { lyDo: t.lyDo[why] }));
  }
  return out;
}

function dataProblems(a: Aggregate, wording: Wording, listLimit: number): BodyItem[] {
  // A unit left out (its errors, two versions, a blank form…) is said once, with its reason, where the units that have
  // not reported are (reportingStatus); here, the units whose errors remain in what was counted.
  const said = new Set([...a.notCounted.map((n) => n.name), ...blankFormUnits(a)]);
  const units = unitsOf(
    a,
    a.findings.filter((f) => f.severity === 'error' && f.code !== 'report-empty'),
  ).filter((u) => !said.has(u));
  if (units.length === 0) return [{ kind: 'para', text: wording.vanDe.khong }];
  return [{ kind: 'para', text: fill(wording.vanDe.donVi, { m: count(units.length), ds: namedUnits(units, listLimit) }) }];
}

/** Units named in a sentence: all of them, or the first `limit` and how many more (a country's roll-up has thousands). */
function namedUnits(units: string[], limit: number): string {
  return units.length > limit ? `${units.slice(0, limit).join(', ')} và ${count(units.length - limit)} đơn vị khác` : units.join(', ');
}

/**
 * The units some findings are about, each once, in their order: the official report names units, never files. A
 * finding about a file whose unit is not known (unreadable, no unit written) is "một báo cáo chưa rõ đơn vị".
 */
function unitsOf(a: Aggregate, findings: Finding[]): string[] {
  const unitsOfFile = new Map(a.files.map((f) => [f.path, f.units]));
  return [...new Set(findings.map((f) => f.unit ?? unitsOfFile.get(f.file)?.[0] ?? 'báo cáo chưa rõ đơn vị'))];
}

function appendixContent(a: Aggregate, wording: Wording, words: Record<string, string>): AppendixContent {
  const shown = a.totals.filter((t) => t.reported > 0);
  const comparison = a.comparison;
  const changes = (byCode: Record<string, Change> | undefined) =>
    comparison
      ? shown.map((t) => {
          const c = byCode?.[t.code];
          return c ? formatChange(c.change, c.percent, 'vi') : null;
        })
      : undefined;
  const unitRow = (u: Aggregate['units'][number], index: number) => {
    const ch = changes(comparison?.units[u.name]);
    return { index: String(index), name: u.name, values: shown.map((t) => figure(u.values.get(t.code)?.value)), ...(ch ? { changes: ch } : {}) };
  };
  let rows: AppendixRow[];
  if (a.grouping) {
    const byName = new Map(a.units.map((u) => [u.name, u]));
    rows = a.grouping.groups.flatMap((g, gi) => {
      const totals = new Map(g.totals.map((t) => [t.code, t.value]));
      const previous = comparison
        ? groupChanges(
            g.units,
            comparison,
            shown.map((t) => t.code),
            totals,
          )
        : undefined;
      return [
        {
          index: ROMAN_NUMERALS[gi] ?? String(gi + 1),
          name: fill(wording.nhomPhuLuc, { ten: g.name }),
          values: shown.map((t) => figure(totals.get(t.code))),
          group: true,
          ...(previous ? { changes: previous } : {}),
        },
        ...g.units.map((name, i) => unitRow(byName.get(name)!, i + 1)),
      ];
    });
  } else rows = a.units.map((u, i) => unitRow(u, i + 1));
  // Every unit a row: those whose report was not counted, then those not heard from, each with why across the figures.
  const blank = blankFormUnits(a);
  const counted = new Set(a.units.map((u) => u.name));
  const absent = [
    ...[...new Map(a.notCounted.filter((n) => !counted.has(n.name)).map((n) => [n.name, `Chưa tổng hợp (${EXCLUSION_WORDS.vi[n.reason]})`])).entries()],
    ...a.missing.map((m) => [m.name, blank.has(m.name) ? `Chưa tổng hợp (${EXCLUSION_WORDS.vi.empty})` : 'Chưa báo cáo'] as const),
  ];
  let next = a.grouping ? rows.filter((r) => !r.group).length : rows.length;
  for (const [name, why] of absent) rows.push({ index: String(++next), name, values: [], absent: why });
  const totalChanges = changes(comparison?.totals);
  return {
    label: wording.phuLuc.so,
    title: upper(fill(wording.phuLuc.tieuDe, words)).trim(),
    reference: fill(wording.phuLuc.kemTheo, words),
    unitColumn: wording.phuLuc.cotDonVi,
    columns: shown.map((t) => ({ label: t.label, measure: t.measure })),
    rows,
    totalLabel: wording.phuLuc.tongCong,
    total: shown.map((t) => figure(t.value)),
    ...(totalChanges ? { totalChanges, changeNote: `Dòng nghiêng dưới mỗi số: tăng (+), giảm (−) so với ${words.kyTruoc}.` } : {}),
    omitted: a.totals.filter((t) => t.reported === 0).map((t) => t.label),
  };
}

/**
 * A group's change: its subtotal against the sum of the same units' previous figures, over the units that have
 * both (a unit new this period is not a rise).
 */
function groupChanges(units: string[], comparison: Comparison, codes: string[], totals: Map<string, number | null>): (string | null)[] {
  return codes.map((code) => {
    let previous = 0;
    let current = 0;
    let n = 0;
    for (const name of units) {
      const c = comparison.units[name]?.[code];
      if (!c) continue;
      previous += c.previous;
      current += c.current;
      n++;
    }
    if (n === 0 || totals.get(code) === null) return null;
    return formatChange(current - previous, previous === 0 ? null : ((current - previous) / previous) * 100, 'vi');
  });
}

/** `So với năm 2022: số thành viên Tổ CNSCĐ giảm 18,0% (từ 750 xuống 615); …` */
function comparisonSentences(a: Aggregate, wording: Wording, words: Record<string, string>): BodyItem[] {
  const c = a.comparison;
  if (!c) return [];
  const parts: string[] = [];
  for (const t of a.totals) {
    const ch = c.totals[t.code];
    if (!ch || /^trong đó/i.test(t.label)) continue;
    const values = {
      chiTieu: lowerFirst(t.label),
      truoc: figure(ch.previous),
      nay: figure(ch.current),
      phanTram: ch.percent === null ? '' : formatPercent(ch.percent, 'vi'),
    };
    const template =
      ch.change === 0 ? wording.soSanh.khongDoi : ch.percent === null ? wording.soSanh.tuKhong : ch.change > 0 ? wording.soSanh.tang : wording.soSanh.giam;
    parts.push(fill(template, values));
  }
  const skipped = a.totals.filter((t) => c.notCompared.includes(t.code) && t.reported > 0).map((t) => lowerFirst(t.label));
  const lengths = skipped.length > 0 ? [{ kind: 'para' as const, text: fill(wording.soSanh.khacDoDai, { ...words, ds: skipped.join('; ') }) }] : [];
  if (parts.length === 0) return lengths;
  return [{ kind: 'para', text: `${fill(wording.soSanh.mo, words)} ${parts.join('; ')}.` }, ...lengths];
}

function lowerFirst(s: string): string {
  return /^(DVCTT|VNeID|OCOP)/.test(s) ? s : s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/**
 * The units' notes of one section, each text once with every unit that wrote it, in the order first written; each
 * mended as a sentence of the report (mendSentence).
 */
export function unitNotes(notes: readonly UnitNote[]): { units: string[]; text: string }[] {
  const byText = new Map<string, { units: string[]; text: string }>();
  for (const n of notes) {
    const text = mendSentence(n.text);
    if (!text) continue;
    const key = fold(text);
    const known = byText.get(key);
    if (!known) byText.set(key, { units: [n.unit], text });
    else if (!known.units.includes(n.unit)) known.units.push(n.unit);
  }
  return [...byText.values()];
}

/**
 * A unit's note as a sentence of the report: its lines run on (a line that ends a sentence with its stop, another
 * with `;`), a list's dashes dropped, spaces where a report puts them (none before `,.;:`, one after), the first letter
 * a capital, and one full stop at the end (`;`, `,` or `:` at the end made one).
 */
export function mendSentence(text: string): string {
  let t = text
    .replace(/^\s*[-–•+*]\s+/gm, '')
    .replace(/([.!?;:…])?[ \t]*\r?\n\s*/g, (_, stop: string | undefined) => (stop ? `${stop} ` : '; '))
    .replace(/[\t \u00a0]+/g, ' ')
    .replace(/\s+([,.;:!?…)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .replace(/([,;:])(?=[\p{L}])/gu, '$1 ')
    .replace(/([.;,:])(?:\s*[.;,:])+/g, (m, first: string) => (m.includes('.') ? '.' : first))
    .trim();
  t = t.replace(/[,;:]+$/, '').trim();
  if (!t) return '';
  if (!/[.!?…]$/.test(t)) t += '.';
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}
