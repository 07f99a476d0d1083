/** What `cnscd init` writes: a config with every field explained, and a roster to fill in. */

export const STARTER_CONFIG = {
  _huongDan: {
    coQuanChuQuan: 'Cơ quan chủ quản (dòng trên cùng bên trái), ví dụ: UBND TỈNH HẢI DƯƠNG. Để trống nếu không có.',
    coQuan:
      'Cơ quan ban hành báo cáo, ví dụ: SỞ THÔNG TIN VÀ TRUYỀN THÔNG. Muốn tự ngắt dòng ở đầu báo cáo, ghi thành danh sách các dòng, ví dụ ["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"]; nếu không, dòng được chia đều, không để một chữ đứng riêng.',
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
    tenDonVi:
      'Đơn vị mà báo cáo này tổng hợp, ví dụ: Huyện Tứ Kỳ (ghi vào tong-hop.xlsx để cấp trên biết số liệu của ai). Để trống: lấy "Cấp trên" chung của các đơn vị trong danh sách.',
    kiemTra:
      'Kiểm tra số liệu đáng ngờ: nguongLech là mức lệch so với các đơn vị khác (tính theo trung vị, mặc định 3); toiThieuDonVi là số đơn vị tối thiểu để so sánh (mặc định 5); heSoChenhLech: chỉ nêu khi số liệu gấp hoặc kém mức giữa ít nhất ngần ấy lần (mặc định 5); toiDaTrongBaoCao: số đơn vị tối đa được nêu tên trong câu về sai sót và về số liệu đáng ngờ của báo cáo (mặc định 30), các đơn vị còn lại được đếm; từng trường hợp ở kiem-tra.docx và trang Kiểm tra của tong-hop.xlsx.',
    phanLoai:
      'Phân loại đơn vị trong báo cáo: xét lần lượt từng nhóm, đơn vị vào nhóm đầu tiên thỏa mọi điều kiện. Ví dụ điều kiện: {"chiTieu": "so_buoi_tap_huan", "phepSo": "=", "giaTri": 0}. Nhóm không có điều kiện nhận mọi đơn vị còn lại.',
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
  tenDonVi: '',
  kiemTra: { nguongLech: 3, toiThieuDonVi: 5, heSoChenhLech: 5, toiDaTrongBaoCao: 30 },
  phanLoai: [
    { ten: 'đã tích cực triển khai hoạt động của Tổ', dieuKien: [{ chiTieu: 'so_buoi_tap_huan', phepSo: '>=', giaTri: 10 }] },
    {
      ten: 'đã triển khai nhưng chưa được mở rộng',
      dieuKien: [
        { chiTieu: 'so_buoi_tap_huan', phepSo: '>', giaTri: 0 },
        { chiTieu: 'so_buoi_tap_huan', phepSo: '<', giaTri: 10 },
      ],
    },
    { ten: 'chưa triển khai tập huấn cho thành viên của Tổ', dieuKien: [{ chiTieu: 'so_buoi_tap_huan', phepSo: '=', giaTri: 0 }] },
  ],
};

/** A roster as a clerk fills it in Excel: UTF-8 with a BOM (so Excel shows Vietnamese), `;` between columns. */
export const STARTER_ROSTER = '\uFEFFMã;Tên;Loại;Cấp trên;Tên khác\r\n';
