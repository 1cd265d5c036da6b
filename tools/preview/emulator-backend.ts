// The preview's view of the emulator: the built bundle running on an emulated workbook. Menu items that ask
// a question (ui.alert with Yes/No...) are run again with the answer: the first run stops at the question
// (the add-on's actions are re-runnable by design, docs/workbook.md §9), the page asks the user, and the item runs
// again with the answers given so far.
import { mailList, mailPage, type MailView } from './mailbox';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator, MenuEntry as EmuMenuEntry } from '../emulator/index';
import type { Workbook } from '../emulator/spreadsheet/workbook';
import { Ui, type ButtonName } from '../emulator/services/ui';
import type { Grid } from '../../src/core/model';
import type {
  AddonMenu,
  AlertView,
  Context,
  EditOutcome,
  GridView,
  MenuEntry,
  MenuOutcome,
  PreviewBackend,
  RunOutcome,
  SidebarView,
  ToastView,
  UserChoice,
} from './backend';
import { actingUsers } from './users';
import { protectionMarks } from './protection-marks';
import { chartView } from './chart-view';
import { PROTECTION_WARNING } from '../emulator/spreadsheet/protection-check';

/** Thrown inside the add-on's run when it asks a question nobody has answered yet. */
class QuestionPending extends Error {
  constructor(readonly alert: AlertView) {
    super(`Waiting for an answer to "${alert.prompt}"`);
  }
}

/** Ui.alert/prompt arguments: (prompt) · (prompt, buttons) · (title, prompt, buttons). */
function dialogText(args: unknown[]): { title: string; prompt: string } {
  const [a, b, c] = args;
  if (c !== undefined) return { title: String(a), prompt: String(b) };
  return { title: '', prompt: String(a ?? '') };
}

/** Lets `seen` see the arguments of each Ui.alert/prompt call (the recorder only gets the button set). */
function patchDialogs(seen: (args: unknown[]) => void): () => void {
  const proto = Ui.prototype as unknown as Record<'alert' | 'prompt', (...args: unknown[]) => unknown>;
  const { alert, prompt } = proto;
  proto.alert = function (this: unknown, ...args: unknown[]) {
    seen(args);
    return alert.apply(this, args);
  };
  proto.prompt = function (this: unknown, ...args: unknown[]) {
    seen(args);
    return prompt.apply(this, args);
  };
  return () => {
    proto.alert = alert;
    proto.prompt = prompt;
  };
}

const BLANK_ROWS_BELOW = 20;
const MIN_COLUMNS = 12;

function menuEntries(items: EmuMenuEntry[]): MenuEntry[] {
  return items.map((item) => {
    if (item.type === 'item') return { caption: item.caption, fn: item.functionName };
    if (item.type === 'submenu') return { caption: item.caption, items: menuEntries(item.items) };
    return {};
  });
}

export interface EmulatorBackendOptions {
  emulator: Emulator;
  workbook: Workbook;
  distDir?: string;
}

export class EmulatorBackend implements PreviewBackend {
  private readonly emu: Emulator;
  private readonly workbook: Workbook;
  private readonly distDir: string;
  private readonly functions: string[];
  private closedSerial = 0;

  constructor(options: EmulatorBackendOptions) {
    this.emu = options.emulator;
    this.workbook = options.workbook;
    this.distDir = options.distDir ?? 'dist';
    this.functions = this.emu
      .load()
      .functions.filter((name) => !name.endsWith('_'))
      .sort();
  }

  mail(): MailView[] {
    return mailList(this.emu.mailbox.sent, this.emu.timeZone);
  }

  mailPage(id: number): string | null {
    const mail = this.emu.mailbox.sent[id];
    return mail
      ? mailPage(mail, this.emu.timeZone, this.emu.currentUser().locale.toLowerCase().startsWith('vi') ? 'vi' : 'en')
      : null;
  }

  context(): Context {
    const user = this.emu.currentUser();
    return { today: this.emu.today(), email: user.email, locale: user.locale };
  }

  setContext(change: Partial<Context>): void {
    if (change.today) this.emu.setToday(change.today);
    if (change.email !== undefined || change.locale !== undefined) {
      this.emu.setUser({
        ...(change.email !== undefined ? { email: change.email } : {}),
        ...(change.locale ? { locale: change.locale } : {}),
      });
      // Another person (or language) opens the document: Google runs onOpen again for them.
      this.emu.open();
    }
  }

  users(): UserChoice[] {
    const names = this.workbook.sheetNames();
    const grids: Grid[] = names.map((name) => ({ name, values: this.workbook.values(name) as unknown[][] }));
    const lang = this.emu.currentUser().locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
    return actingUsers(grids, lang);
  }

  sheetNames(): string[] {
    return this.workbook.sheetNames().filter((name) => !this.workbook.sheet(name).hidden);
  }

