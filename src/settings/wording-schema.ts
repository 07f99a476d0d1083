/**
 * The zod schema of the report's wording (wording.ts loads it). Imported only when a wording file needs checking:
 * the built-in one was checked at build time (src/build/check-templates.ts).
 */
import { z } from 'zod';

const text = z.string();

/** What a block of the report shows. The code knows how to build each kind; the template orders and words them. */
export const BLOCK_KINDS = [
  'thong-tin-chung', // sentences on the general-information indicators
  'bang-so-lieu', // the statistics table STT / Nội dung / Đơn vị tính / Số liệu, with the ratios
  'cau-ket-qua', // sentences stating the totals
  'san-pham', // product lists with their units
  'ket-qua-noi-bat', // units' highlights, from their Thuyết minh
  'tinh-hinh-bao-cao', // who reported, who did not, who was left out
  'van-de-so-lieu', // the data problems found
  'ton-tai', // units' shortcomings, from their Thuyết minh
  'de-xuat', // units' proposals, from their Thuyết minh
  'doan-van', // a fixed paragraph: `van`
  'bieu-do', // a bar chart of `chiTieu` per unit, titled `van`
  'so-sanh-ky-truoc', // sentences comparing each total with the previous period (with --previous)
  'kiem-tra-so-lieu', // doubtful figures: outliers across units, falls of counts that only grow
  'phan-loai-don-vi', // units sorted by the config's rules (phanLoai)
] as const;

/**
 * A clause that names indicators as `{so_buoi_tap_huan}`; it is said only when every indicator it names has a total.
 * Given a list, the first wording whose indicators all have totals is said.
 */
const clause = z.strictObject({ van: z.union([text.min(1), z.array(text.min(1)).min(1)]) });

const block = z.strictObject({
  loai: z.enum(BLOCK_KINDS),
  /** Heading of this block (`1. Kết quả hoạt động`); numbered automatically when the template asks. */
  tieuDe: text.default(''),
  /** For `doan-van`: the paragraph. For the others: an optional lead sentence. */
  van: text.default(''),
  /** For `bieu-do`: the indicators to chart, by code. */
  chiTieu: z.array(z.string()).default([]),
});

const part = z.strictObject({
  /**
   * The part's title, ALL CAPS (`BÀI HỌC KINH NGHIỆM`); numbered I., II., … among the parts printed. `{capBaoCao}` is
   * the reporting level (`cấp tỉnh` for a province adding up its districts), `{capDonVi}` the units' (`cấp huyện`).
   * The clerk's text for the part (noi-dung-bao-cao.md) goes under it first, found by this title; a part with
   * nothing to say, neither the clerk's text nor a block's, is left out of the report and the terminal says so.
   */
  tieuDe: text.min(1),
  khoi: z.array(block).default([]),
});

/**
 * The report's wording and the order of its parts (`templates/bao-cao/bao-cao.json`). A clerk changes words here,
 * not in TypeScript. Placeholders: `{ky}` period, `{coQuan}` issuing agency, `{vanBanYeuCau}` request document,
 * `{tenGoiDonVi}` what the units are called, `{soDonVi}` units counted, `{<indicator code>}` a total.
 */
/** The sorting groups' long forms, for a wording file written before they existed. */
const PHAN_LOAI_DAI = {
  nhomDai: 'Có {m} đơn vị {ten}: {ds} và {r} đơn vị khác.',
  chuaPhanLoaiDai: 'Chưa đủ số liệu để phân loại {m} đơn vị: {ds} và {r} đơn vị khác.',
};

