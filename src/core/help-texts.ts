// The words of the Trợ giúp / Help page (help-page.ts), in Vietnamese and English: the order of work, what each
// status and standing means, who may update what, what a refusal means, how deadlines are counted.
import type { Rating, Standing, Status } from './fixed-lists';

type Bilingual = { vi: string; en: string };
const t = (vi: string, en: string): Bilingual => ({ vi, en });

export const HELP_TEXT = {
  title: t('Trợ giúp', 'Help'),
  heading: t('Theo dõi chuẩn bị đại hội và thi đua', 'Congress preparation and emulation tracker'),
  intro: t(
    'Tiện ích giúp văn phòng cấp ủy theo dõi tiến độ chuẩn bị đại hội của các tổ chức đảng trực thuộc và kết quả thực hiện chỉ tiêu thi đua ngay trong bảng tính dùng chung.',
    'The add-on helps a Party committee office track how its subordinate Party organisations prepare their congresses and meet their emulation targets, in the shared workbook.',
  ),
  orderHeading: t('Trình tự làm việc', 'Order of work'),
  order: [
    t(
      'Thiết lập bảng tính (quản trị viên): tạo các trang nhập liệu với 12 mốc công việc mặc định; có thể nạp dữ liệu mẫu để xem thử.',
      'Set up workbook (administrators): creates the input sheets with the 12 default milestones; you may load the sample data to try it out.',
    ),
    t(
      'Nhập trang Đơn vị (mã, tên, loại tổ chức, đơn vị cấp trên, ngày đại hội dự kiến, số ngày đại hội, email cán bộ cập nhật); điều chỉnh Mốc công việc, Hạn chót, Chỉ tiêu thi đua, Ngày nghỉ và Cài đặt nếu cần.',
      'Fill in Units (ID, name, unit type, parent unit, planned congress date, congress days, editor emails); adjust Milestones, Cut-offs, Targets, Holidays and Settings if needed.',
    ),
    t(
      'Làm mới bảng theo dõi: kiểm tra dữ liệu rồi tạo hoặc làm mới các trang Tiến độ và Thi đua (hạn, tình trạng, tô màu). Dòng đã có giữ nguyên vị trí; dòng không còn đơn vị, mốc hoặc chỉ tiêu được chuyển sang trang Lưu trữ, không bị xóa.',
      'Refresh tracking sheets: checks the data, then builds or refreshes the Progress and Emulation sheets (deadlines, standing, colours). Existing rows stay where they are; rows whose unit, milestone or target is gone move to the Archive sheet and are never deleted.',
    ),
    t(
      'Cán bộ các đơn vị cập nhật qua Cập nhật tiến độ… và Cập nhật kết quả thi đua…, hoặc nhập thẳng vào các cột Trạng thái, Ngày hoàn thành, Minh chứng, Ghi chú, Kết quả. Với mốc Tổ chức đại hội (M07), ghi ngày bế mạc đại hội là Ngày hoàn thành.',
      'Unit clerks update through Update progress… and Update emulation results…, or type straight into the Status, Completed on, Evidence, Note and Result columns. For Congress held (M07), enter the closing day of the congress as its completion date.',
    ),
    t(
      'Kiểm tra dữ liệu: lỗi và cảnh báo được liệt kê ở trang Kiểm tra dữ liệu, mỗi dòng có liên kết đến ô cần sửa.',
      'Validate data: errors and warnings are listed in the Data issues sheet, each with a link to the cell to fix.',
    ),
    t(
      'Báo cáo tổng hợp: lập trang Tổng hợp cho Ban Thường vụ — số đại hội đã hoàn thành theo loại tổ chức (ví dụ 27/27), việc quá hạn, việc cần xác minh và kết quả thi đua.',
      'Summary report: writes the Summary sheet for the Standing Committee — congresses held per unit type (e.g. 27/27), overdue tasks, rows to verify and emulation results.',
    ),
  ],
  statusHeading: t('Trạng thái (cán bộ chọn)', 'Status (chosen by the clerk)'),
  standingHeading: t('Tình trạng và màu (tự tính theo ngày hôm nay)', 'Standing and colours (follow today’s date)'),
  standingNote: t(
    'Màu tô ô Hạn và Tình trạng trong trang Tiến độ; màu tự đổi khi ngày trôi qua, kể cả khi không ai chạy tiện ích.',
    'The colour of the Deadline and Standing cells in Progress; it changes as days pass, even when nobody runs the add-on.',
  ),
  ratingHeading: t('Đánh giá chỉ tiêu thi đua', 'Emulation rating'),
  rightsHeading: t('Ai được cập nhật gì', 'Who may update what'),
  rights: [
    t(
      'Quản trị viên (Cài đặt › Quản trị viên): cập nhật mọi đơn vị; chạy Thiết lập bảng tính và Nhắc việc….',
      'Administrators (Settings › Administrators): update every unit; run Set up workbook and Reminders….',
    ),
    t(
      'Cán bộ được giao (cột Email cập nhật của trang Đơn vị): cập nhật đơn vị đó và các đơn vị trực thuộc nó.',
      'Assigned clerks (the Editor emails column of Units): update that unit and the units under it.',
    ),
    t(
      'Khi Chỉ người được giao cập nhật là FALSE, mọi người có quyền sửa bảng tính đều cập nhật được.',
      'When Restrict updates is FALSE, anyone who can edit the workbook may update.',
    ),
    t(
      'Các trang nhập liệu và các cột do tiện ích ghi được bảo vệ theo Cài đặt › Bảo vệ trang tính; các cột người dùng nhập luôn để mở.',
      'The input sheets and the columns the add-on writes are protected as Settings › Protect sheets says; the columns people fill in stay open.',
    ),
  ],
  refusalHeading: t('Khi cập nhật bị từ chối', 'When an update is refused'),
  refusals: [
    t(
      'Không có quyền: bạn chưa được giao đơn vị này — đề nghị quản trị viên thêm email của bạn vào cột Email cập nhật.',
      'Not permitted: you are not assigned this unit — ask an administrator to add your email to its Editor emails.',
    ),
    t(
      'Chưa đủ điều kiện: một mốc trong cột Điều kiện chưa Hoàn thành; hoàn thành mốc đó trước.',
      'Requirement not met: a milestone in the Requires column is not Done yet; complete it first.',
    ),
    t(
      'Người khác vừa cập nhật dòng này: bấm Tải lại — nội dung bạn đã nhập được giữ, bên cạnh là những gì người kia đã lưu.',
      'Someone else just updated this row: press Reload — what you typed is kept, shown beside what they saved.',
    ),
    t(
      'Bảng tính đang bận: người khác đang ghi; thử lại sau vài giây.',
      'The workbook is busy: someone else is writing; try again in a few seconds.',
    ),
    t(
      'Nhập thẳng vào bảng tính: Google từ chối giá trị ngoài danh sách; một sửa trái quyền hoặc chưa đủ điều kiện được đánh dấu ⚠ (ghi chú ở ô và một dòng ở Kiểm tra dữ liệu), không bị xóa.',
      'Typing in the sheet: Google refuses a value outside the list; an edit without permission or with a requirement not met is flagged ⚠ (a note on the cell and a Data issues line), not undone.',
    ),
  ],
  triggersHeading: t('Trình kích hoạt và nhắc việc', 'Triggers and reminders'),
  deadlinesHeading: t('Cách tính hạn', 'How deadlines are counted'),
  deadlines: [
    t(
      'Hạn tính theo ngày lịch hoặc ngày làm việc (không tính thứ Bảy, Chủ nhật và các ngày Nghỉ trong trang Ngày nghỉ; có tính các ngày Làm bù) và không muộn hơn Hạn chót của cấp. Hạn theo ngày lịch rơi vào ngày nghỉ được giữ nguyên, lùi hoặc dời theo thiết lập Hạn rơi vào ngày nghỉ.',
      'Deadlines count calendar or working days (Saturdays, Sundays and the Day off dates of Holidays skipped; Working day dates counted) and never fall after the level’s cut-off. A calendar-day deadline on a day off is kept, brought earlier or moved later as the setting Deadline on a day off says.',
    ),
    t(
      'Thời hạn báo cáo kết quả đại hội (7 ngày làm việc) và chuẩn y (15 ngày làm việc) tính từ ngày bế mạc đại hội (ngày đại hội dự kiến + Số ngày đại hội − 1). Mọi thay đổi được ghi vào trang Nhật ký.',
      'The results report (7 working days) and ratification (15 working days) count from the closing day of the congress (planned date + Congress days − 1). Every change is recorded in the Audit log.',
    ),
  ],
};

