// Direct edits in the sheet (docs/workbook.md §8.2): the installable on-edit trigger, owned by an administrator. It finds
// which of the add-on's sheets was edited and hands the edit on: Tiến độ and Thi đua to edit-generated.ts,
// the input sheets to edit-inputs.ts. Only the recorded trigger acts (another user's older one stays inert).
import { matchesLabel, sheetNameLang } from '../core/tables';
import {
  CUTOFFS,
  EMULATION,
  HOLIDAYS,
  MILESTONES,
  PROGRESS,
  SETTINGS,
  TARGETS,
  UNITS,
  type Lang,
  type SheetDef,
} from '../core/schema';
import { editedBlock, type EditContext, type EditEvent } from './edit-event';
import { generatedSheetEdit } from './edit-generated';
import { inputSheetEdit } from './edit-inputs';
import { editorEmail, userEmail } from './session';
import { mayManageTriggers } from '../core/permissions';
import { currentSettings } from './trigger-owner';
import { EDIT_TRIGGER, installTrigger, type Installed } from './triggers';
import { Workbook } from './workbook';

const WATCHED: readonly SheetDef[] = [PROGRESS, EMULATION, UNITS, MILESTONES, CUTOFFS, TARGETS, SETTINGS, HOLIDAYS];

/**
 * Installs (or keeps) the on-edit trigger for the current user, an administrator (anyone while no
 * administrator is listed), and records it as the one that acts. Anyone else is refused: `{ refused: true }`.
 */
export function ensureEditTrigger(): Installed | { refused: true } {
  const email = userEmail();
  if (!mayManageTriggers(email, currentSettings(Workbook.open('few')))) return { refused: true };
  return installTrigger(EDIT_TRIGGER, email);
}

/** The installable on-edit handler. Never throws: a failing trigger would only e-mail its owner. */
export function onEditInstalled(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    handleEdit(e as EditEvent);
  } catch (error) {
    console.error(`onEditInstalled: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function handleEdit(e: EditEvent): void {
  const wb = new Workbook(e.source, 'few');
  if (e.triggerUid) {
    // One read of the document properties serves this check and the remembered sheet names.
    const active = wb.property(EDIT_TRIGGER.property);
    if (active && active !== String(e.triggerUid)) return;
  }
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  const def = WATCHED.find((d) => matchesLabel(name, d));
  if (!def) return;
  wb.noteFound(def, sheet, name);
  const block = editedBlock(e.range);
  const lang: Lang = wb.langProperty() ?? sheetNameLang(name, def) ?? 'vi';
  const ctx: EditContext = {
    e,
    wb,
    sheet,
    name,
    def,
    block,
    lang,
    email: editorEmail(e),
    single: block.rows === 1 && block.cols === 1,
    now: new Date(),
  };
  if (def.id === 'progress' || def.id === 'emulation') generatedSheetEdit(ctx);
  else inputSheetEdit(ctx);
}
