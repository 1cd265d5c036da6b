// Who may install the add-on's triggers, and their upkeep (docs/workbook.md §9): only an administrator installs or
// replaces them; Setup by anyone else changes nothing and says who owns them; when the recorded trigger is
// gone (its owner deleted it, or lost access), the next menu action of that administrator reinstalls it and
// says so; the Help says who owns each trigger and whether it is active.
import { mayManageTriggers, normalizeEmail } from '../core/permissions';
import type { Lang } from '../core/schema';
import { SETTINGS } from '../core/schema';
import type { Settings } from '../core/model';
import { userEmail } from './session';
import { addNotice } from './texts';
import {
  EDIT_TRIGGER,
  installTrigger,
  recordedTrigger,
  triggerState,
  OwnTriggers,
  type TriggerKind,
  type TriggerState,
} from './triggers';
import { Workbook } from './workbook';
import { documentProperties, knownProperties } from './document';
import { keepReminderTrigger } from './reminders/upkeep';

type Text = { vi: string; en: string };

const TEXT = {
  notAdministrator: (admins: readonly string[]): Text => ({
    vi: `Chỉ quản trị viên (${admins.join(', ')}) mới chạy được Thiết lập bảng tính; bảng tính được giữ nguyên. Nếu cần, hãy nhờ quản trị viên chạy, hoặc thêm email của bạn vào Quản trị viên trong trang Cài đặt.`,
    en: `Only an administrator (${admins.join(', ')}) can run Set up workbook; the workbook was left as it is. Ask an administrator to run it, or to add your email to Administrators in the Settings sheet.`,
  }),
  owner: (kind: TriggerKind, owner: string, state: 'active' | 'gone' | 'unknown'): Text => {
    const who = owner || '(không xác định)';
    const whoEn = owner || '(unknown)';
    const vi = {
      active: 'đang hoạt động',
      gone: 'không còn hoạt động',
      unknown: 'chỉ người cài mới kiểm tra được trình kích hoạt còn hay không',
    }[state];
    const en = {
      active: 'it is active',
      gone: 'it is no longer active',
      unknown: 'only its owner can check that it still exists',
    }[state];
    return {
      vi: `${capital(kind.label.vi)} do ${who} cài đặt; ${vi}.`,
      en: `The ${kind.label.en} is owned by ${whoEn}; ${en}.`,
    };
  },
  none: (kind: TriggerKind): Text => ({
    vi: `Chưa có ${kind.label.vi}: quản trị viên chạy Thiết lập bảng tính để cài, khi đó các sửa trực tiếp được kiểm tra và ghi nhật ký.`,
    en: `There is no ${kind.label.en} yet: an administrator runs Set up workbook to install it, so direct edits are checked and logged.`,
  }),
  reinstalled: (kind: TriggerKind, email: string): Text => ({
    vi: `${capital(kind.label.vi)} đã bị gỡ nên vừa được cài lại dưới tài khoản ${email}.`,
    en: `The ${kind.label.en} had been removed, so it was installed again under ${email}.`,
  }),
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The trigger kinds kept alike (the daily reminder trigger, kept only while reminders are on: reminders/upkeep.ts). */
export const TRIGGER_KINDS: readonly TriggerKind[] = [EDIT_TRIGGER];

/** The Settings as they are now (only that sheet is read). */
export function currentSettings(book: Workbook): Settings {
  return book.analyse({ sheets: [SETTINGS] }).inputs.settings;
}

/** Why Setup did nothing, and who owns the triggers, in the user's language. */
export function notAdministratorMessage(settings: Settings, email: string, ui: Lang): string {
  const props = documentProperties().getProperties();
  const lines = [TEXT.notAdministrator(settings.administrators)[ui]];
  for (const kind of TRIGGER_KINDS) lines.push(stateText(kind, triggerState(kind, email, props), ui));
  return lines.join('\n');
}

/** Installs (or keeps) every trigger for `email`, an administrator; a failure leaves the action's result. */
export function installTriggers(email: string): void {
  for (const kind of TRIGGER_KINDS) {
    try {
      installTrigger(kind, email);
    } catch {
      // Without the script.scriptapp scope, or in a copy, no trigger can be made; the action still succeeded.
    }
  }
}

/**
 * Upkeep at every menu action: a recorded trigger of the current user that no longer exists is installed
 * again (after checking that the user is still an administrator) and the action's message says so. Nothing
 * is recorded: nothing to keep. Another user's trigger cannot be seen, so it is left to its owner. The daily
 * reminder trigger is kept too while Settings' Reminders is TRUE; one listing of the user's triggers serves both.
 */
export function keepTriggers(ui: Lang): void {
  const props = knownProperties();
  const own = new OwnTriggers();
  let email: string | null = null;
  const me = (): string => (email ??= userEmail());
  for (const kind of TRIGGER_KINDS) {
    const recorded = recordedTrigger(kind, props);
    // Among the user's own triggers: theirs, and it runs (the common case asks nothing more).
    if (!recorded || own.has(recorded.uid)) continue;
    // Another user's trigger cannot be seen: it is left to its owner.
    if (me() === '' || normalizeEmail(recorded.owner) !== normalizeEmail(me())) continue;
    if (!mayManageTriggers(me(), currentSettings(Workbook.open('few')))) continue;
    installTrigger(kind, me());
    addNotice(TEXT.reinstalled(kind, me())[ui]);
  }
  keepReminderTrigger(props, own, me, ui);
}

/** The Help's paragraph on the triggers: who owns each and whether it is active. */
export function triggersHelp(ui: Lang): string {
  const props = documentProperties().getProperties();
  const email = userEmail({ quiet: true });
  return TRIGGER_KINDS.map((kind) => stateText(kind, triggerState(kind, email, props), ui)).join('\n');
}

function stateText(kind: TriggerKind, state: TriggerState, ui: Lang): string {
  if (!state.recorded) return TEXT.none(kind)[ui];
  const s = state.active === null ? 'unknown' : state.active ? 'active' : 'gone';
  return TEXT.owner(kind, state.recorded.owner, s)[ui];
}
