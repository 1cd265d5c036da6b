// Protection of a range or a sheet, and the User objects of its editors.
import type { ProtectionData } from '../model';
import type { SheetModel } from '../workbook';
import type { Ctx } from './context';
import { Range } from './range';

export class User {
  _email: string;
  constructor(email: string) {
    this._email = email;
  }
  getEmail(): string {
    return this._email;
  }
  getUsername(): string {
    return this._email.split('@')[0] ?? '';
  }
}

export class Protection {
  _ctx: Ctx;
  _sheet: SheetModel;
  _data: ProtectionData;
  constructor(ctx: Ctx, sheet: SheetModel, data: ProtectionData) {
    this._ctx = ctx;
    this._sheet = sheet;
    this._data = data;
  }
  getProtectionType(): string {
    return this._data.type;
  }
  getRange(): Range {
    const g = this._data.range ?? {
      row: 1,
      column: 1,
      numRows: this._sheet.maxRows,
      numColumns: this._sheet.maxColumns,
    };
    return new Range(this._ctx, this._sheet, g.row, g.column, g.numRows, g.numColumns);
  }
  setDescription(d: unknown): Protection {
    this._data.description = String(d ?? '');
    return this;
  }
  getDescription(): string {
    return this._data.description;
  }
  setWarningOnly(w: unknown): Protection {
    this._data.warningOnly = Boolean(w);
    return this;
  }
  isWarningOnly(): boolean {
    return this._data.warningOnly;
  }
  private email(u: unknown): string {
    return u instanceof User ? u.getEmail() : String(u);
  }
  addEditor(u: unknown): Protection {
    const e = this.email(u);
    if (!this._data.editors.includes(e)) this._data.editors.push(e);
    this._data.restricted = true;
    return this;
  }
  addEditors(us: unknown): Protection {
    for (const u of Array.isArray(us) ? us : []) this.addEditor(u);
    return this;
  }
  /** Neither the spreadsheet's owner nor the user running the script is removed (see Google's sample). */
  removeEditor(u: unknown): Protection {
    const e = this.email(u).toLowerCase();
    const kept = [this._ctx.wb.owner ?? '', this._ctx.env.effectiveUser().email].map((x) => x.toLowerCase());
    if (!kept.includes(e)) this._data.editors = this._data.editors.filter((x) => x.toLowerCase() !== e);
    this._data.restricted = true;
    return this;
  }
  removeEditors(us: unknown): Protection {
    for (const u of Array.isArray(us) ? us : []) this.removeEditor(u);
    return this;
  }
  /** A warning-only protection has no editors: everyone may edit after the warning. */
  getEditors(): User[] {
    if (this._data.warningOnly) return [];
    return this._data.editors.map((e) => new User(e));
  }
  setDomainEdit(b: unknown): Protection {
    this._data.domainEdit = Boolean(b);
    this._data.restricted = true;
    return this;
  }
  canDomainEdit(): boolean {
    return this._data.domainEdit;
  }
  canEdit(): boolean {
    return true;
  }
  setUnprotectedRanges(ranges: unknown): Protection {
    this._data.unprotectedRanges = (Array.isArray(ranges) ? ranges : []).map((r) => (r as Range)._grid());
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return this._data.unprotectedRanges.map(
      (g) => new Range(this._ctx, this._sheet, g.row, g.column, g.numRows, g.numColumns),
    );
  }
  remove(): void {
    this._sheet.protections = this._sheet.protections.filter((p) => p !== this._data);
  }
}
