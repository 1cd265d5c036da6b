// The state one form call works on: the workbook, who is asking, in which language, and the analysed tables.
import type { IsoDate, UiLang, UnitOption } from '../../shared/api';
import { message } from '../../shared/messages';
import { analyse } from '../../core/analyse';
import { isoFromDay } from '../../core/dates';
import type { Analysis, Day, Unit } from '../../core/model';
import { canUpdateUnit, isAdministrator, UnitDirectory } from '../../core/permissions';
import { UNITS, type SheetDef } from '../../core/schema';
import { LIMITS } from '../../shared/api';
import type { Outcome } from '../../shared/api';
import { endpoint, refuse } from './request';
import { userEmail } from '../session';
import { readColumns } from '../table-columns';
import { Workbook } from '../workbook';

/** The Units' columns a form uses: who may update a unit, its type and pilot flag, the dates its deadlines count from. */
const UNIT_KEYS = ['unitId', 'name', 'type', 'parentId', 'congressDate', 'congressDays', 'pilot', 'editors'];

export class FormContext {
  readonly wb: Workbook;
  readonly email: string;
  readonly today: Day;
  analysis!: Analysis;
  directory!: UnitDirectory<Unit>;

  constructor(readonly lang: UiLang) {
    this.wb = Workbook.open('few');
    this.email = userEmail({ quiet: true });
    this.today = this.wb.today();
  }

  get todayIso(): IsoDate {
    return isoFromDay(this.today);
  }

  get timeZone(): string {
    return this.wb.timeZone;
  }

  /** Reads the sheets (each once per execution; of the Units the columns a form uses) and analyses them. */
  load(defs: readonly SheetDef[]): Analysis {
    const grids = defs.map((def) => (def.id === UNITS.id ? readColumns(this.wb, UNITS, UNIT_KEYS) : this.wb.read(def)));
    this.analysis = analyse(
      grids.flatMap((read) => (read ? [read.grid] : [])),
      { timeZone: this.wb.timeZone, today: this.today },
    );
    this.directory = new UnitDirectory(this.analysis.inputs.units);
    return this.analysis;
  }

  get workbookLang(): Analysis['lang'] {
    return this.analysis.lang;
  }

  isAdmin(): boolean {
    return isAdministrator(this.email, this.analysis.inputs.settings);
  }

  unitOptions(): UnitOption[] {
    const settings = this.analysis.inputs.settings;
    return this.directory.units
      .filter((u) => canUpdateUnit(this.email, u.id, this.directory, settings).allowed)
      .map((u) => ({ id: u.id, name: u.name, type: u.type }));
  }

  /** Why the user has no unit to update (shown instead of an empty form). */
  notice(units: readonly UnitOption[]): string | undefined {
    if (units.length > 0) return undefined;
    // A workbook not set up (no Units sheet) or not filled in yet: Thiết lập and Đơn vị come first.
    const inputs = this.analysis.inputs;
    if (inputs.units.length === 0) return message(this.lang, inputs.layouts.units ? 'noUnitsYet' : 'notSetUp');
    if (this.analysis.inputs.settings.restrictUpdates && this.email === '') return message(this.lang, 'noEmail');
    return message(this.lang, 'noUnits');
  }

  /** The unit, after the permission check of docs/workbook.md §9; refuses an unknown unit, no email or a stranger. */
  authorisedUnit(unitId: string): Unit {
    const decision = canUpdateUnit(this.email, unitId, this.directory, this.analysis.inputs.settings);
    const unit = this.directory.get(unitId);
    if (!unit || (!decision.allowed && decision.reason === 'unknownUnit')) {
      refuse(this.lang, 'notFound', 'unitUnknown', { id: unitId.slice(0, LIMITS.id) }, { field: 'unitId' });
    }
    if (!decision.allowed) {
      if (decision.reason === 'noEmail') refuse(this.lang, 'forbidden', 'noEmail');
      refuse(this.lang, 'forbidden', 'forbidden', { email: this.email, unit: `${unit.name} (${unit.id})` });
    }
    return unit;
  }
}

/** An endpoint body on a FormContext; the remembered sheet names are written back when they changed. */
export function formEndpoint<T>(body: (ctx: FormContext, lang: UiLang) => T): Outcome<T> {
  return endpoint((lang) => {
    const ctx = new FormContext(lang);
    const value = body(ctx, lang);
    ctx.wb.flushProperties();
    return value;
  });
}

/** A unit ID given as a bare argument (unitMilestones, unitTargets): text, not blank, not too long. */
export function checkUnitIdArgument(lang: UiLang, unitId: unknown): string {
  if (typeof unitId !== 'string') refuse(lang, 'invalid', 'fieldNotText', { field: 'unitId' }, { field: 'unitId' });
  if (unitId.trim() === '') refuse(lang, 'invalid', 'blankId', { field: 'unitId' }, { field: 'unitId' });
  if (unitId.length > LIMITS.id) {
    refuse(lang, 'invalid', 'tooLong', { label: 'unitId', length: unitId.length, max: LIMITS.id }, { field: 'unitId' });
  }
  return unitId.trim();
}
