// Words of the reminder feature that the server shows or writes: log lines (workbook language) and the
// messages of the menu, the dialog and Thiết lập (the user's language).
import { formatNumber } from '../../core/format';
import type { Lang } from '../../core/schema';
import type { Unreached } from '../../core/reminders/plan';
import type { OutgoingEmail } from '../../core/reminders/quota';
import { W } from '../../core/reminders/texts';

type Text = { vi: string; en: string };
const t = (vi: string, en: string): Text => ({ vi, en });

export const KIND = {
  unit: t('Nhắc đơn vị', 'Unit reminder'),
  escalation: t('Báo cấp trên', 'Escalation'),
  digest: t('Tổng hợp cho văn phòng', 'Office digest'),
  test: t('Thư thử', 'Test email'),
};

export const RESULT = {
  sent: t('Đã gửi', 'Sent'),
  failed: (message: string, lang: Lang) => (lang === 'vi' ? `Không gửi được: ${message}` : `Not sent: ${message}`),
};

/** What an email listed, for the log: tasks and targets with days late or left. */
export function itemsText(e: OutgoingEmail, lang: Lang): string {
  const when = (i: { overdue: boolean; days: number }) => (i.overdue ? W.late(i.days, lang) : W.left(i.days, lang));
  if (e.kind === 'unit')
    return [
      ...e.items.map((i) => `${i.milestoneId} (${when(i)})`),
      ...e.targets.map((i) => `${i.targetId} (${when(i)})`),
    ].join('; ');
  if (e.kind === 'escalation')
    return e.groups
      .map((g) => `${g.unitId}: ${g.items.map((i) => `${i.milestoneId} (${when(i)})`).join(', ')}`)
      .join('; ');
  const n = (k: number) => formatNumber(k, lang);
  return lang === 'vi'
    ? `${n(e.overdue.length)} việc quá hạn, ${n(e.verify.length)} cần xác minh, ${n(e.notReminded.length)} đơn vị chưa được nhắc`
    : `${n(e.overdue.length)} overdue, ${n(e.verify.length)} to verify, ${n(e.notReminded.length)} units not reminded`;
}

export function unitText(e: OutgoingEmail, lang: Lang): string {
  if (e.kind === 'unit') return `${e.unitName} (${e.unitId})`;
  if (e.kind === 'escalation') return e.unitId === null ? W.office[lang] : `${e.unitName} (${e.unitId})`;
  return W.office[lang];
}

export const REMIND_UI = {
  adminsOnly: t(
    'Chỉ quản trị viên (danh sách Quản trị viên trong trang Cài đặt) mới bật, tắt hoặc gửi nhắc việc. Vui lòng liên hệ văn phòng nếu cần.',
    'Only administrators (the Administrators list on the Settings sheet) can turn reminders on or off or send them. Please ask the office if you need this.',
  ),
  dialogTitle: t('Nhắc việc', 'Reminders'),
  runDone: (sent: number, failed: number, lang: Lang) =>
    lang === 'vi'
      ? `Đã gửi ${formatNumber(sent, lang)} email nhắc việc${failed ? `; ${formatNumber(failed, lang)} email không gửi được, sẽ gửi lại ở lần chạy sau` : ''}.`
      : `${formatNumber(sent, lang)} reminder ${sent === 1 ? 'email' : 'emails'} sent${failed ? `; ${formatNumber(failed, lang)} could not be sent and will be retried on the next run` : ''}.`,
  installed: (hour: number, lang: Lang) =>
    lang === 'vi'
      ? `Đã bật nhắc việc: email được gửi mỗi ngày lúc ${hour} giờ (theo múi giờ của bảng tính), dưới tài khoản của bạn.`
      : `Reminders are on: emails go out every day at ${hour}:00 (the spreadsheet's time zone), from your account.`,
  removed: t('Đã tắt nhắc việc: không còn email tự động.', 'Reminders are off: no more automatic emails.'),
  otherOwner: (owner: string, lang: Lang) =>
    lang === 'vi'
      ? `Lịch gửi nhắc việc đang thuộc tài khoản ${owner || 'khác'}; lịch đó được giữ nguyên.`
      : `The reminder schedule belongs to ${owner || 'another account'}; it was left as it is.`,
  reinstalled: t(
    'Lịch gửi nhắc việc đã bị mất nên được tạo lại.',
    'The reminder schedule was missing and has been recreated.',
  ),
  noTrigger: t('Không tạo được lịch gửi hằng ngày', 'The daily schedule could not be created'),
  testSent: (to: string, lang: Lang) =>
    lang === 'vi' ? `Đã gửi thư thử tới ${to}.` : `A test email was sent to ${to}.`,
  nothingToSend: t('Hôm nay không có gì cần nhắc.', 'There is nothing to remind anyone of today.'),
  unitUnknown: (id: string, lang: Lang) =>
    lang === 'vi' ? `Không tìm thấy đơn vị ${id}.` : `Unit ${id} was not found.`,
  notReached: (u: Unreached, lang: Lang) => {
    const n = formatNumber(u.items, lang);
    if (u.reason === 'noEditors')
      return lang === 'vi'
        ? `Không nhắc được ${u.unitName} (${u.unitId}): đơn vị chưa có Email cập nhật trong trang Đơn vị, trong khi đang có ${n} mục cần nhắc. Hãy điền Email cập nhật của đơn vị rồi gửi lại.`
        : `${u.unitName} (${u.unitId}) cannot be reminded: it has no Editor emails on the Units sheet, and ${n} ${u.items === 1 ? 'item is' : 'items are'} waiting. Fill in the unit's Editor emails and send again.`;
    return lang === 'vi'
      ? `Chưa nhắc được ${u.unitName} (${u.unitId}): hết hạn mức gửi email trong ngày của Google; đơn vị sẽ được nhắc vào ngày mai (${n} mục cần nhắc).`
      : `${u.unitName} (${u.unitId}) was not reminded: Google's daily email quota ran out; it will be reminded tomorrow (${n} ${u.items === 1 ? 'item' : 'items'} to chase).`;
  },
  alreadySent: t(
    'Đơn vị này đã được nhắc hôm nay; không gửi lại.',
    'This unit was already reminded today; not sent again.',
  ),
  noEmail: t(
    'Không xác định được email của bạn để gửi thư thử.',
    'Your email address is not known, so no test email can be sent.',
  ),
};
