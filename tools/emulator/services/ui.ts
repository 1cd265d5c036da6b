// SpreadsheetApp.getUi(): menus recorded as a tree, alerts and prompts answered from a scripted queue,
// sidebars and dialogs recorded with their HTML, toasts collected.
import type { Toast } from '../env';
import { HtmlOutput } from './html';
import { AppsScriptError } from './runtime';

export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const);
export type ButtonName = keyof typeof Button;
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const);
export type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  /** 'addon' for createAddonMenu (shown under Extensions › <add-on name>), 'menu' for createMenu. */
  kind: 'addon' | 'menu';
  caption: string;
  items: MenuEntry[];
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttonSet: ButtonSetName;
  answer: ButtonName;
  /** Text typed into a prompt. */
  text?: string;
  /** True when the queue was empty and the default answer was used. */
  unexpected: boolean;
}

export interface HtmlShown {
  title: string;
  html: string;
  width: number | null;
  height: number | null;
  output: HtmlOutput;
}

/** A scripted answer: a button name, or for prompts the button and the typed text. */
export type ScriptedAnswer = ButtonName | { button: ButtonName; text?: string };

export class UiRecorder {
  menus: MenuRecord[] = [];
  alerts: AlertRecord[] = [];
  toasts: Toast[] = [];
  sidebars: HtmlShown[] = [];
  dialogs: (HtmlShown & { modal: boolean })[] = [];
  private answers: ScriptedAnswer[] = [];
  /** Used when the queue is empty: null means OK when the dialog has an OK button, else CLOSE. */
  defaultAnswer: ScriptedAnswer | null = null;

  /** Queues answers for the next alerts/prompts, in order. */
  answerAlerts(answers: ScriptedAnswer[]): void {
    this.answers.push(...answers);
  }

  pendingAnswers(): number {
    return this.answers.length;
  }

  /** The add-on menu (createAddonMenu), if one was added. */
  addonMenu(): MenuRecord | undefined {
    return this.menus.find((m) => m.kind === 'addon');
  }

  /** Function names of every item of every menu, depth first. */
  menuFunctions(): string[] {
    const out: string[] = [];
    const walk = (items: MenuEntry[]) => {
      for (const item of items) {
        if (item.type === 'item') out.push(item.functionName);
        else if (item.type === 'submenu') walk(item.items);
      }
    };
    for (const menu of this.menus) walk(menu.items);
    return out;
  }

  clear(): void {
    this.menus = [];
    this.alerts = [];
    this.toasts = [];
    this.sidebars = [];
    this.dialogs = [];
  }

  next(buttonSet: ButtonSetName): { button: ButtonName; text: string; unexpected: boolean } {
    const allowed = BUTTONS_OF[buttonSet];
    const scripted = this.answers.shift();
    const unexpected = scripted === undefined;
    const answer = scripted ?? this.defaultAnswer ?? (allowed.includes('OK') ? 'OK' : 'CLOSE');
    const button = typeof answer === 'string' ? answer : answer.button;
    const text = typeof answer === 'string' ? '' : (answer.text ?? '');
    if (button !== 'CLOSE' && !allowed.includes(button)) {
      throw new Error(`Scripted answer ${button} is not a button of ButtonSet.${buttonSet} (${allowed.join(', ')})`);
    }
    return { button, text, unexpected };
  }
}

export class PromptResponse {
  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): ButtonName {
    return this.button;
  }
}

export class Menu {
  private readonly items: MenuEntry[] = [];

  constructor(
    private readonly recorder: UiRecorder,
    private readonly kind: 'addon' | 'menu',
    private readonly caption: string,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    if (typeof functionName !== 'string' || functionName === '')
      throw new AppsScriptError('Invalid argument: functionName');
    this.items.push({ type: 'item', caption: String(caption), functionName });
    return this;
  }

  addSeparator(): Menu {
    this.items.push({ type: 'separator' });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    this.items.push({ type: 'submenu', caption: menu.caption, items: menu.items });
    return this;
  }

  addToUi(): void {
    const record: MenuRecord = { kind: this.kind, caption: this.caption, items: structuredClone(this.items) };
    const same = this.recorder.menus.findIndex(
      (m) => m.kind === record.kind && (m.kind === 'addon' || m.caption === record.caption),
    );
    if (same >= 0) this.recorder.menus[same] = record;
    else this.recorder.menus.push(record);
  }
}

function isButtonSet(value: unknown): value is ButtonSetName {
  return typeof value === 'string' && value in BUTTONS_OF;
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly recorder: UiRecorder,
    private readonly addonName = 'Add-on',
  ) {}

  createAddonMenu(): Menu {
    return new Menu(this.recorder, 'addon', this.addonName);
  }

  createMenu(caption: string): Menu {
    return new Menu(this.recorder, 'menu', String(caption));
  }

  /** alert(prompt) · alert(prompt, buttons) · alert(title, prompt, buttons) */
  alert(a: string, b?: unknown, c?: unknown): ButtonName {
    const { title, prompt, buttonSet } = this.dialogArgs(a, b, c, 'OK');
    const { button, unexpected } = this.recorder.next(buttonSet);
    this.recorder.alerts.push({ kind: 'alert', title, prompt, buttonSet, answer: button, unexpected });
    return button;
  }

  /** prompt(prompt) · prompt(prompt, buttons) · prompt(title, prompt, buttons) */
  prompt(a: string, b?: unknown, c?: unknown): PromptResponse {
    const { title, prompt, buttonSet } = this.dialogArgs(a, b, c, 'OK');
    const { button, text, unexpected } = this.recorder.next(buttonSet);
    this.recorder.alerts.push({ kind: 'prompt', title, prompt, buttonSet, answer: button, text, unexpected });
    return new PromptResponse(button, text);
  }

  showSidebar(output: HtmlOutput): void {
    this.recorder.sidebars.push(shown(output));
  }

  showModalDialog(output: HtmlOutput, title: string): void {
    this.recorder.dialogs.push({ ...shown(output), title: String(title), modal: true });
  }

  showModelessDialog(output: HtmlOutput, title: string): void {
    this.recorder.dialogs.push({ ...shown(output), title: String(title), modal: false });
  }

  private dialogArgs(
    a: string,
    b: unknown,
    c: unknown,
    fallback: ButtonSetName,
  ): { title: string; prompt: string; buttonSet: ButtonSetName } {
    if (c !== undefined) {
      if (!isButtonSet(c)) throw new AppsScriptError('Invalid argument: buttons');
      return { title: String(a), prompt: String(b), buttonSet: c };
    }
    if (b !== undefined) {
      if (!isButtonSet(b)) throw new AppsScriptError('Invalid argument: buttons');
      return { title: '', prompt: String(a), buttonSet: b };
    }
    return { title: '', prompt: String(a), buttonSet: fallback };
  }
}

function shown(output: HtmlOutput): HtmlShown {
  if (!(output instanceof HtmlOutput)) throw new AppsScriptError('Invalid argument: userInterface');
  return {
    title: output.getTitle(),
    html: output.getContent(),
    width: output.getWidth(),
    height: output.getHeight(),
    output,
  };
}