export const STATUS_MEANING: Readonly<Record<Status, Bilingual>> = {
  notStarted: t('chưa bắt đầu.', 'not begun.'),
  inProgress: t('đang làm.', 'being worked on.'),
  awaiting: t(
    'đã trình, chờ cấp ủy cấp trên cho ý kiến; ô Trạng thái tô màu này.',
    'submitted, waiting for the superior committee; the Status cell takes this colour.',
  ),
  done: t(
    'đã xong, ghi Ngày hoàn thành; chỉ chọn được khi các mốc bắt buộc đã Hoàn thành.',
    'finished, with its completion date; allowed only once the required milestones are Done.',
  ),
  notApplicable: t('đơn vị không phải làm việc này.', 'the unit does not have to do this.'),
};

export const STANDING_MEANING: Readonly<Record<Standing, Bilingual>> = {
  notApplicable: t('trạng thái Không áp dụng.', 'status Not applicable.'),
  doneOnTime: t('hoàn thành không muộn hơn hạn.', 'done by the deadline.'),
  doneLate: t('hoàn thành sau hạn.', 'done after the deadline.'),
  noDeadline: t(
    'chưa tính được hạn (ví dụ chưa có ngày đại hội dự kiến).',
    'no deadline yet (e.g. no planned congress date).',
  ),
  overdue: t('chưa hoàn thành, đã qua hạn.', 'not done and past its deadline.'),
  dueSoon: t('hạn trong Số ngày cảnh báo tới (Cài đặt).', 'due within the Warning days (Settings).'),
  onTrack: t('còn hạn.', 'deadline still ahead.'),
};

export const RATING_MEANING: Readonly<Record<Rating, Bilingual>> = {
  notReported: t('chưa có kết quả.', 'no result yet.'),
  exceeded: t(
    'kết quả tốt hơn chỉ tiêu (cao hơn; thấp hơn với chỉ tiêu Tối đa).',
    'the result is better than the target (higher; lower for an At most target).',
  ),
  met: t('kết quả đúng bằng chỉ tiêu.', 'the result equals the target.'),
  missed: t('kết quả chưa đạt chỉ tiêu.', 'the result falls short of the target.'),
};
