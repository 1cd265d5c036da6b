// Help text: a note for each header of the input sheets (and the columns users fill in the generated sheets),
// written on the header cells by Setup, and for each row of Settings. The Trợ giúp / Help page is help-page.ts.
import type { Lang, SheetId } from './schema';
import type { SettingKey } from './settings-rows';

type Bilingual = { vi: string; en: string };

/** Notes keyed by sheet id, then column key (schema ColumnDef.key). */
export const COLUMN_HELP: Readonly<Partial<Record<SheetId, Readonly<Record<string, Bilingual>>>>> = {
  units: {
    unitId: {
      vi: 'Mã riêng của đơn vị, không được trùng (ví dụ: PA03, CAX-HD-01). Dùng trong cột Đơn vị cấp trên và các trang theo dõi; không nên đổi sau khi đã cập nhật tiến độ.',
      en: 'A unique code for the unit (e.g. PA03, CAX-HD-01). Used in Parent unit and the tracking sheets; avoid changing it once progress has been entered.',
    },
    name: {
      vi: 'Tên đầy đủ của tổ chức đảng. Ví dụ: Đảng bộ Phòng An ninh đối nội.',
      en: 'Full name of the Party organisation. Example: Đảng bộ Phòng An ninh đối nội.',
    },
    type: {
      vi: 'Loại tổ chức: Đảng bộ cấp trên cơ sở, Đảng bộ cơ sở, Chi bộ cơ sở hoặc Chi bộ trực thuộc (được dùng loại khác). Phải viết đúng như trong cột Áp dụng cho của Mốc công việc và Chỉ tiêu thi đua.',
      en: 'Unit type: Đảng bộ cấp trên cơ sở, Đảng bộ cơ sở, Chi bộ cơ sở or Chi bộ trực thuộc (other types are allowed). Must be written as in the Applies to column of Milestones and Targets.',
    },
    parentId: {
      vi: 'Mã đơn vị của cấp ủy cấp trên trực tiếp; để trống với đơn vị cao nhất. Ví dụ: CAT.',
      en: 'Unit ID of the direct superior; blank for the top unit. Example: CAT.',
    },
    members: {
      vi: 'Số đảng viên: số nguyên từ 0 trở lên, có thể để trống. Ví dụ: 170.',
      en: 'Number of Party members: a whole number, 0 or more; may be blank. Example: 170.',
    },
    congressDate: {
      vi: 'Ngày khai mạc đại hội dự kiến, dạng dd/mm/yyyy (ví dụ 27/03/2020). Hạn các công việc được tính từ ngày này; để trống thì các hạn đó cũng để trống.',
      en: 'Planned opening date of the congress, dd/mm/yyyy (e.g. 27/03/2020). Task deadlines are counted from it; when blank those deadlines stay blank.',
    },
    congressDays: {
      vi: 'Số ngày họp đại hội, số nguyên từ 1 đến 5; để trống là 1 ngày. Ngày bế mạc = ngày đại hội dự kiến + số ngày − 1; thời hạn báo cáo kết quả (7 ngày làm việc) và chuẩn y (15 ngày làm việc) tính từ ngày bế mạc. Năm 2020: chi bộ không quá 1 ngày, đảng bộ cơ sở không quá 2 ngày, cấp trên cơ sở không quá 3 ngày. Ví dụ: 2.',
      en: 'How many days the congress sits, a whole number from 1 to 5; blank is 1. Closing day = planned congress date + days − 1; the 7 working days for the results report and the 15 for ratification count from the closing day. In 2020: a cell at most 1 day, a grassroots organisation 2, the level above grassroots 3. Example: 2.',
    },
    pilot: {
      vi: 'Đánh dấu (TRUE, x, có) nếu đơn vị tổ chức đại hội điểm. Các mốc Chỉ đại hội điểm (như M10) chỉ áp dụng cho các đơn vị này.',
      en: 'Tick (TRUE, x, yes) when the unit holds a pilot congress. Pilot-only milestones (such as M10) apply only to these units.',
    },
    editors: {
      vi: 'Email cán bộ được giao cập nhật tiến độ và kết quả thi đua của đơn vị; nhiều email cách nhau bằng dấu phẩy, chấm phẩy hoặc xuống dòng. Người được giao ở đơn vị cấp trên cũng cập nhật được. Ví dụ: vanthu.pa03@congan.example',
      en: 'Emails of the clerks who update this unit’s progress and emulation results; separate several with commas, semicolons or new lines. Editors of a superior unit may update it too. Example: vanthu.pa03@congan.example',
    },
    note: { vi: 'Ghi chú tùy ý.', en: 'Any remark.' },
  },
  milestones: {
    milestoneId: {
      vi: 'Mã mốc công việc, không được trùng. Ví dụ: M07.',
      en: 'A unique milestone code. Example: M07.',
    },
    name: {
      vi: 'Nội dung công việc phải hoàn thành. Ví dụ: Báo cáo cấp ủy cấp trên trực tiếp về văn kiện và phương án nhân sự.',
      en: 'The task to complete. Example: Documents and personnel option reported to the direct superior.',
    },
    appliesTo: {
      vi: 'Các loại tổ chức phải thực hiện, cách nhau bằng dấu phẩy; để trống hoặc ghi Tất cả là mọi loại. Ví dụ: Đảng bộ cấp trên cơ sở, Đảng bộ cơ sở.',
      en: 'The unit types that must do it, separated by commas; blank or All means every type. Example: Đảng bộ cấp trên cơ sở, Đảng bộ cơ sở.',
    },
    anchor: {
      vi: 'Mốc để tính hạn: Ngày đại hội (ngày khai mạc), Ngày bế mạc đại hội (ngày khai mạc + Số ngày đại hội − 1), Ngày đại hội cấp trên, Ngày cố định, hoặc mã một mốc khác (ví dụ M07: tính từ ngày hoàn thành mốc đó; chưa hoàn thành thì tính từ hạn của nó).',
      en: 'What the deadline counts from: Congress date (the opening day), Congress closing date (opening + Congress days − 1), Parent congress date, Fixed date, or another milestone’s ID (e.g. M07: from its completion date, or its deadline while not done).',
    },
    offset: {
      vi: 'Số ngày cộng vào mốc tính; số âm là trước mốc. Ví dụ: -20 là trước đại hội 20 ngày. Không cần khi Mốc tính là Ngày cố định.',
      en: 'Days added to the anchor; negative means before it. Example: -20 is 20 days before the congress. Not needed when the anchor is Fixed date.',
    },
    dayKind: {
      vi: 'Ngày (ngày lịch, mặc định) hoặc Ngày làm việc (như hàm WORKDAY: không tính ngày khởi đầu, bỏ qua thứ Bảy, Chủ nhật và các ngày Nghỉ trong trang Ngày nghỉ, nhưng có tính các ngày Làm bù).',
      en: 'Calendar (default) or Working (like WORKDAY: the start day is not counted; Saturdays, Sundays and the Day off dates of the Holidays sheet are skipped, its Working day dates are counted).',
    },
    fixedDate: {
      vi: 'Bắt buộc khi Mốc tính là Ngày cố định; dạng dd/mm/yyyy. Ví dụ: 30/06/2020.',
      en: 'Required when the anchor is Fixed date; dd/mm/yyyy. Example: 30/06/2020.',
    },
    requires: {
      vi: 'Mã các mốc phải Hoàn thành trước thì mốc này mới được đánh dấu Hoàn thành, cách nhau bằng dấu phẩy. Ví dụ: M06 (đại hội chỉ tiến hành khi cấp trên đã đồng ý).',
      en: 'IDs of the milestones that must be Done before this one can be marked Done, separated by commas. Example: M06 (the congress is held only once the superior agrees).',
    },
    pilotOnly: {
      vi: 'Đánh dấu nếu mốc chỉ áp dụng cho đơn vị đại hội điểm. Ví dụ: M10 Rút kinh nghiệm đại hội điểm.',
      en: 'Tick when the milestone applies only to pilot-congress units. Example: M10 Pilot congress lessons review.',
    },
    order: {
      vi: 'Số thứ tự hiển thị trong báo cáo và biểu mẫu; để trống thì theo thứ tự dòng.',
      en: 'Display order in reports and forms; blank keeps the row order.',
    },
    note: {
      vi: 'Ghi chú, ví dụ căn cứ văn bản quy định thời hạn.',
      en: 'A remark, e.g. the document that sets the time limit.',
    },
  },
  cutoffs: {
    type: {
      vi: 'Loại tổ chức áp dụng hạn chót chung. Ví dụ: Chi bộ trực thuộc.',
      en: 'The unit type the common cut-off applies to. Example: Chi bộ trực thuộc.',
    },
    milestoneId: {
      vi: 'Mã mốc công việc có hạn chót. Ví dụ: M07 (tổ chức đại hội).',
      en: 'The milestone that has the cut-off. Example: M07 (congress held).',
    },
    cutoff: {
      vi: 'Ngày hạn chót chung của cấp, dạng dd/mm/yyyy (ví dụ 30/06/2020). Hạn của mốc là ngày sớm hơn giữa hạn tính được và hạn chót; hạn tính được muộn hơn hạn chót sẽ được cảnh báo.',
      en: 'The level-wide cut-off date, dd/mm/yyyy (e.g. 30/06/2020). The deadline is the earlier of the computed date and the cut-off; a computed date later than the cut-off is flagged.',
    },
  },
  targets: {
    targetId: {
      vi: 'Mã chỉ tiêu, không được trùng. Ví dụ: CT01.',
      en: 'A unique target code. Example: CT01.',
    },
    name: {
      vi: 'Nội dung chỉ tiêu thi đua. Ví dụ: Xây dựng mô hình phòng, chống tội phạm.',
      en: 'What the target is about. Example: Crime-prevention models built.',
    },
    measure: {
      vi: 'Đơn vị tính, có thể để trống. Ví dụ: mô hình, cuộc, %.',
      en: 'Unit of measure, optional. Example: models, sessions, %.',
    },
    direction: {
      vi: 'Tối thiểu (kết quả càng cao càng tốt, mặc định) hoặc Tối đa (càng thấp càng tốt, ví dụ số đảng viên vi phạm kỷ luật).',
      en: 'At least (higher is better, the default) or At most (lower is better, e.g. members disciplined).',
    },
    appliesTo: {
      vi: 'Các loại tổ chức được giao chỉ tiêu, cách nhau bằng dấu phẩy; để trống hoặc ghi Tất cả là mọi loại.',
      en: 'The unit types given the target, separated by commas; blank or All means every type.',
    },
    value: {
      vi: 'Chỉ tiêu giao cho mỗi đơn vị, số từ 0 trở lên. Tỷ lệ ghi 90% hoặc 0,9; số có phần lẻ ghi 5,62. Từng đơn vị có thể có Chỉ tiêu riêng trong trang Thi đua.',
      en: 'The value set for each unit, a number 0 or more. Write a rate as 90% or 0.9. A unit may have its own target in the Emulation sheet.',
    },
    dueDate: {
      vi: 'Hạn hoàn thành chỉ tiêu, dạng dd/mm/yyyy; có thể để trống.',
      en: 'Date the target is due, dd/mm/yyyy; optional.',
    },
    rollup: {
      vi: 'Cách tổng hợp lên cấp trên: Cộng (mặc định), Trung bình (dùng cho tỷ lệ) hoặc Không.',
      en: 'How figures roll up to the superior: Sum (default), Average (for rates) or None.',
    },
    note: { vi: 'Ghi chú tùy ý.', en: 'Any remark.' },
  },
  settings: {
    setting: {
      vi: 'Tên thiết lập; giữ nguyên chữ trong cột này.',
      en: 'The setting’s name; keep the text of this column as it is.',
    },
    value: {
      vi: 'Giá trị của thiết lập (xem ghi chú ở từng dòng).',
      en: 'The setting’s value (see the note on each row).',
    },
  },
  holidays: {
    date: {
      vi: 'Ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi, hoặc thứ Bảy phải đi làm bù, dạng dd/mm/yyyy. Thứ Bảy, Chủ nhật là ngày nghỉ nên không cần ghi, trừ ngày làm bù. Bổ sung lịch nghỉ hằng năm theo thông báo chính thức của Bộ Nội vụ.',
      en: 'A public holiday, Tết, compensatory or swapped day off, or a Saturday worked in exchange, dd/mm/yyyy. Saturdays and Sundays are days off and need not be listed, except the ones worked. Add each year’s dates from the official notice.',
    },
    name: {
      vi: 'Tên ngày nghỉ. Ví dụ: Giỗ Tổ Hùng Vương; Làm bù cho ngày 02/5/2025.',
      en: 'Name of the holiday. Example: Hung Kings Commemoration Day; worked for 02/05/2025.',
    },
    kind: {
      vi: 'Nghỉ (để trống cũng là Nghỉ) hoặc Làm bù: thứ Bảy, Chủ nhật cán bộ, công chức phải đi làm để bù cho ngày nghỉ hoán đổi (ví dụ thứ Bảy 26/4/2025 làm bù cho thứ Sáu 2/5/2025). Ngày Làm bù được tính là ngày làm việc.',
      en: 'Day off (also when blank) or Working day: a Saturday or Sunday civil servants work in exchange for a swapped day off (e.g. Saturday 26/04/2025, worked for Friday 02/05/2025). A Working day counts as a working day.',
    },
  },
  progress: {
    status: {
      vi: 'Chọn: Chưa thực hiện, Đang thực hiện, Chờ cấp trên cho ý kiến, Hoàn thành hoặc Không áp dụng.',
      en: 'Pick: Not started, In progress, Awaiting superior, Done or Not applicable.',
    },
    completedOn: {
      vi: 'Ngày hoàn thành thực tế, dạng dd/mm/yyyy; cần có khi Trạng thái là Hoàn thành. Với mốc Tổ chức đại hội (M07), ghi ngày bế mạc đại hội: thời hạn báo cáo kết quả và chuẩn y tính từ ngày này.',
      en: 'Actual completion date, dd/mm/yyyy; needed when the status is Done. For Congress held (M07) enter the closing day of the congress: the results report and ratification periods count from it.',
    },
    evidence: {
      vi: 'Số, ký hiệu văn bản hoặc đường liên kết đến tài liệu minh chứng.',
      en: 'Document number or a link to the supporting document.',
    },
    note: { vi: 'Ghi chú của đơn vị.', en: 'The unit’s remark.' },
  },
  emulation: {
    ownTarget: {
      vi: 'Chỉ tiêu riêng của đơn vị (số từ 0 trở lên), thay cho chỉ tiêu giao chung; để trống thì dùng chỉ tiêu chung.',
      en: 'The unit’s own target (a number 0 or more), replacing the common value; blank uses the common value.',
    },
    result: {
      vi: 'Kết quả đạt được, số từ 0 trở lên. Tỷ lệ ghi 95% hoặc 0,95.',
      en: 'The result achieved, a number 0 or more. Write a rate as 95% or 0.95.',
    },
    note: { vi: 'Ghi chú của đơn vị.', en: 'The unit’s remark.' },
  },
};

