// The words of the Summary and Progress matrix sheets, in both languages.
import { formatNumber } from './format';
import { msg, type Msg } from './messages';
import { PROGRESS, type Lang } from './schema';
import type { Standing } from './fixed-lists';

export const REPORT = {
  title: msg(
    'BÁO CÁO TỔNG HỢP TIẾN ĐỘ CHUẨN BỊ ĐẠI HỘI VÀ THI ĐUA',
    'SUMMARY REPORT: CONGRESS PREPARATION AND EMULATION',
  ),
  asOf: (date: string): Msg => msg(`Số liệu đến ngày ${date}`, `As of ${date}`),
  term: (term: string): Msg => msg(`Nhiệm kỳ ${term}`, `Term ${term}`),
  headline: msg('Kết quả chính', 'At a glance'),
  heldHeadline: (type: string, progress: string): Msg =>
    msg(`${type}: ${progress} đã đại hội`, `${type}: ${progress} congresses held`),
  overdueHeadline: (n: number, lang: Lang): Msg =>
    msg(`Công việc quá hạn: ${formatNumber(n, lang)}`, `Overdue tasks: ${formatNumber(n, lang)}`),
  missedHeadline: (n: number, lang: Lang): Msg =>
    msg(`Đánh giá chỉ tiêu "Không đạt": ${formatNumber(n, lang)}`, `Targets rated "Missed": ${formatNumber(n, lang)}`),
  verifyHeadline: (n: number, lang: Lang): Msg =>
    msg(`Cần xác minh: ${formatNumber(n, lang)}`, `To verify: ${formatNumber(n, lang)}`),
  byType: msg('1. Theo loại tổ chức', '1. By unit type'),
  byParent: msg(
    '2. Theo đơn vị cấp trên (các đơn vị trực thuộc trực tiếp)',
    '2. By parent unit (its direct subordinate units)',
  ),
  overdue: msg('3. Công việc quá hạn (trễ nhiều nhất trước)', '3. Overdue tasks (most late first)'),
  dueSoon: (w: number): Msg =>
    msg(`4. Công việc sắp đến hạn (trong ${w} ngày tới)`, `4. Tasks due soon (within the next ${w} days)`),
  verify: msg('5. Cần xác minh', '5. To verify'),
  targets: msg('6. Kết quả thực hiện chỉ tiêu thi đua', '6. Emulation targets'),
  notReported: msg('7. Đơn vị chưa báo cáo kết quả', '7. Units that have not reported'),
  rollups: msg(
    '8. Chỉ tiêu tổng hợp theo đơn vị cấp trên (gồm cả đơn vị trực thuộc)',
    '8. Targets rolled up per parent unit (with all its subordinate units)',
  ),
  matrixNote: (sheet: string): Msg =>
    msg(
      `Tình trạng từng đơn vị theo mốc công việc: xem trang ${sheet}.`,
      `Each unit's standing by milestone: see the ${sheet} sheet.`,
    ),
  none: msg('Không có.', 'None.'),
  untracked: msg('Chưa theo dõi', 'Not tracked'),
  untrackedNote: (n: number, refresh: Msg, lang: Lang): Msg =>
    msg(
      `${formatNumber(n, lang)} công việc chưa có trong trang ${PROGRESS.vi} nên chưa được tính; hãy chạy ${refresh.vi}.`,
      `${formatNumber(n, lang)} ${n === 1 ? 'task is' : 'tasks are'} not on the ${PROGRESS.en} sheet yet and not counted; run ${refresh.en}.`,
    ),
  total: msg('Tổng cộng', 'Total'),
  type: msg('Loại tổ chức', 'Unit type'),
  parent: msg('Đơn vị cấp trên', 'Parent unit'),
  units: msg('Số đơn vị', 'Units'),
  held: msg('Đã đại hội', 'Held'),
  heldRate: msg('Tỷ lệ đại hội', 'Congress rate'),
  done: msg('Việc hoàn thành', 'Tasks done'),
  doneLate: msg('Trong đó trễ hạn', 'Of which late'),
  overdueCount: msg('Quá hạn', 'Overdue'),
  dueSoonCount: msg('Sắp đến hạn', 'Due soon'),
  unit: msg('Đơn vị', 'Unit'),
  unitId: msg('Mã đơn vị', 'Unit ID'),
  task: msg('Công việc', 'Task'),
  deadline: msg('Hạn', 'Deadline'),
  daysLate: msg('Số ngày trễ', 'Days late'),
  daysLeft: msg('Còn (ngày)', 'Days left'),
  reason: msg('Lý do', 'Reason'),
  targetId: msg('Mã chỉ tiêu', 'Target ID'),
  target: msg('Nội dung chỉ tiêu', 'Target'),
  achievement: msg('Tỷ lệ thực hiện', 'Achievement'),
  resultVsTarget: msg('Kết quả / chỉ tiêu', 'Result / target'),
  reported: msg('Đã báo cáo', 'Reported'),
  exceeded: msg('Vượt', 'Exceeded'),
  met: msg('Đạt', 'Met'),
  missed: msg('Không đạt', 'Missed'),
  sumSuffix: msg('tổng', 'total'),
  averageSuffix: msg('bình quân', 'average'),
  result: msg('Kết quả', 'Result'),
  targetValue: msg('Chỉ tiêu', 'Target'),
  rating: msg('Đánh giá', 'Rating'),
  chartCongress: msg('Đại hội theo loại tổ chức', 'Congresses by unit type'),
  chartTargets: msg('Tỷ lệ thực hiện chỉ tiêu thi đua', 'Emulation target achievement'),
  matrixTitle: msg(
    'MA TRẬN TIẾN ĐỘ: TÌNH TRẠNG TỪNG ĐƠN VỊ THEO MỐC CÔNG VIỆC',
    'PROGRESS MATRIX: EACH UNIT’S STANDING BY MILESTONE',
  ),
  legend: msg('Chú giải', 'Legend'),
  verifyReason: {
    W_REQUIREMENT_NOT_MET: msg(
      'Hoàn thành khi việc phải làm trước chưa hoàn thành',
      'Done while a required task is not',
    ),
    W_DONE_WITHOUT_DATE: msg('Hoàn thành nhưng chưa có ngày hoàn thành', 'Done without a completion date'),
    W_COMPLETED_IN_FUTURE: msg('Ngày hoàn thành sau ngày hôm nay', 'Completion date after today'),
    W_EDIT_NOT_PERMITTED: msg('Sửa trực tiếp bởi người không được giao', 'Edited directly by someone not assigned'),
  },
};

/** Short codes of the standings for the compact matrix, with the legend's words. */
export const STANDING_CODE: Record<Standing | 'untracked', Msg> = {
  notApplicable: msg('KAD', 'NA'),
  doneOnTime: msg('HT', 'D'),
  doneLate: msg('HTT', 'DL'),
  noDeadline: msg('CCH', 'ND'),
  overdue: msg('QH', 'OD'),
  dueSoon: msg('SĐH', 'DS'),
  onTrack: msg('TH', 'OT'),
  untracked: msg('CTD', 'NT'),
};
