// Menu Làm mới bảng theo dõi (docs/workbook.md §8): validate, then build or refresh the Progress and Emulation sheets.
// Rows stay where users put them; computed cells are updated in place and only where they changed; new
// (unit, milestone) and (unit, target) pairs are appended in one block; orphaned rows are archived whole
// (archive first, then delete, so a re-run after a failure in between archives nothing twice) and audited.
// Users' columns are never written.
import { clearTypedOverMark } from './typed-over';
import type { Lang } from '../core/schema';
import { runMenuAction } from './action';
import { withDocumentLock } from './lock';
import { keepProtections } from './protections';
import { refreshSheet, type RunContext, type SheetOutcome } from './refresh-sheet';
import { emulationSpec, progressSpec } from './refresh-wanted';
import { say, toast, UI } from './texts';
import { userEmail, userLang as uiLang } from './session';
import { countFindings, writeIssues } from './validate';
import { rememberWidths } from './table-widths';
import { LANG_PROPERTY, Workbook } from './workbook';

export interface RefreshOutcome {
  lang: Lang;
  errors: number;
  warnings: number;
  sheets: SheetOutcome[];
}

export function menuRefresh(): void {
  runMenuAction(() => {
    const ui = uiLang();
    const book = Workbook.open();
    const outcome = withDocumentLock(() => refreshWorkbook(book), { toEnd: true });
    const added = outcome.sheets.reduce((n, s) => n + s.added, 0);
    const changed = outcome.sheets.reduce((n, s) => n + s.changedCells, 0);
    const archived = outcome.sheets.reduce((n, s) => n + s.archived, 0);
    const lines = [
      added + changed + archived === 0 ? say(UI.nothingChanged, ui) : say(UI.refreshed(added, changed, archived), ui),
      ...outcome.sheets.filter((s) => s.skipped).map((s) => say(UI.skipped(s.sheet, s.skipped ?? ''), ui)),
      ...outcome.sheets
        .map(
          (s) => s.notEvaluated && say(UI.standingNotEvaluated(s.sheet, s.notEvaluated.cell, s.notEvaluated.value), ui),
        )
        .filter((l): l is string => !!l),
      say(UI.findings(outcome.errors, outcome.warnings), ui),
    ];
    toast(lines.join(' '), ui, 10, book.ss);
  });
}

/** Validate and refresh both generated sheets. The caller holds the document lock. */
export function refreshWorkbook(book: Workbook): RefreshOutcome {
  const analysis = book.analyse({ formulas: true });
  const lang = analysis.lang;
  if (!book.langProperty()) book.setProperties({ [LANG_PROPERTY]: lang }, true);
  writeIssues(book, analysis, true);
  let user: string | null = null;
  const context: RunContext = {
    book,
    analysis,
    lang,
    user: () => (user ??= userEmail()),
    now: new Date(),
  };
  const sheets = [refreshSheet(context, progressSpec(analysis)), refreshSheet(context, emulationSpec(analysis))];
  // Settings' Protect sheets (docs/workbook.md §9), on the tables as this run left them.
  const [progress, emulation] = sheets;
  keepProtections(book, analysis.inputs.settings, lang, {
    known: { progress: progress?.table, emulation: emulation?.table },
  });
  rememberWidths(book, { progress: progress?.table, emulation: emulation?.table });
  clearTypedOverMark(book);
  book.flushProperties();
  const counts = countFindings(analysis.findings);
  return { lang, ...counts, sheets };
}
