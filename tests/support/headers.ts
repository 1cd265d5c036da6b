// The Vietnamese header rows of the workbook's sheets as a person sees them, written out by hand for the tests
// that build a workbook or check one (the schema is not read here, so a header renamed there fails those tests).

/** Kiểm tra dữ liệu */
export const ISSUES_HEADER = ['Mức độ', 'Mã lỗi', 'Trang tính', 'Ô', 'Nội dung'];

/** Đơn vị (without Số ngày đại hội, which is optional) */
export const UNITS_HEADER = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại tổ chức',
  'Đơn vị cấp trên',
  'Số đảng viên',
  'Ngày đại hội dự kiến',
  'Đại hội điểm',
  'Email cập nhật',
  'Ghi chú',
];

/** Mốc công việc */
export const MILESTONES_HEADER = [
  'Mã mốc',
  'Tên công việc',
  'Áp dụng cho',
  'Mốc tính',
  'Số ngày',
  'Loại ngày',
  'Ngày cố định',
  'Điều kiện',
  'Chỉ đại hội điểm',
  'Thứ tự',
  'Ghi chú',
];

/** Chỉ tiêu thi đua */
export const TARGETS_HEADER = [
  'Mã chỉ tiêu',
  'Nội dung chỉ tiêu',
  'Đơn vị tính',
  'Chiều đánh giá',
  'Áp dụng cho',
  'Chỉ tiêu giao',
  'Hạn',
  'Tổng hợp lên cấp trên',
  'Ghi chú',
];

/** Tiến độ */
export const PROGRESS_HEADER = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại tổ chức',
  'Mã mốc',
  'Công việc',
  'Hạn',
  'Trạng thái',
  'Ngày hoàn thành',
  'Tình trạng',
  'Minh chứng',
  'Ghi chú',
  'Người cập nhật',
  'Cập nhật lúc',
];

/** Thi đua */
export const EMULATION_HEADER = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Mã chỉ tiêu',
  'Nội dung chỉ tiêu',
  'Đơn vị tính',
  'Chỉ tiêu riêng',
  'Chỉ tiêu',
  'Kết quả',
  'Tỷ lệ',
  'Đánh giá',
  'Hạn',
  'Ghi chú',
  'Người cập nhật',
  'Cập nhật lúc',
];

/** Nhật ký */
export const AUDIT_HEADER = [
  'Thời gian',
  'Người dùng',
  'Nguồn',
  'Trang tính',
  'Khóa',
  'Cột',
  'Giá trị cũ',
  'Giá trị mới',
];
