import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate, total } from '../support/aggregate.js';
import { formSheet, tempDir, writeWorkbook } from '../support/files.js';

/** A district's form with its Thuyết minh sheet: a section name in one cell, its text in the next. */
async function district(dir: string, name: string, figures: [string, number][], notes: [string, string][]): Promise<void> {
  await writeWorkbook(
    `${name}.xlsx`,
    (wb) => {
      formSheet(
        wb,
        figures.map(([label, v], i) => [i + 1, label, '', v]),
        [`Đơn vị: ${name}`, 'Kỳ báo cáo: 6 tháng đầu năm 2023'],
      );
      wb.addWorksheet('Thuyết minh').addRows(notes);
    },
    dir,
  );
}

describe('notes and product lists of the counted units', () => {
  it('products merged by name however written, each with the units that listed it; notes by unit, blank ones left out', async () => {
    const dir = join(tempDir(), 'bao-cao');
    mkdirSync(dir);
    await district(
      dir,
      'Huyện Tứ Kỳ',
      [['Số sản phẩm OCOP của địa phương', 11]],
      [
        ['Danh sách sản phẩm OCOP đưa lên sàn TMĐT', 'Bánh gai Ninh Giang; Gạo nếp cái hoa vàng; Rươi cấp đông; bánh gai ninh giang'],
        ['Kết quả nổi bật', '  Tổ đến từng hộ.  '],
        ['Tồn tại, hạn chế', '   '],
      ],
    );
    await district(
      dir,
      'Huyện Ninh Giang',
      [['Số sản phẩm OCOP của địa phương', 9]],
      [
        ['Danh sách sản phẩm OCOP đưa lên sàn TMĐT', 'Bánh gai Ninh Giang\nChả cá'],
        ['Danh sách sản phẩm khác đưa lên sàn TMĐT', 'Mật ong'],
        ['Tồn tại, hạn chế', 'Thiếu thiết bị.'],
      ],
    );
    await district(dir, 'Huyện Gia Lộc', [['Số sản phẩm OCOP của địa phương', 2]], [['Danh sách sản phẩm OCOP đưa lên sàn TMĐT', 'Chả Cá; ; Ớt; ...']]);
    // A unit left out for an error gives neither figures nor notes.
    await district(dir, 'Huyện Thanh Hà', [['Số sản phẩm OCOP của địa phương', -1]], [['Danh sách sản phẩm OCOP đưa lên sàn TMĐT', 'Vải thiều']]);
    const a = await aggregate(dir);
    expect(total(a, 'so_san_pham_ocop')).toEqual({ value: 22, reported: 3 });
    const ocop = a.products.find((p) => p.section === 'ds_ocop_len_san')!;
    // In the order of their names without marks; each named as the first unit (in name order) wrote it, with its units.
    expect(ocop.items).toEqual([
      { name: 'Bánh gai Ninh Giang', units: ['Huyện Ninh Giang', 'Huyện Tứ Kỳ'] },
      { name: 'Chả Cá', units: ['Huyện Gia Lộc', 'Huyện Ninh Giang'] },
      { name: 'Gạo nếp cái hoa vàng', units: ['Huyện Tứ Kỳ'] },
      { name: 'Ớt', units: ['Huyện Gia Lộc'] },
      { name: 'Rươi cấp đông', units: ['Huyện Tứ Kỳ'] },
    ]);
    expect(a.products.find((p) => p.section === 'ds_san_pham_khac_len_san')!.items).toEqual([{ name: 'Mật ong', units: ['Huyện Ninh Giang'] }]);
    expect(a.products.map((p) => p.section)).toEqual(['ds_ocop_len_san', 'ds_san_pham_khac_len_san']);
    expect(a.notes.ket_qua_noi_bat).toEqual([{ unit: 'Huyện Tứ Kỳ', text: 'Tổ đến từng hộ.' }]);
    expect(a.notes.ton_tai_han_che).toEqual([{ unit: 'Huyện Ninh Giang', text: 'Thiếu thiết bị.' }]);
    expect(a.notes.de_xuat_kien_nghi).toEqual([]);
    // Only the prose sections are notes; the lists are products.
    expect(Object.keys(a.notes).sort()).toEqual(['de_xuat_kien_nghi', 'ket_qua_noi_bat', 'ton_tai_han_che']);
  });

  it('products in the order of their names, however they were listed', async () => {
    const dir = join(tempDir(), 'bao-cao');
    mkdirSync(dir);
    await district(
      dir,
      'Huyện Tứ Kỳ',
      [['Số sản phẩm OCOP của địa phương', 6]],
      [['Danh sách sản phẩm OCOP đưa lên sàn TMĐT', 'Vải; Ớt; Nhãn; Mật ong; Gạo; Chè; Bánh; Ấm']],
    );
    const ocop = (await aggregate(dir)).products[0]!;
    expect(ocop.items.map((i) => i.name)).toEqual(['Ấm', 'Bánh', 'Chè', 'Gạo', 'Mật ong', 'Nhãn', 'Ớt', 'Vải']);
  });

  it('no product anywhere: no list at all', async () => {
    const dir = join(tempDir(), 'bao-cao');
    mkdirSync(dir);
    await district(dir, 'Huyện Tứ Kỳ', [['Số sản phẩm OCOP của địa phương', 1]], [['Kết quả nổi bật', 'Tốt.']]);
    expect((await aggregate(dir)).products).toEqual([]);
  });
});

describe('ratios of sums', () => {
  it('over the units that gave both sides; none when no unit did, or every denominator is 0', async () => {
    const dir = join(tempDir(), 'bao-cao');
    mkdirSync(dir);
    await district(
      dir,
      'Huyện A',
      [
        ['Số sản phẩm OCOP của địa phương', 0],
        ['Số sản phẩm OCOP được đưa lên sàn TMĐT', 0],
        ['Số thôn/khu dân cư trên địa bàn', 10],
      ],
      [],
    );
    await district(
      dir,
      'Huyện B',
      [
        ['Số sản phẩm OCOP của địa phương', 0],
        ['Số thôn/khu dân cư trên địa bàn', 5],
      ],
      [],
    );
    // C gives what goes on e-commerce but not how many products it has: no ratio from it.
    await district(dir, 'Huyện C', [['Số sản phẩm OCOP được đưa lên sàn TMĐT', 4]], []);
    const a = await aggregate(dir);
    expect(a.ratios.find((r) => r.id === 'ty-le-ocop-len-san')).toMatchObject({ numerator: 0, denominator: 0, units: 1, value: null });
    expect(a.ratios.find((r) => r.id === 'ty-le-thon-co-to')).toMatchObject({ numerator: 0, denominator: 0, units: 0, value: null });
    expect(a.ratios.find((r) => r.id === 'vneid-muc-2-tren-tong')).toMatchObject({ units: 0, value: null });
  });
});