  grid(sheet: string, maxRows: number): GridView {
    const info = this.workbook.sheet(sheet);
    const model = this.workbook.requireSheet(sheet);
    const display = this.workbook.displayValues(sheet);
    const backgrounds = this.emu.backend.snapshot(sheet).backgrounds;
    const lastRow = info.lastRow;
    const cols = Math.min(Math.max(info.lastColumn + 2, MIN_COLUMNS), info.maxColumns);
    const rows = Math.min(lastRow + BLANK_ROWS_BELOW, info.maxRows);
    const shown = Math.min(rows, maxRows);
    const view: GridView = {
      sheet,
      rows,
      cols,
      display: [],
      backgrounds: [],
      bold: [],
      wrap: [],
      frozenRows: info.frozenRows,
      columnWidths: Array.from({ length: cols }, (_, c) => info.columnWidths[c + 1] ?? 100),
      truncated: shown < rows,
      protection: protectionMarks(model.protections, shown, cols, this.emu.currentUser().email, this.workbook.owner),
      protectionWarning: PROTECTION_WARNING,
    };
    const values = this.workbook.values(sheet) as unknown[][];
    if (model.charts.length) view.charts = model.charts.map((chart) => chartView(chart, values, display));
    for (let r = 0; r < shown; r++) {
      const d: string[] = [];
      const b: (string | null)[] = [];
      const w: boolean[] = [];
      const wraps: boolean[] = [];
      for (let c = 0; c < cols; c++) {
        d.push(display[r]?.[c] ?? '');
        b.push(backgrounds[r]?.[c] ?? null);
        const format = model.format(r, c);
        w.push(format?.fontWeight === 'bold');
        wraps.push(format?.wrap === true || format?.wrapStrategy === 'WRAP');
      }
      view.display.push(d);
      view.backgrounds.push(b);
      view.bold.push(w);
      view.wrap?.push(wraps);
    }
    return view;
  }

  menu(): AddonMenu | null {
    const menu = this.emu.ui.addonMenu();
    return menu ? { title: menu.caption, items: menuEntries(menu.items) } : null;
  }

  toasts(): ToastView[] {
    return this.emu.ui.toasts.map((t, id) => ({
      id,
      title: t.title,
      message: t.message,
      timeoutSeconds: t.timeoutSeconds,
    }));
  }

  sidebar(): SidebarView | null {
    const serial = this.emu.ui.sidebars.length;
    const last = this.emu.ui.sidebars[serial - 1];
    if (!last || serial <= this.closedSerial) return null;
    return { title: last.title, name: this.distName(last.html), serial, width: last.width ?? 300 };
  }

  sidebarHtml(): string | null {
    return this.sidebar() ? (this.emu.ui.sidebars[this.emu.ui.sidebars.length - 1]?.html ?? null) : null;
  }

  closeSidebar(): void {
    this.closedSerial = this.emu.ui.sidebars.length;
  }

  /** The dist/<name>.html whose exact text the sidebar was made from, if any. */
  private distName(html: string): string | null {
    if (!existsSync(this.distDir)) return null;
    for (const file of readdirSync(this.distDir)) {
      if (file.endsWith('.html') && readFileSync(join(this.distDir, file), 'utf8') === html)
        return file.slice(0, -'.html'.length);
    }
    return null;
  }

  async runMenu(fn: string, answers: string[]): Promise<MenuOutcome> {
    const ui = this.emu.ui;
    const alertsBefore = ui.alerts.length;
    const toastsBefore = ui.toasts.length;
    const queue = [...answers];
    let question: AlertView | null = null;
    let lastArgs: unknown[] = [];
    const restore = patchDialogs((args) => (lastArgs = args));
    const originalNext = ui.next.bind(ui);
    // Answers are handed out in order; a question with a choice and no answer left stops the run.
    ui.next = (buttonSet) => {
      if (question) return { button: 'CLOSE', text: '', unexpected: true };
      if (buttonSet !== 'OK' && queue.length === 0) {
        question = { ...dialogText(lastArgs), buttons: buttonSet };
        throw new QuestionPending(question);
      }
      ui.answerAlerts([(queue.shift() ?? 'OK') as ButtonName]);
      return originalNext(buttonSet);
    };
    let error: string | undefined;
    try {
      this.emu.run(fn);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    } finally {
      ui.next = originalNext;
      restore();
    }
    if (question) {
      // The stopped run's own messages (including any report of the interruption) are not shown.
      ui.alerts.length = alertsBefore;
      ui.toasts.length = toastsBefore;
      return { ok: false, alerts: [], question };
    }
    const alerts: AlertView[] = ui.alerts
      .slice(alertsBefore)
      .map((a) => ({ title: a.title, prompt: a.prompt, buttons: a.buttonSet, answer: a.answer }));
    return error === undefined ? { ok: true, alerts } : { ok: false, error, alerts };
  }

  async edit(sheet: string, a1: string, typed: string): Promise<EditOutcome> {
    if (!this.workbook.sheetNames().includes(sheet)) return { ok: false, rejected: `No sheet named "${sheet}"` };
    const result = this.emu.edit(sheet, a1, typed);
    if (result.rejected !== undefined) return { ok: false, rejected: result.rejected };
    const failures = result.fired.filter((f) => f.error).map((f) => `${f.functionName}: ${f.error}`);
    const warned = result.warning ? { warning: result.warning } : {};
    return failures.length ? { ok: true, triggerErrors: failures, ...warned } : { ok: true, ...warned };
  }

  async callServer(fn: string, args: unknown[]): Promise<RunOutcome> {
    try {
      return { ok: true, value: this.emu.callServer(fn, ...args) };
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      return { ok: false, error: { name: error.name, message: error.message } };
    }
  }

  endpoints(): string[] {
    return this.functions;
  }

  async save(path: string): Promise<void> {
    await this.emu.saveXlsx(path);
  }
}
