// Reading the Settings sheet into the model (docs/workbook.md §2.1): each row found, its value checked against
// its fixed list; a setting missing or blank keeps its default.
import { MESSAGES } from './messages';
import type { Settings } from './model';
import { parseBoolean } from './parse';
import { matchFixed, allowed } from './read';
import { DAY_OFF_POLICY, EDIT_POLICY, PROTECT_MODE, SETTING, type SettingKey } from './settings-rows';
import type { SheetReader } from './sheet-reader';

export function defaultSettings(): Settings {
  return {
    organisation: SETTING.organisation.default,
    term: SETTING.term.default,
    warningDays: SETTING.warningDays.default,
    congressMilestone: SETTING.congressMilestone.default,
    administrators: [],
    restrictUpdates: SETTING.restrictUpdates.default,
    deadlineOnDayOff: 'keep',
    protectSheets: SETTING.protectSheets.default,
    onUnpermittedEdit: 'flag',
  };
}

/** Settings rows; the row of each setting found is returned so later checks can point at it. */
export function readSettings(reader: SheetReader): { settings: Settings; rows: Partial<Record<SettingKey, number>> } {
  const settings = defaultSettings();
  const rows: Partial<Record<SettingKey, number>> = {};
  for (const r of reader.rows) {
    const key = matchFixed(reader.text(r, 'setting'), SETTING);
    if (!key || rows[key] !== undefined) continue;
    rows[key] = r;
    const raw = reader.raw(r, 'value');
    const text = reader.text(r, 'value');
    switch (key) {
      case 'organisation':
        settings.organisation = text;
        break;
      case 'term':
        settings.term = text;
        break;
      case 'warningDays': {
        const n = text === '' ? null : reader.number(r, 'value', { integer: true, min: 0 });
        if (n !== null) settings.warningDays = n;
        break;
      }
      case 'congressMilestone':
        if (text !== '') settings.congressMilestone = text;
        break;
      case 'administrators':
        settings.administrators = reader.emails(r, 'value');
        break;
      case 'restrictUpdates': {
        const p = parseBoolean(raw);
        if (!p.ok)
          reader.report(
            'E_VALUE_UNKNOWN',
            r,
            'value',
            MESSAGES.booleanUnknown(text, { vi: SETTING.restrictUpdates.vi, en: SETTING.restrictUpdates.en }),
          );
        else if (p.value !== null) settings.restrictUpdates = p.value;
        break;
      }
      case 'deadlineOnDayOff': {
        const policy = matchFixed(text, DAY_OFF_POLICY);
        if (policy) settings.deadlineOnDayOff = policy;
        else if (text !== '')
          reader.report(
            'E_VALUE_UNKNOWN',
            r,
            'value',
            MESSAGES.valueUnknown(text, SETTING.deadlineOnDayOff, allowed(DAY_OFF_POLICY)),
          );
        break;
      }
      case 'protectSheets': {
        const mode = matchFixed(text, PROTECT_MODE);
        if (mode) settings.protectSheets = mode;
        else if (text !== '')
          reader.report(
            'E_VALUE_UNKNOWN',
            r,
            'value',
            MESSAGES.valueUnknown(text, SETTING.protectSheets, allowed(PROTECT_MODE)),
          );
        break;
      }
      case 'onUnpermittedEdit': {
        const policy = matchFixed(text, EDIT_POLICY);
        if (text !== '' && policy === null)
          reader.report(
            'E_VALUE_UNKNOWN',
            r,
            'value',
            MESSAGES.valueUnknown(text, SETTING.onUnpermittedEdit, allowed(EDIT_POLICY)),
          );
        settings.onUnpermittedEdit = policy ?? 'flag';
        break;
      }
    }
  }
  return { settings, rows };
}
