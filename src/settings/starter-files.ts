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
    noiDungBaoCao:
      'Tệp văn bản (.md hoặc .txt) chứa phần tự viết của báo cáo: đặc điểm tình hình, kết quả cấp tỉnh, bài học kinh nghiệm, tồn tại hạn chế, định hướng. Để trống thì dùng tệp noi-dung-bao-cao.md (hoặc .txt) cạnh tệp cấu hình này; cnscd init viết sẵn một tệp mẫu.',
    lamTronTrongVan: 'true: số liệu trong câu văn được làm tròn như cách viết báo cáo ("hơn 316.000"); bảng và phụ lục vẫn ghi đủ từng chữ số. Mặc định false.',
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
  noiDungBaoCao: '',
  lamTronTrongVan: false,
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

/**
 * The example of the clerk's own text that `cnscd init` writes (noi-dung-bao-cao.md): the parts' headings in the
 * report's order, with what to write under each as notes (between `<!--` and `-->`), which are never printed. Left
 * as it is, it adds nothing: every part with no text of its own is left out, and the terminal says so.
 */
export const STARTER_NARRATIVE = `<!--
PHẦN TỰ VIẾT CỦA BÁO CÁO

cnscd đặt những gì viết dưới mỗi đề mục (I., II., …) vào đúng phần đó của báo cáo (bao-cao.docx). Phần nào để
trống thì báo cáo không có phần đó (trừ phần III: cnscd tự viết từ số liệu của các đơn vị).
Những dòng nằm trong khung ghi chú như khung này là lời hướng dẫn, không được in ra.

Cách viết:
- Mỗi đoạn văn viết liền, các đoạn cách nhau một dòng trống.
- Đề mục nhỏ: "## 1. Tên đề mục" hoặc "### a) Tên đề mục".
- Gạch đầu dòng: "- " ở đầu dòng.
- Chữ đậm: **chữ đậm**; chữ nghiêng: *chữ nghiêng*.
- Không cần chép số liệu của các đơn vị: cnscd tự tổng hợp vào phần III và Phụ lục, và tự thêm ý kiến
  của các đơn vị (tồn tại, hạn chế; đề xuất, kiến nghị) vào phần V và VII.
- Cấp huyện tổng hợp các xã thì đổi "CẤP TỈNH" thành "CẤP HUYỆN" và "CẤP HUYỆN" thành "CẤP XÃ" (không đổi cũng được:
  cnscd nhận phần theo số La Mã).
-->

# I. ĐẶC ĐIỂM TÌNH HÌNH

<!-- Ví dụ: Ngày 21/3/2022, Ủy ban nhân dân tỉnh ban hành Quyết định số …/QĐ-UBND về việc thành lập Tổ chỉ đạo
triển khai công nghệ số cộng đồng tỉnh… Đến nay, 100% các huyện, thị xã, thành phố và xã, phường, thị trấn đã
thành lập tổ chỉ đạo công nghệ số cộng đồng… -->

# II. KẾT QUẢ TRIỂN KHAI CẤP TỈNH

<!-- Ví dụ:
## 1. Công tác quản lý, điều hành Tổ Công nghệ số cộng đồng
Tổ chỉ đạo triển khai CNSCĐ cấp tỉnh đã thành lập nhóm Zalo của Tổ để thông tin kịp thời…
## 2. Về phát triển chính quyền số
### a) Về cung cấp chữ ký số cá nhân
… -->

# III. KẾT QUẢ TRIỂN KHAI CẤP HUYỆN

<!-- cnscd tự viết phần này từ số liệu của các đơn vị. Có thể viết ở đây một đoạn mở đầu, ví dụ: Lãnh đạo các cấp
chính quyền cấp huyện, cấp xã đã nỗ lực triển khai hoạt động của Tổ… -->

# IV. BÀI HỌC KINH NGHIỆM

<!-- Ví dụ:
## 1. Sớm triển khai tập huấn đồng bộ trên địa bàn
Điển hình như huyện…, sớm triển khai tập huấn thành viên của Tổ đồng bộ trên địa bàn toàn huyện… -->

# V. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN

<!-- Ví dụ:
- Hoạt động của Tổ CNSCĐ ở một số địa phương chưa hiệu quả, mới dừng ở việc thành lập Tổ.
- Chưa có cơ chế động viên, khuyến khích, hỗ trợ hoạt động của Tổ CNSCĐ. -->

# VI. ĐỊNH HƯỚNG TRIỂN KHAI TRONG THỜI GIAN TỚI

<!-- Ví dụ:
## 1. Nhiệm vụ, giải pháp
- Đẩy mạnh hoạt động của Tổ CNSCĐ với tinh thần "đi từng ngõ, gõ từng nhà, hướng dẫn từng người".
## 2. Định hướng nội dung hướng dẫn, tuyên truyền
- Sử dụng dịch vụ công trực tuyến. -->

# VII. ĐỀ XUẤT, KIẾN NGHỊ

<!-- Kiến nghị của cơ quan báo cáo với cấp trên (nếu có). -->
`;
