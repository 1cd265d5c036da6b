// The Nhắc việc / Reminders sidebar (administrators): the reminder settings, the daily schedule, tomorrow's
// emails as their recipients will read them, "send a test to me" and "remind this unit now". Every value is
// shown through text nodes; each email's HTML is shown in a sandboxed frame without scripts.
import { byId, h, replaceChildren } from '../lib/dom';
import type { RemindersApi, RemindersPreview, RemindersState } from '../../shared/reminders-api';

const T = {
  vi: {
    loading: 'Đang tải…',
    on: 'Đang bật',
    off: 'Đang tắt',
    turnOn: 'Bật nhắc việc',
    turnOff: 'Tắt nhắc việc',
    hour: 'Giờ gửi nhắc',
    before: 'Nhắc trước (ngày)',
    escalate: 'Báo cấp trên sau (ngày)',
    office: 'Email văn phòng',
    digest: 'Ngày gửi tổng hợp tuần',
    owner: 'Lịch gửi thuộc tài khoản',
    lastRun: 'Lần gửi gần nhất',
    settingsHint: 'Sửa các giá trị này trong trang Cài đặt.',
    preview: 'Email sẽ gửi ngày mai',
    none: 'Ngày mai không có email nào cần gửi.',
    notReminded: 'Không nhắc được (chưa có Email cập nhật)',
    test: 'Gửi thư thử cho tôi',
    unit: 'Nhắc ngay đơn vị',
    remind: 'Gửi',
  },
  en: {
    loading: 'Loading…',
    on: 'On',
    off: 'Off',
    turnOn: 'Turn reminders on',
    turnOff: 'Turn reminders off',
    hour: 'Reminder hour',
    before: 'Remind days before',
    escalate: 'Escalate after (days)',
    office: 'Office emails',
    digest: 'Weekly digest day',
    owner: 'Schedule owned by',
    lastRun: 'Last run',
    settingsHint: 'Change these values on the Settings sheet.',
    preview: 'Emails to be sent tomorrow',
    none: 'No emails to send tomorrow.',
    notReminded: 'Cannot be reminded (no Editor emails)',
    test: 'Send a test to me',
    unit: 'Remind this unit now',
    remind: 'Send',
  },
};

type Action = keyof RemindersApi;

/** Calls an endpoint of the reminders contract; the argument and result types come from shared/reminders-api.ts. */
function run<K extends Action>(name: K, ...args: Parameters<RemindersApi[K]>): Promise<ReturnType<RemindersApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((r: unknown) => resolve(r as ReturnType<RemindersApi[K]>))
      .withFailureHandler((e: Error) => reject(e)) as unknown as Record<string, (...a: unknown[]) => void>;
    const fn = runner[name];
    if (typeof fn === 'function') fn.apply(runner, args);
    else reject(new Error(name));
  });
}

function banner(text: string, error = false): void {
  const b = byId('banner');
  b.hidden = text === '';
  b.className = error ? 'banner error' : 'banner';
  b.textContent = text.replace(/^(Error|Exception):\s*/, '');
}

function mailView(p: RemindersPreview): HTMLElement {
  const frame = h('iframe', { attrs: { sandbox: '', title: p.subject } });
  frame.srcdoc = p.htmlBody;
  return h('details', { class: 'mail' }, [
    h('summary', { text: p.subject }),
    h('div', { class: 'to', text: p.to.join(', ') }),
    frame,
  ]);
}

function render(s: RemindersState): void {
  const t = T[s.lang];
  const act =
    <K extends Exclude<Action, 'remindersState'>>(name: K, ...args: Parameters<RemindersApi[K]>) =>
    () => {
      banner(t.loading);
      run(name, ...args)
        .then((msg) => {
          banner(msg);
          void load();
        })
        .catch((e: Error) => banner(e.message, true));
    };
  const select = h(
    'select',
    { attrs: { 'aria-label': t.unit } },
    s.units.map((u) => h('option', { attrs: { value: u.id }, text: `${u.name} (${u.id})` })),
  );
  const settings = h('dl', { class: 'settings' }, [
    h('dt', { text: s.enabled ? t.on : t.off }),
    h('dt', { text: t.hour }),
    h('dd', { text: String(s.hour) }),
    h('dt', { text: t.before }),
    h('dd', { text: String(s.daysBefore) }),
    h('dt', { text: t.escalate }),
    h('dd', { text: String(s.escalateAfter) }),
    h('dt', { text: t.office }),
    h('dd', { text: s.officeEmails.join(', ') }),
    h('dt', { text: t.digest }),
    h('dd', { text: s.digestDay }),
    s.trigger ? h('dt', { text: t.owner }) : null,
    s.trigger ? h('dd', { text: s.trigger.owner }) : null,
    s.lastRun ? h('dt', { text: t.lastRun }) : null,
    s.lastRun ? h('dd', { text: s.lastRun }) : null,
  ]);
  replaceChildren(
    byId('app'),
    settings,
    h('p', { class: 'note', text: t.settingsHint }),
    h('div', { class: 'row' }, [
      h('button', {
        class: 'action',
        text: s.enabled ? t.turnOff : t.turnOn,
        on: { click: act('setRemindersEnabled', !s.enabled) },
      }),
      h('button', { text: t.test, on: { click: act('sendReminderTestToMe') } }),
    ]),
    h('div', { class: 'row' }, [
      select,
      h('button', { text: t.remind, title: t.unit, on: { click: () => act('remindUnitNow', select.value)() } }),
    ]),
    h('h3', { text: t.preview }),
    s.preview.length ? null : h('p', { text: t.none }),
    ...s.preview.map(mailView),
    s.notReminded.length ? h('h3', { text: t.notReminded }) : null,
    s.notReminded.length
      ? h(
          'ul',
          {},
          s.notReminded.map((n) => h('li', { text: n })),
        )
      : null,
  );
}

function load(): Promise<void> {
  return run('remindersState')
    .then(render)
    .catch((e: Error) => banner(e.message, true));
}

banner(T.vi.loading);
void load().then(() => {
  const b = byId('banner');
  if (b.textContent === T.vi.loading) banner('');
});
