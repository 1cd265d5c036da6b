// A small fake environment so the spreadsheet half can be tested without the runtime.
import type { EmulatorEnv, Toast } from '../../tools/emulator/env';
import { createSpreadsheetApp, Workbook, type WorkbookOptions } from '../../tools/emulator/spreadsheet';

export interface FakeEnv extends EmulatorEnv {
  setNow(iso: string): void;
  toasts: Toast[];
}

export function fakeEnv(nowIso = '2020-06-15T10:00:00+07:00', timeZone = 'Asia/Ho_Chi_Minh'): FakeEnv {
  let now = new Date(nowIso);
  const toasts: Toast[] = [];
  const user = { email: 'admin@example.org', locale: 'vi' };
  return {
    now: () => new Date(now.getTime()),
    setNow(iso: string) {
      now = new Date(iso);
    },
    scriptTimeZone: timeZone,
    activeUser: () => user,
    effectiveUser: () => user,
    ui: { toast: (t) => toasts.push(t) },
    toasts,
  };
}

export function setup(opts: Partial<WorkbookOptions> & { now?: string } = {}) {
  const env = fakeEnv(opts.now);
  const wb = new Workbook({ env, ...opts });
  const app = createSpreadsheetApp(wb, { env, getUi: () => ({}) });
  const ss = app.getActiveSpreadsheet();
  return { env, wb, app, ss, sheet: ss.getSheets()[0]! };
}
