import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/model/fold.js';
import { defaultMatcher } from '../support/files.js';

describe('label matching', () => {
  it('folds case, marks, both tone placements, đ and punctuation', () => {
    expect(fold('Hoà')).toBe(fold('hòa'));
    expect(fold('Thuỷ')).toBe(fold('thủy'));
    expect(fold('ĐỒNG')).toBe('dong');
    expect(fold('VNeID')).toBe(fold('Vneid'));
    expect(fold('  Số   liệu: (6 tháng) ')).toBe('so lieu 6 thang');
  });

  it("folds any text as the contract's steps do one by one (plain names take a shorter way)", () => {
    // The contract's folding, step by step: the reference the shorter way is held to.
    const reference = (t: string) =>
      t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const text = fc.stringMatching(/^[aAzZ09ĐđÀàỆệỳ .,:()\-\t_ÆßİǅΣ]{0,14}$/);
    fc.assert(
      fc.property(text, (t) => {
        expect(fold(t)).toBe(reference(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('knows every label the seeds use', async () => {
    const m = await defaultMatcher();
    const seen: Record<string, string> = {
      // seed 000 and 001, general information
      'Số lượng Tổ CNSCĐ cấp xã': 'so_to_cap_xa',
      'Số lượng Tổ CNSCĐ cấp thôn': 'so_to_cap_thon',
      'Số lượng Tổ CNSCĐ thôn/KDC trên địa bàn': 'so_to_cap_thon',
      'Số lượng thôn/KDC trên địa bàn': 'so_thon_kdc',
      'Số lượng thành viên Tổ CNSCĐ cấp thôn, KDC': 'so_thanh_vien',
      'Nhóm zalo của Tổ CNSCĐ': 'so_nhom_zalo',
      // seed 001, table 3.1
      'Tổng số hộ gia đình trên địa bàn': 'so_ho_gia_dinh',
      'Số buổi hội nghị, tập huấn, hướng dẫn thành viên của Tổ và người dân': 'so_buoi_tap_huan',
      'Số thành viên của Tổ được tập huấn': 'so_thanh_vien_duoc_tap_huan',
      'Số người dân được hướng dẫn': 'so_nguoi_dan_duoc_huong_dan',
      'Số lượng tài khoản DVCTT đã được Tổ hướng dẫn và tạo thành công': 'so_tai_khoan_dvctt',
      'Số lượng tài khoản VNeID đã được Tổ hướng dẫn và tạo thành công': 'so_tai_khoan_vneid',
      'Số lượng sản phẩm OCOP của địa phương': 'so_san_pham_ocop',
      'Số lượng sản phẩm OCOP của địa phương được đưa lên sàn TMĐT': 'so_ocop_len_san',
      // seed 003, appendix
      'Số buổi hội nghị, tập huấn': 'so_buoi_tap_huan',
      'Số lượng tài khoản DVCTT được tạo': 'so_tai_khoan_dvctt',
      'Số lượng tài khoản VNeID được tạo': 'so_tai_khoan_vneid',
      'Số lượng OCOP được đưa lên sàn TMĐT': 'so_ocop_len_san',
      // retyped
      'SỐ TÀI KHOẢN VNEID ĐƯỢC TẠO': 'so_tai_khoan_vneid',
      'Số tài khoản dịch vụ công trực tuyến được tạo': 'so_tai_khoan_dvctt',
      '6. Số tài khoản VNeID được tạo': 'so_tai_khoan_vneid',
      'Số lượng sản phẩm OCOP được đưa lên sàn thương mại điện tử': 'so_ocop_len_san',
    };
    for (const [label, code] of Object.entries(seen)) expect(m.indicatorByLabel(label), label).toBe(code);
    expect(m.indicatorByLabel('Số cây xanh được trồng')).toBeUndefined();
    expect(m.indicatorByCode(' SO_TAI_KHOAN_VNEID ')).toBe('so_tai_khoan_vneid');
  });

  it('recognises header words, including the seed appendix\'s "Huyện/ TK/ TP"', async () => {
    const m = await defaultMatcher();
    expect(m.header('Huyện/ TK/ TP')).toBe('unitName');
    expect(m.header('Số liệu (6 tháng đầu năm)')).toBe('value');
    expect(m.header('Đơn vị tính')).toBe('measure');
    expect(m.header('Tổng cộng')).toBe('total');
    expect(m.infoKey('Kỳ báo cáo:')).toBe('period');
  });

  it('suggests the closest indicator for a near miss', async () => {
    const m = await defaultMatcher();
    expect(m.suggest('Số tài khoản VNeID mới tạo')?.code).toBe('so_tai_khoan_vneid');
    expect(m.suggest('Ý kiến khác')).toBeUndefined();
  });
});
