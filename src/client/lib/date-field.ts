// A date field that reads and writes dd/mm/yyyy whatever the browser's language (a native date input shows
// mm/dd/yyyy under an English browser), with a calendar button that opens the browser's own picker.
import type { IsoDate, UiLang } from '../../shared/api';
import { message } from '../../shared/messages';
import { displayDate, isoFromTyped } from './date-text';
import { h } from './dom';

export interface DateField {
  /** The row to place in the form: the text box and the calendar button. */
  element: HTMLDivElement;
  /** The text box (gets the field's id and error state). */
  input: HTMLInputElement;
  set(iso: IsoDate | ''): void;
  /** 'yyyy-mm-dd', '' when empty, null when what is typed is not a date. */
  value(): IsoDate | '' | null;
  setDisabled(disabled: boolean): void;
}

export function dateField(lang: UiLang, name: string, max: IsoDate, onChange: () => void): DateField {
  const input = h('input', {
    attrs: {
      type: 'text',
      name,
      inputmode: 'numeric',
      autocomplete: 'off',
      placeholder: message(lang, 'datePlaceholder'),
    },
  });
  const native = h('input', { attrs: { type: 'date', max, tabindex: '-1', 'aria-hidden': 'true' } });
  const button = h('button', {
    class: 'picker',
    // Out of the tab order: from the keyboard the date is typed; the calendar is for the mouse.
    attrs: {
      type: 'button',
      tabindex: '-1',
      title: message(lang, 'pickDate'),
      'aria-label': message(lang, 'pickDate'),
    },
    text: '📅',
  });
  button.addEventListener('click', () => {
    const iso = isoFromTyped(input.value);
    native.value = iso || max;
    const picker = native as HTMLInputElement & { showPicker?: () => void };
    if (picker.showPicker) picker.showPicker();
    else native.focus();
  });
  native.addEventListener('change', () => {
    input.value = displayDate(native.value as IsoDate | '');
    onChange();
  });
  input.addEventListener('input', onChange);
  return {
    element: h('div', { class: 'date-row' }, [input, button, native]),
    input,
    set: (iso) => void (input.value = displayDate(iso)),
    value: () => isoFromTyped(input.value),
    setDisabled: (disabled) => {
      input.disabled = disabled;
      button.disabled = disabled;
    },
  };
}
