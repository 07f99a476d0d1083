/** What `cnscd init` writes: a config with every field explained, and a roster to fill in. */

export const STARTER_CONFIG = {
  _huongDan: {
    coQuanChuQuan: 'Cơ quan chủ quản (dòng trên cùng bên trái), ví dụ: UBND TỈNH HẢI DƯƠNG. Để trống nếu không có.',
    coQuan: 'Cơ quan ban hành báo cáo, ví dụ: SỞ THÔNG TIN VÀ TRUYỀN THÔNG.',
    coQuanTrongCau: 'Tên cơ quan khi viết trong câu, ví dụ: Sở Thông tin và Truyền thông.',
    kyHieu: 'Chữ viết tắt sau "BC-" trong số ký hiệu, ví dụ STTTT cho "Số: 05/BC-STTTT".',
    soVanBan: 'Số văn bản; để trống cho văn thư điền (hoặc chạy với --number 5).',
    diaDanh: 'Địa danh ghi trước ngày tháng, ví dụ: Hải Dương.',
    ngay: 'Ngày báo cáo, ví dụ 08/08/2023; để trống thì để chỗ trống (hoặc chạy với --date 08/08/2023).',
    trichYeu: 'Trích yếu dưới chữ BÁO CÁO; {ky} là kỳ báo cáo. Để trống thì dùng câu mặc định.',
    vanBanYeuCau: 'Văn bản yêu cầu báo cáo, được nêu ở câu mở đầu, ví dụ: Công văn số 123/UBND-VP ngày 15/7/2023 của UBND tỉnh.',
    kinhGui: 'Danh sách nơi "Kính gửi"; để [] nếu không dùng.',
    tenGoiDonVi: 'Cách gọi các đơn vị trong câu, ví dụ: các huyện, thị xã, thành phố.',
    nguoiKy: 'chucDanh: các dòng chức danh (ví dụ ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]); hoTen: họ tên người ký.',
    noiNhan: 'Nơi nhận, mỗi nơi một dòng, ví dụ "UBND tỉnh (b/c)".',
    luu: 'Dòng lưu, ví dụ: VT, VP.',
  },
  coQuanChuQuan: '',
  coQuan: '',
  coQuanTrongCau: '',
  kyHieu: '',
  soVanBan: '',
  diaDanh: '',
  ngay: '',
  trichYeu: '',
  vanBanYeuCau: '',
  kinhGui: [],
  tenGoiDonVi: 'các đơn vị',
  nguoiKy: { chucDanh: [], hoTen: '' },
  noiNhan: [],
  luu: 'VT',
};

/** A roster as a clerk fills it in Excel: UTF-8 with a BOM (so Excel shows Vietnamese), `;` between columns. */
export const STARTER_ROSTER = '\uFEFFMã;Tên;Loại;Cấp trên;Tên khác\r\n';
