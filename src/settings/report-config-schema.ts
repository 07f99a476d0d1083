/**
 * The zod schema of the report's settings (`cnscd.config.json`; report-config.ts loads it). Imported only when a
 * file or a command-line option needs checking: the defaults were worked out at build time (check-templates.ts).
 */
import { z } from 'zod';
import { dateParts } from '../model/date.js';

const line = z.string().trim();
/** An agency's name: one text (`\n` where a line breaks) or its lines. */
const agencyName = z.union([line, z.array(line).transform((lines) => lines.join('\n'))]).default('');

/** A date as a clerk writes it (`08/08/2023`, `8/8/2023`) or ISO (`2023-08-08`). Empty: left blank for the registry. */
const dateText = line.refine((s) => s === '' || dateParts(s) !== null, {
  message: 'ngày không hợp lệ — viết dạng 08/08/2023 hoặc 2023-08-08 / not a date: write 08/08/2023 or 2023-08-08',
});

/**
 * What the clerk sets for the report (`cnscd.config.json`): who issues it, its number and date, the request it
 * answers, who signs it and who receives it. Every field has a default that leaves a visible blank to fill in.
 */
export const reportConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** What each field means, written by `cnscd init` for the clerk; ignored. */
  _huongDan: z.record(z.string(), z.string()).optional(),
  /**
   * Parent agency (`UBND tỉnh Hải Dương`, printed in capitals); empty when there is none. Its lines in the header as
   * the clerk breaks them: an array of lines, or `\n` between them; otherwise balanced.
   */
  coQuanChuQuan: agencyName,
  /** Issuing agency (`Sở Thông tin và Truyền thông`), its lines as for coQuanChuQuan. */
  coQuan: agencyName,
  /** The issuing agency as a sentence names it (`Sở Thông tin và Truyền thông`); empty: `coQuan` as written. */
  coQuanTrongCau: line.default(''),
  /** The issuer's abbreviation after `BC-` (`STTTT` gives `Số: …/BC-STTTT`). */
  kyHieu: line.default(''),
  /** The document number; empty for the registry to fill in. */
  soVanBan: line.regex(/^\d*$/, 'số văn bản chỉ gồm chữ số / digits only').default(''),
  /** Place name of the date line (`Hải Dương`). */
  diaDanh: line.default(''),
  /** Date of the report; empty leaves `ngày … tháng … năm …` blank. */
  ngay: dateText.default(''),
  /** Subject line under BÁO CÁO; `{ky}` is the period. Empty: the wording template's default. */
  trichYeu: line.default(''),
  /** The request this report answers (`Công văn số 1234/UBND-VP ngày 15/7/2023 của UBND tỉnh`). */
  vanBanYeuCau: line.default(''),
  /** `Kính gửi:` recipients; none for a report without that line. */
  kinhGui: z.array(line.min(1)).default([]),
  /** Who the units are, for the sentences (`các huyện, thị xã, thành phố`). */
  tenGoiDonVi: line.default('các đơn vị'),
  /** The signer: authority and title lines (`KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`) and full name. */
  nguoiKy: z
    .strictObject({
      chucDanh: z.array(line.min(1)).default([]),
      hoTen: line.default(''),
    })
    .default({ chucDanh: [], hoTen: '' }),
  /**
   * The unit this report covers (`Huyện Tứ Kỳ`), written into tong-hop.xlsx so that the level above knows whose
   * figures they are. Empty: the roster's `capTren` when every unit has the same one.
   */
  tenDonVi: line.default(''),
  /** Doubtful figures: how far from the other units (in scaled median absolute deviations) a figure is flagged. */
  kiemTra: z
    .strictObject({
      /** Flag a unit whose figure (or ratio) is more than this many scaled MADs from the median, on a log scale. */
      nguongLech: z.number().min(1).max(20).default(3),
      /** Fewer units than this with a figure: no comparison across units. */
      toiThieuDonVi: z.number().int().min(3).default(5),
      /** …and at least this many times above or below the median figure (units differ in size). */
      heSoChenhLech: z.number().min(1).default(5),
      /** At most this many lines in each of the report's lists of findings; the rest are counted, listed in tong-hop.xlsx. */
      toiDaTrongBaoCao: z.number().int().min(1).default(30),
    })
    .default({ nguongLech: 3, toiThieuDonVi: 5, heSoChenhLech: 5, toiDaTrongBaoCao: 30 }),
  /**
   * Sorting units into groups the report names (`chưa triển khai tập huấn`): tried in order, a unit goes to the
   * first group whose conditions all hold; a group with no condition takes every unit left.
   */
  phanLoai: z
    .array(
      z.strictObject({
        ten: line.min(1),
        dieuKien: z
          .array(
            z.strictObject({
              chiTieu: z.string().regex(/^[a-z][a-z0-9_]*$/, 'mã chỉ tiêu, ví dụ so_buoi_tap_huan / an indicator code'),
              phepSo: z.enum(['<', '<=', '=', '>=', '>']),
              giaTri: z.number(),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
  /**
   * The clerk's own text for the report's parts (the situation, the province's work, lessons, shortcomings, the way
   * ahead): a `.md` or `.txt` file, relative to this config file. Empty: `noi-dung-bao-cao.md` or `.txt` beside it.
   */
  noiDungBaoCao: line.default(''),
  /** Figures in the report's sentences rounded as a report writes them (`hơn 316.000`); the tables keep every digit. */
  lamTronTrongVan: z.boolean().default(false),
  /** `Nơi nhận:` lines, without the leading `- ` and trailing `;`. */
  noiNhan: z.array(line.min(1)).default([]),
  /** The archive line after `Lưu: ` (`VT, BCVT`). */
  luu: line.default('VT'),
});
