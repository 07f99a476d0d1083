import { join } from 'node:path';
import ExcelJS from 'exceljs';
// @ts-expect-error the benchmark's corpus writer is plain JavaScript
import { figures, INDICATORS, unitName } from '../bench/corpus.mjs';

/** The name of the bench's commune i. */
export const communeName = (i: number): string => unitName(i) as string;

/**
 * Commune i's form as exceljs writes it (the bench's figures), with its notes and product list on a Thuyết minh
 * sheet: a highlight; every other commune a shortcoming of two lines; two products of its own and one that every
 * commune lists.
 */
export async function writeNotesForm(dir: string, i: number): Promise<void> {
  const unit = communeName(i);
  const values = figures(i) as number[];
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Thông tin').addRows([
    ['Thông tin', 'Giá trị'],
    ['Đơn vị', unit],
    ['Kỳ báo cáo', 'Năm 2025'],
  ]);
  const data = wb.addWorksheet('Số liệu');
  data.addRow(['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu']);
  (INDICATORS as [string, string, string][]).forEach(([, label, measure], k) => {
    data.addRow([k + 1, label, measure, values[k]]);
  });
  const notes = wb.addWorksheet('Thuyết minh');
  notes.addRow(['Mục', 'Nội dung']);
  notes.addRow(['ket_qua_noi_bat', `Hướng dẫn ${values[2]} lượt người dân tại nhà văn hoá các thôn.`]);
  if (i % 2 === 0) notes.addRow(['ton_tai_han_che', 'Thiếu thiết bị để hướng dẫn người dân.\nMột số thôn chưa có wifi.']);
  notes.addRow(['ds_ocop_len_san', `Chè ${unit}; Mật ong ${unit}; Mật ong bạc hà`]);
  await wb.xlsx.writeFile(join(dir, `xa-${String(i + 1).padStart(3, '0')}.xlsx`));
}
