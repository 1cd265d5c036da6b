// The preview's mailbox: the emails the add-on sent through the emulator's MailApp, listed for the panel and
// each served as a page that shows it as its recipient reads it (headers, then the HTML body the add-on
// wrote — or the plain text when it wrote none). The page is served with a Content-Security-Policy that runs
// no script and loads nothing, and the panel shows it in a sandboxed frame.
import type { SentMail } from '../emulator/services/mail';
import { zonedFields } from '../emulator/services/date-format';

export interface MailView {
  id: number;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  /** dd/mm/yyyy hh:mm in the script time zone. */
  at: string;
}

export const MAIL_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

function when(date: Date, timeZone: string): string {
  const f = zonedFields(date, timeZone);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(f.day)}/${p(f.month)}/${p(f.year, 4)} ${p(f.hour)}:${p(f.minute)}`;
}

export function mailList(sent: readonly SentMail[], timeZone: string): MailView[] {
  return sent.map((m, id) => ({
    id,
    from: m.from,
    to: [...m.to],
    cc: [...m.cc],
    subject: m.subject,
    at: when(m.at, timeZone),
  }));
}

export function mailPage(mail: SentMail, timeZone: string, lang: 'vi' | 'en'): string {
  const L =
    lang === 'vi'
      ? { from: 'Từ', to: 'Đến', cc: 'Cc', date: 'Ngày gửi' }
      : { from: 'From', to: 'To', cc: 'Cc', date: 'Date' };
  const from = mail.name ? `${mail.name} <${mail.from}>` : mail.from;
  const rows = [
    [L.from, from],
    [L.to, mail.to.join(', ')],
    ...(mail.cc.length ? [[L.cc, mail.cc.join(', ')]] : []),
    [L.date, when(mail.at, timeZone)],
  ];
  const body = mail.htmlBody
    ? mail.htmlBody
    : `<pre style="white-space:pre-wrap;font-family:inherit">${esc(mail.body)}</pre>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(mail.subject)}</title>`,
    '<style>body{font-family:Arial,Helvetica,sans-serif;margin:16px;color:#202124}h1{font-size:18px;font-weight:normal;margin:0 0 8px}',
    '.head{border-bottom:1px solid #dadce0;padding-bottom:8px;margin-bottom:12px;font-size:13px;color:#5f6368}.head b{color:#202124}</style></head><body>',
    `<h1 class="subject">${esc(mail.subject)}</h1>`,
    `<div class="head">${rows.map(([k, v]) => `<div><b>${esc(k ?? '')}:</b> ${esc(v ?? '')}</div>`).join('')}</div>`,
    `<div class="mail-body">${body}</div>`,
    '</body></html>',
  ].join('');
}
