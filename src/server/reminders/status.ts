// The Help's line on reminders (docs/workbook.md §9, §11): whether they are scheduled, whose account sends them,
// whether that daily trigger is still active (only its owner can tell), and when the last run was; never
// failing the Help because of them. The last run reads the same in the Nhắc việc sidebar.
import { formatNumber } from '../../core/format';
import type { Lang } from '../../core/schema';
import { activeSpreadsheet } from '../document';
import { userEmail } from '../session';
import { LAST_RUN_PROPERTY } from './job';
import { recordedTrigger, recordedTriggerActive } from './trigger';

type TriggerActive = boolean | null;

export function reminderHelp(lang: Lang): string {
  let last = '';
  let owner = '';
  let hour = 0;
  let active: TriggerActive = null;
  try {
    const r = recordedTrigger();
    owner = r?.owner ?? '';
    hour = r?.hour ?? 0;
    if (r) active = recordedTriggerActive(userEmail({ quiet: true }));
    const raw = PropertiesService.getDocumentProperties().getProperty(LAST_RUN_PROPERTY);
    last = lastRunText(raw, activeSpreadsheet().getSpreadsheetTimeZone(), lang);
  } catch {
    // Unknown: the line says what is known.
  }
  const schedule = owner ? scheduleText(owner, hour, active, lang) : lang === 'vi' ? 'đang tắt' : 'off';
  if (lang === 'vi')
    return `Nhắc việc (menu Nhắc việc…, chỉ quản trị viên): ${schedule}${last ? `; lần gửi gần nhất ${last}` : ''}. Mỗi email được ghi vào trang Nhắc việc.`;
  return `Reminders (menu Reminders…, administrators only): ${schedule}${last ? `; last run ${last}` : ''}. Every email is logged in the Reminders sheet.`;
}

function scheduleText(owner: string, hour: number, active: TriggerActive, lang: Lang): string {
  if (lang === 'vi') {
    if (active === false)
      return `đã đặt gửi lúc ${hour} giờ hằng ngày từ tài khoản ${owner} nhưng lịch gửi không còn hoạt động, nên không có email nào được gửi; mở Nhắc việc… và bật lại để cài lại lịch`;
    const state = active
      ? 'lịch gửi đang hoạt động'
      : `chỉ ${owner} mới kiểm tra được lịch gửi còn hoạt động hay không`;
    return `đang bật, gửi lúc ${hour} giờ hằng ngày từ tài khoản ${owner} (${state})`;
  }
  if (active === false)
    return `set for ${hour}:00 daily from ${owner}'s account, but that schedule is no longer active, so no email goes out; open Reminders… and turn them on again to reinstall it`;
  const state = active ? 'the schedule is active' : `only ${owner} can check that the schedule is still active`;
  return `on, sent daily at ${hour}:00 from ${owner}'s account (${state})`;
}

/**
 * The last run as the property `reminders.lastRun` records it (JSON: ISO time and emails sent), read as
 * dd/mm/yyyy hh:mm in `timeZone` and the number of emails, in `lang`; '' when there is none.
 */
export function lastRunText(raw: string | null | undefined, timeZone: string, lang: Lang): string {
  if (!raw) return '';
  let last: { at?: string; sent?: number };
  try {
    last = JSON.parse(raw) as typeof last;
  } catch {
    return '';
  }
  const date = new Date(last.at ?? '');
  if (Number.isNaN(date.getTime())) return '';
  const when = Utilities.formatDate(date, timeZone || 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm');
  const sent = Number(last.sent ?? 0);
  const count = formatNumber(sent, lang);
  return lang === 'vi' ? `${when}, ${count} email` : `${when}, ${count} ${sent === 1 ? 'email' : 'emails'}`;
}