export const wordingSchema = z.strictObject({
  $schema: z.string().optional(),
  trichYeu: text.min(1),
  moDau: text.min(1),
  moDauKhongVanBan: text.min(1),
  phan: z.array(part).min(1),
  cauThongTinChung: z.strictObject({ mo: text, menh: z.array(clause) }),
  /**
   * `moMotPhan` opens the sentence instead of `mo` when not every unit of the roster was counted (`{k}` of `{n}`): the
   * totals are then those units' only, and the sentence says so.
   */
  cauKetQua: z.strictObject({
    mo: text,
    moMotPhan: text.default('Trong {ky}, theo số liệu đã tổng hợp của {k}/{n} đơn vị, {tenGoiDonVi} đã'),
    menh: z.array(clause),
  }),
  /** Appended to a total that not every unit reported: `{k}` of `{n}` units. */
  chuaDuDonVi: text,
  /** No longer printed: the report lists no indicator nobody reported (the workbook does). Kept so that older wording files load. */
  chuaAiBaoCao: text.optional(),
  /** Appended to a chart's title when it shows only the `{n}` largest of `{tong}` units. */
  bieuDoGioiHan: text.default(' ({n}/{tong} đơn vị có số liệu lớn nhất)'),
  /** Before a chart: the text names it (`{so}` its number). */
  bieuDoDan: text.default('Kết quả của từng đơn vị được thể hiện tại Biểu đồ {so}.'),
  /** A chart's title with its number: `{so}`, `{ten}` the block's `van`. */
  bieuDoTen: text.default('Biểu đồ {so}. {ten}'),
  /** No longer printed: a part with nothing in it is left out, and the terminal says so. Kept so that older wording files load. */
  choDeTrong: text.optional(),
  ketThuc: text.min(1),
  phuLuc: z.strictObject({ so: text.min(1), tieuDe: text.min(1), kemTheo: text.min(1), cotDonVi: text.min(1), tongCong: text.min(1) }),
  tinhHinh: z.strictObject({
    daBaoCao: text,
    chuaBaoCao: text,
    khongCoDanhSach: text,
    /** Instead of khongCoDanhSach when more units reported than the text names one by one (`{k}` of them). */
    khongCoDanhSachDai: text.default('Đã nhận báo cáo của {k} đơn vị (từng đơn vị tại Phụ lục kèm theo).'),
    /** Instead of chuaBaoCao when more units are missing than the text names: `{ds}` the first, `{r}` how many more. */
    chuaBaoCaoDai: text.default('Chưa báo cáo ({m} đơn vị): {ds} và {r} đơn vị khác (chi tiết tại Phụ lục).'),
    /** Units left out, one sentence for each reason: `{m}` how many, `{lyDo}` the reason (below), `{ds}` their names. */
    biLoai: text,
    /** Instead of biLoai when more units are left out than the text names: `{ds}` the first, `{r}` how many more. */
    biLoaiDai: text.default('Chưa tổng hợp số liệu của {m} đơn vị {lyDo}: {ds} và {r} đơn vị khác (chi tiết tại Phụ lục).'),
    /** Why units were left out, as `{lyDo}` says it: the true reason of each. */
    lyDo: z
      .strictObject({
        empty: text,
        errors: text,
        conflict: text,
        period: text,
        'unknown-unit': text,
      })
      .default({
        empty: 'do gửi biểu chưa có số liệu (đề nghị đơn vị điền số liệu và gửi lại)',
        errors: 'do báo cáo còn lỗi (đề nghị đơn vị sửa và gửi lại)',
        conflict: 'do đơn vị gửi hai bản báo cáo có số liệu khác nhau (đề nghị đơn vị xác nhận bản đúng)',
        period: 'do báo cáo không đúng kỳ báo cáo',
        'unknown-unit': 'do tên đơn vị không có trong danh sách đơn vị',
      }),
  }),
  /**
   * Errors in the reports, said in the official report's words: `khong` when there is none; else `donVi`, naming the
   * units (`{m}`, `{ds}`). No file, cell or code: the clerk's check list (kiem-tra.docx) has them. `mo` is kept so that
   * older wording files load; it is no longer printed.
   */
  vanDe: z.strictObject({
    khong: text,
    mo: text.optional(),
    donVi: text.default('Báo cáo của {m} đơn vị còn sai sót về số liệu; đã đề nghị các đơn vị rà soát, sửa và gửi lại: {ds}.'),
  }),
  sanPham: z.record(z.string(), text),
  /**
   * Ending a product list cut at the number the report names (a country's units list thousands): `{r}` how many more.
   * And a product listed by more units than are named with it: `{ds}` the first, `{r}` how many more.
   */
  sanPhamConLai: text.default('và {r} sản phẩm khác'),
  sanPhamDonViDai: text.default('{ds} và {r} đơn vị khác'),
  /** After the units' notes of one section, cut at the number the report quotes: `{r}` how many more units. */
  yKienConLai: text.default('- Và ý kiến của {r} đơn vị khác.'),
  /** With --previous: `{chiTieu}` an indicator's name, `{truoc}`/`{nay}` the figures, `{phanTram}` the change. */
  /**
   * The comparison with the previous period; `khacDoDai` after it when the periods differ in length, so that the
   * figures counted over a period (`perPeriod` in the schema: trainings held…) were not compared (`{ds}` them).
   */
  soSanh: z
    .strictObject({
      mo: text,
      tang: text,
      giam: text,
      khongDoi: text,
      tuKhong: text,
      khacDoDai: text.default('Các chỉ tiêu tính riêng trong từng kỳ ({ds}) không so sánh với {kyTruoc} vì hai kỳ dài ngắn khác nhau.'),
    })
    .default({
      mo: 'So với {kyTruoc}:',
      tang: '{chiTieu} tăng {phanTram} (từ {truoc} lên {nay})',
      giam: '{chiTieu} giảm {phanTram} (từ {truoc} xuống {nay})',
      khongDoi: '{chiTieu} không thay đổi ({nay})',
      tuKhong: '{chiTieu} tăng từ 0 lên {nay}',
      khacDoDai: 'Các chỉ tiêu tính riêng trong từng kỳ ({ds}) không so sánh với {kyTruoc} vì hai kỳ dài ngắn khác nhau.',
    }),
  /** Doubtful figures: lead sentence, and the sentence when there are none. */
  /** Doubtful figures, said in plain words with the units named (`{m}`, `{ds}`); `mo` as for vanDe. */
  kiemTra: z
    .strictObject({ mo: text.optional(), khong: text, donVi: text.default('') })
    .default({ khong: 'Không phát hiện số liệu chênh lệch bất thường.', donVi: '' })
    .transform((k) => ({
      ...k,
      donVi:
        k.donVi ||
        'Số liệu của {m} đơn vị chênh lệch nhiều so với các đơn vị khác hoặc giảm so với kỳ trước; đã đề nghị các đơn vị kiểm tra lại, số liệu vẫn được tổng hợp như đơn vị đã báo cáo: {ds}.',
    })),
  /** No longer printed (the report names units, not findings); kept so that older wording files load. */
  conLai: text.default('- Và {m} trường hợp khác: danh sách đầy đủ ở trang “Kiểm tra” của tệp tong-hop.xlsx.'),
  /** Units sorted by the config's rules: `{m}` units, `{ten}` the group's name, `{ds}` the units. */
  phanLoai: z
    .strictObject({
      nhom: text,
      chuaPhanLoai: text,
      /** Instead of nhom and chuaPhanLoai when a group has more units than the text names: `{ds}` the first, `{r}` how many more. */
      nhomDai: text.default(PHAN_LOAI_DAI.nhomDai),
      chuaPhanLoaiDai: text.default(PHAN_LOAI_DAI.chuaPhanLoaiDai),
    })
    .default({ nhom: 'Có {m} đơn vị {ten}: {ds}.', chuaPhanLoai: 'Chưa đủ số liệu để phân loại {m} đơn vị: {ds}.', ...PHAN_LOAI_DAI }),
  /** The appendix with --by: a group's row (`{ten}` its name). */
  nhomPhuLuc: text.default('{ten}'),
});
