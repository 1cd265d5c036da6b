// The Help's line on reminders (docs/workbook.md §11): whether they are scheduled, whose account sends them, and when the
// last run was — from the document properties only, so the Help never fails because of them.
import type { Lang } from '../../core/schema';
import { LAST_RUN_PROPERTY } from './job';
import { recordedTrigger } from './trigger';

export function reminderHelp(lang: Lang): string {
  let last: { at?: string; sent?: number } = {};
  let owner = '';
  let hour = 0;
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(LAST_RUN_PROPERTY);
    if (raw) last = JSON.parse(raw) as typeof last;
    const r = recordedTrigger();
    owner = r?.owner ?? '';
    hour = r?.hour ?? 0;
  } catch {
    // Unknown: the line says so.
  }
  const when = last.at ? lastRunText(last.at, lang) : '';
  if (lang === 'vi')
    return `Nhắc việc (menu Nhắc việc…, chỉ quản trị viên): ${owner ? `đang bật, gửi lúc ${hour} giờ hằng ngày từ tài khoản ${owner}` : 'đang tắt'}${when ? `; lần gửi gần nhất ${when}, ${last.sent ?? 0} email` : ''}. Mỗi email được ghi vào trang Nhắc việc.`;
  return `Reminders (menu Reminders…, administrators only): ${owner ? `on, sent daily at ${hour}:00 from ${owner}'s account` : 'off'}${when ? `; last run ${when}, ${last.sent ?? 0} emails` : ''}. Every email is logged in the Reminders sheet.`;
}

function lastRunText(iso: string, _lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const zone = Session.getScriptTimeZone() || 'Asia/Ho_Chi_Minh';
  return Utilities.formatDate(date, zone, 'dd/MM/yyyy HH:mm');
}