/** Notes for the rows of the Settings sheet (written on the value cells). */
export const SETTING_HELP: Readonly<Record<SettingKey, Bilingual>> = {
  organisation: {
    vi: 'Tên tổ chức đứng đầu báo cáo. Ví dụ: Đảng bộ Công an tỉnh.',
    en: 'Organisation named at the top of reports.',
  },
  term: { vi: 'Nhiệm kỳ đại hội. Ví dụ: 2020-2025.', en: 'The congress term. Example: 2020-2025.' },
  warningDays: {
    vi: 'Số ngày trước hạn để chuyển sang Sắp đến hạn (mặc định 7).',
    en: 'How many days before a deadline a task turns Due soon (default 7).',
  },
  congressMilestone: {
    vi: 'Mã mốc mà khi Hoàn thành thì đơn vị được tính là đã đại hội (mặc định M07).',
    en: 'The milestone whose completion means the congress was held (default M07).',
  },
  administrators: {
    vi: 'Email quản trị viên, được cập nhật mọi đơn vị; nhiều email cách nhau bằng dấu phẩy.',
    en: 'Administrators’ emails, who may update every unit; separate several with commas.',
  },
  restrictUpdates: {
    vi: 'TRUE: chỉ cán bộ được giao (Email cập nhật của đơn vị hoặc đơn vị cấp trên) và quản trị viên được cập nhật; FALSE: mọi người có quyền sửa bảng tính.',
    en: 'TRUE: only the unit’s editors (or a superior unit’s) and administrators may update it; FALSE: anyone who can edit the workbook.',
  },
  protectSheets: {
    vi: 'Cảnh báo (mặc định): Google hỏi lại trước khi sửa các trang nhập liệu và các cột do tiện ích ghi; Chặn: chỉ quản trị viên và chủ sở hữu được sửa các phần đó; Không: tiện ích không bảo vệ. Các cột người dùng nhập luôn để mở; Làm mới áp dụng thay đổi.',
    en: 'Warn (default): Google asks before anyone edits the input sheets and the columns the add-on writes; Enforce: only administrators and the owner may edit them; Off: the add-on protects nothing. The columns people fill in stay open; Refresh applies a change.',
  },
  deadlineOnDayOff: {
    vi: 'Khi hạn tính theo ngày lịch rơi vào thứ Bảy, Chủ nhật hoặc ngày Nghỉ: Giữ nguyên (mặc định), Lùi về ngày làm việc trước (cơ quan thường làm xong trước kỳ nghỉ) hoặc Dời sang ngày làm việc sau. Không áp dụng cho hạn tính theo ngày làm việc và cho chính ngày đại hội (số ngày 0).',
    en: 'When a calendar-day deadline falls on a Saturday, Sunday or a Day off: Keep (default), Earlier (the previous working day, as offices usually act before the break) or Later (the next working day). Working-day deadlines and the congress day itself (offset 0) are never moved.',
  },
  reminders: {
    vi: 'TRUE: mỗi ngày tự động gửi email nhắc việc cho các đơn vị (quản trị viên chạy Thiết lập bảng tính hoặc menu Nhắc việc… để bật); FALSE: không gửi.',
    en: 'TRUE: reminder emails go to the units every day (an administrator runs Set up workbook or the Reminders… menu to turn them on); FALSE: none are sent.',
  },
  reminderHour: {
    vi: 'Giờ trong ngày gửi email nhắc việc, từ 0 đến 23, theo múi giờ của bảng tính (mặc định 7).',
    en: 'Hour of the day the reminders are sent, 0 to 23, in the spreadsheet’s time zone (default 7).',
  },
  remindDaysBefore: {
    vi: 'Nhắc đơn vị trước hạn bao nhiêu ngày; để trống thì bằng Số ngày cảnh báo.',
    en: 'How many days before a deadline a unit is reminded; blank means the Warning days.',
  },
  escalateAfter: {
    vi: 'Việc quá hạn từ số ngày này trở lên được báo thêm cho đơn vị cấp trên (đơn vị cao nhất thì báo văn phòng); mặc định 7.',
    en: 'Tasks overdue by this many days or more are also reported to the parent unit (the office for a top-level unit); default 7.',
  },
  officeEmails: {
    vi: 'Email nhận bản tổng hợp hằng tuần; để trống thì gửi cho quản trị viên. Nhiều email cách nhau bằng dấu phẩy.',
    en: 'Who receives the weekly digest; blank means the administrators. Separate several with commas.',
  },
  digestDay: {
    vi: 'Thứ trong tuần gửi bản tổng hợp cho văn phòng, ví dụ Thứ Hai (mặc định) hoặc Chủ nhật.',
    en: 'Weekday of the office digest, for example Monday (default) or Sunday.',
  },
  onUnpermittedEdit: {
    vi: 'Đánh dấu (mặc định): một sửa trực tiếp trái quyền được ghi chú, ghi vào Kiểm tra dữ liệu và Nhật ký; Hoàn tác: sửa một ô trái quyền được trả lại giá trị cũ, người sửa được báo lý do và Nhật ký ghi cả giá trị đã nhập lẫn việc trả lại (trừ ô có thể chứa công thức, như Minh chứng: ô đó được đánh dấu).',
    en: 'Flag (default): a direct edit without permission gets a note, a Data issues line and an Audit log line; Revert: a single cell edited without permission is put back, the editor told why, and the Audit log records both the value typed and its undoing (except a cell that may hold a formula, such as Evidence: that one is flagged).',
  },
};

/** The help note for a column, or undefined when it has none (computed and system columns). */
export function columnHelp(sheet: SheetId, columnKey: string, lang: Lang): string | undefined {
  return COLUMN_HELP[sheet]?.[columnKey]?.[lang];
}

export function settingHelp(key: SettingKey, lang: Lang): string {
  return SETTING_HELP[key][lang];
}
