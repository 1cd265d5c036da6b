// The sidebar's shared pieces: the message banner (loading, error with an action, success toast) and the
// busy state of a form. Text only; no HTML strings.
import { h, replaceChildren } from './dom';

export interface BannerAction {
  label: string;
  run: () => void;
}

export type BannerKind = 'info' | 'error' | 'success';

export class Banner {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly element: HTMLElement) {}

  show(kind: BannerKind, text: string, action?: BannerAction, autoHideMs?: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.element.className = `banner banner-${kind}`;
    this.element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const button = action
      ? h('button', { class: 'link-button', attrs: { type: 'button' }, text: action.label, on: { click: action.run } })
      : null;
    replaceChildren(this.element, h('span', { class: 'banner-text', text }), button);
    this.element.hidden = false;
    if (button) button.focus();
    if (autoHideMs) this.timer = setTimeout(() => this.hide(), autoHideMs);
  }

  hide(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.element.hidden = true;
    replaceChildren(this.element);
  }
}

/** Disables every control of a form while a call is running and shows the label on its submit button. */
export function setBusy(form: HTMLFormElement, busy: boolean, submitLabel: string): void {
  form.setAttribute('aria-busy', String(busy));
  for (const control of Array.from(form.elements)) {
    if (
      control instanceof HTMLButtonElement ||
      control instanceof HTMLInputElement ||
      control instanceof HTMLSelectElement ||
      control instanceof HTMLTextAreaElement
    ) {
      control.disabled = busy || control.dataset.locked === 'true';
    }
  }
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]');
  if (submit) submit.textContent = submitLabel;
}

/** Marks a field invalid with its message (aria-invalid + aria-describedby), or clears every mark. */
export function markInvalid(form: HTMLFormElement, field: string | undefined, text?: string): void {
  for (const el of Array.from(form.querySelectorAll('[aria-invalid=true]'))) el.removeAttribute('aria-invalid');
  for (const el of Array.from(form.querySelectorAll('.field-error'))) {
    el.textContent = '';
    (el as HTMLElement).hidden = true;
  }
  if (!field) return;
  const control = form.querySelector<HTMLElement>(`[name="${field}"]`);
  if (!control) return;
  control.setAttribute('aria-invalid', 'true');
  const error = form.querySelector<HTMLElement>(`#${field}-error`);
  if (error && text) {
    error.textContent = text;
    error.hidden = false;
  }
  control.focus();
}
