// The words of the reminder emails, in both languages (the workbook's language is used).
import { formatDay } from '../dates';
import { formatNumber } from '../format';
import type { Day } from '../model';
import type { Lang } from '../schema';
import type { VerifyReason } from './digest';
import type { UnreachedReason } from './plan';

type Text = { vi: string; en: string };
const t = (vi: string, en: string): Text => ({ vi, en });

const n = (count: number, lang: Lang): string => formatNumber(count, lang);
const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

export const TAG = t('[Theo dõi đại hội]', '[Congress tracker]');
export const ADDON_NAME = t('Theo dõi đại hội', 'Congress tracker');
export const MENU_PROGRESS = t('Cập nhật tiến độ…', 'Update progress…');
export const MENU_EMULATION = t('Cập nhật kết quả thi đua…', 'Update emulation results…');
export const EXTENSIONS = t('Tiện ích mở rộng', 'Extensions');
export const PROGRESS_SHEET = t('Tiến độ', 'Progress');

export const W = {
  overdueCount: (k: number, lang: Lang) =>
    lang === 'vi' ? `${n(k, lang)} việc quá hạn` : `${n(k, lang)} overdue ${plural(k, 'task', 'tasks')}`,
  dueSoonCount: (k: number, lang: Lang) =>
    lang === 'vi' ? `${n(k, lang)} việc sắp đến hạn` : `${n(k, lang)} ${plural(k, 'task', 'tasks')} due soon`,
  targetCount: (k: number, lang: Lang) =>
    lang === 'vi'
      ? `${n(k, lang)} chỉ tiêu chưa báo cáo`
      : `${n(k, lang)} ${plural(k, 'target', 'targets')} not reported`,
  escalationCount: (k: number, units: number, days: number, lang: Lang) =>
    lang === 'vi'
      ? `${n(k, lang)} việc của ${n(units, lang)} đơn vị trực thuộc quá hạn từ ${n(days, lang)} ngày`
      : `${n(k, lang)} ${plural(k, 'task', 'tasks')} of ${n(units, lang)} subordinate ${plural(units, 'unit', 'units')} overdue ${n(days, lang)} ${plural(days, 'day', 'days')} or more`,
  /** Of one unit named, or of `units` units. */
  officeEscalationCount: (k: number, units: string | number, days: number, lang: Lang) => {
    const of =
      typeof units === 'string' ? units : lang === 'vi' ? `${n(units, lang)} đơn vị` : `${n(units, lang)} units`;
    return lang === 'vi'
      ? `${n(k, lang)} việc của ${of} quá hạn từ ${n(days, lang)} ngày`
      : `${n(k, lang)} ${plural(k, 'task', 'tasks')} of ${of} overdue ${n(days, lang)} ${plural(days, 'day', 'days')} or more`;
  },
  office: t('Văn phòng', 'Office'),
  digestSubject: (day: Day, lang: Lang) =>
    lang === 'vi'
      ? `Tổng hợp tiến độ đến ngày ${formatDay(day, lang)}`
      : `Progress digest as of ${formatDay(day, lang)}`,
  notRemindedCount: (k: number, lang: Lang) =>
    lang === 'vi' ? `${n(k, lang)} đơn vị chưa được nhắc` : `${n(k, lang)} ${plural(k, 'unit', 'units')} not reminded`,

  greetingUnit: (name: string, id: string, lang: Lang) =>
    lang === 'vi' ? `Kính gửi cán bộ cập nhật của ${name} (${id}),` : `To the editors of ${name} (${id}),`,
  greetingParent: (name: string, id: string, lang: Lang) =>
    lang === 'vi' ? `Kính gửi cán bộ của ${name} (${id}),` : `To the editors of ${name} (${id}),`,
  greetingOffice: t('Kính gửi Văn phòng,', 'To the office,'),
  introUnit: (day: Day, lang: Lang) =>
    lang === 'vi'
      ? `Theo bảng theo dõi chuẩn bị đại hội, đến ngày ${formatDay(day, lang)} đơn vị còn những việc sau cần hoàn thành hoặc cập nhật:`
      : `According to the congress-preparation tracker, as of ${formatDay(day, lang)} your unit still has the following to complete or update:`,
  introEscalation: (days: number, day: Day, lang: Lang) =>
    lang === 'vi'
      ? `Đến ngày ${formatDay(day, lang)}, các việc sau của đơn vị trực thuộc đã quá hạn từ ${n(days, lang)} ngày trở lên. Đề nghị đôn đốc các đơn vị hoàn thành và cập nhật.`
      : `As of ${formatDay(day, lang)}, the following tasks of subordinate units are overdue by ${n(days, lang)} ${plural(days, 'day', 'days')} or more. Please follow them up.`,
  introOfficeEscalation: (days: number, day: Day, lang: Lang) =>
    lang === 'vi'
      ? `Đến ngày ${formatDay(day, lang)}, các việc sau đã quá hạn từ ${n(days, lang)} ngày trở lên. Đề nghị Văn phòng đôn đốc hoàn thành và cập nhật.`
      : `As of ${formatDay(day, lang)}, the following tasks are overdue by ${n(days, lang)} ${plural(days, 'day', 'days')} or more. Please follow them up.`,
  overdueHeading: t('Việc quá hạn', 'Overdue tasks'),
  dueSoonHeading: t('Việc sắp đến hạn', 'Tasks due soon'),
  targetsHeading: t('Chỉ tiêu thi đua chưa báo cáo kết quả', 'Emulation targets not reported'),
  deadline: (day: Day, lang: Lang) => (lang === 'vi' ? `hạn ${formatDay(day, lang)}` : `due ${formatDay(day, lang)}`),
  late: (days: number, lang: Lang) =>
    lang === 'vi' ? `quá hạn ${n(days, lang)} ngày` : `${n(days, lang)} ${plural(days, 'day', 'days')} late`,
  left: (days: number, lang: Lang) =>
    days === 0
      ? lang === 'vi'
        ? 'đến hạn hôm nay'
        : 'due today'
      : lang === 'vi'
        ? `còn ${n(days, lang)} ngày`
        : `${n(days, lang)} ${plural(days, 'day', 'days')} left`,
  link: t('Bảng theo dõi', 'Tracker'),
  howTo: (lang: Lang) =>
    lang === 'vi'
      ? `Cách cập nhật: mở bảng tính, chọn ${EXTENSIONS.vi} › ${ADDON_NAME.vi} › ${MENU_PROGRESS.vi} (kết quả thi đua: ${MENU_EMULATION.vi}), hoặc sửa cột Trạng thái và Ngày hoàn thành trong trang ${PROGRESS_SHEET.vi}.`
      : `How to update: open the spreadsheet and choose ${EXTENSIONS.en} › ${ADDON_NAME.en} › ${MENU_PROGRESS.en} (emulation results: ${MENU_EMULATION.en}), or edit the Status and Completed on columns of the ${PROGRESS_SHEET.en} sheet.`,
  footer: t(
    'Email này do bảng theo dõi gửi tự động; đơn vị chỉ nhận email khi còn việc cần làm.',
    'This email is sent automatically by the tracker, only when there is something to do.',
  ),
  more: (k: number, lang: Lang) =>
    lang === 'vi' ? `… và ${n(k, lang)} mục khác (xem bảng tính)` : `… and ${n(k, lang)} more (see the spreadsheet)`,

  digestIntro: (day: Day, lang: Lang) =>
    lang === 'vi'
      ? `Tổng hợp tiến độ chuẩn bị đại hội đến ngày ${formatDay(day, lang)}:`
      : `Congress preparation as of ${formatDay(day, lang)}:`,
  headlineUnits: (held: string, units: number, lang: Lang) =>
    lang === 'vi'
      ? `Đã đại hội: ${held} trong tổng số ${n(units, lang)} đơn vị.`
      : `Congresses held: ${held} of ${n(units, lang)} units.`,
  headlineTasks: (done: number, overdue: number, dueSoon: number, w: number, lang: Lang) =>
    lang === 'vi'
      ? `Công việc hoàn thành: ${n(done, lang)}; quá hạn: ${n(overdue, lang)}; sắp đến hạn (trong ${n(w, lang)} ngày tới): ${n(dueSoon, lang)}.`
      : `Tasks done: ${n(done, lang)}; overdue: ${n(overdue, lang)}; due within ${n(w, lang)} ${plural(w, 'day', 'days')}: ${n(dueSoon, lang)}.`,
  digestOverdue: t('Việc quá hạn (trễ nhiều nhất trước)', 'Overdue tasks (most late first)'),
  verifyHeading: t('Cần xác minh', 'To verify'),
  verify: (reason: VerifyReason, requires: string | undefined, lang: Lang): string => {
    const texts: Record<VerifyReason, Text> = {
      doneWithoutDate: t('Hoàn thành nhưng chưa có ngày hoàn thành', 'Done without a completion date'),
      completedInFuture: t('ngày hoàn thành sau hôm nay', 'completed on a future date'),
      requirementNotMet: t(`Hoàn thành khi ${requires ?? ''} chưa hoàn thành`, `Done while ${requires ?? ''} is not`),
    };
    return texts[reason][lang];
  },
  notReportedHeading: t('Đơn vị chưa báo cáo chỉ tiêu thi đua', 'Units that have not reported a target'),
  escalationSkipped: (to: string | null, about: string, lang: Lang) =>
    lang === 'vi'
      ? `Báo ${to ?? 'Văn phòng'} việc quá hạn của ${about}`
      : `Escalation of the overdue tasks of ${about} to ${to ?? 'the office'}`,
  notRemindedHeading: t('Chưa được nhắc hôm nay', 'Not reminded today'),
  why: (reason: UnreachedReason, items: number, lang: Lang): string =>
    reason === 'noEditors'
      ? lang === 'vi'
        ? `chưa có Email cập nhật trong trang Đơn vị (${n(items, lang)} mục cần nhắc)`
        : `no Editor emails on the Units sheet (${n(items, lang)} ${plural(items, 'item', 'items')} to chase)`
      : lang === 'vi'
        ? `hết hạn mức gửi email trong ngày của Google; sẽ nhắc vào ngày mai (${n(items, lang)} mục cần nhắc)`
        : `Google's daily email quota ran out; to be reminded tomorrow (${n(items, lang)} ${plural(items, 'item', 'items')} to chase)`,
  none: t('Không có.', 'None.'),
};
