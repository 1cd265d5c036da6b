// The SpreadsheetApp and Charts globals.
import type { EmulatorEnv } from '../../env';
import { normalizeColor } from '../colors';
import { DataValidationCriteria } from '../validation';
import type { Workbook } from '../workbook';
import { Color, ConditionalFormatRuleBuilder } from './conditional-format';
import { fail, type Ctx } from './context';
import { DataValidationBuilder } from './data-validation';
import {
  BooleanCriteria,
  BorderStyle,
  ChartType,
  CopyPasteType,
  Dimension,
  InterpolationType,
  names,
  ProtectionType,
  RelativeDate,
  SheetType,
  TextDirection,
  WrapStrategy,
} from './enums';
import type { Range } from './range';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';

export class SpreadsheetApp {
  _ctx: Ctx;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;
  readonly RelativeDate = RelativeDate;
  readonly CopyPasteType = CopyPasteType;
  readonly InterpolationType = InterpolationType;
  readonly TextDirection = TextDirection;
  readonly ChartType = ChartType;

  constructor(ctx: Ctx) {
    this._ctx = ctx;
  }
  getActive(): Spreadsheet {
    return new Spreadsheet(this._ctx);
  }
  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this._ctx);
  }
  getActiveSheet(): Sheet {
    return new Spreadsheet(this._ctx).getActiveSheet();
  }
  getActiveRange(): Range {
    return new Spreadsheet(this._ctx).getActiveRange();
  }
  getCurrentCell(): Range {
    return new Spreadsheet(this._ctx).getActiveCell();
  }
  setActiveSheet(sheet: unknown): Sheet {
    return new Spreadsheet(this._ctx).setActiveSheet(sheet);
  }
  setActiveRange(range: unknown): Range {
    return (range as Range).activate();
  }
  openById(id: unknown): Spreadsheet {
    if (String(id) !== this._ctx.wb.id)
      fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return new Spreadsheet(this._ctx);
  }
  getUi(): unknown {
    return this._ctx.getUi();
  }
  flush(): void {
    this._ctx.wb.syncClock();
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._ctx);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this._ctx);
  }
  newColor(): { setRgbColor(hex: string): { build(): Color } } {
    return { setRgbColor: (hex: string) => ({ build: () => new Color(normalizeColor(hex) ?? '#000000') }) };
  }
}

export interface SpreadsheetAppDeps {
  getUi(): unknown;
  env: EmulatorEnv;
}

/** The global `SpreadsheetApp` of a script bound to `workbook`. */
export function createSpreadsheetApp(workbook: Workbook, deps: SpreadsheetAppDeps): SpreadsheetApp {
  return new SpreadsheetApp({ wb: workbook, env: deps.env, getUi: deps.getUi, selection: new Map() });
}

/** `Charts` global (only its enums are used by scripts that build embedded charts). */
export function createChartsService(): { ChartType: typeof ChartType; Position: Record<string, string> } {
  return { ChartType, Position: names('TOP', 'RIGHT', 'BOTTOM', 'NONE', 'LEFT', 'IN') };
}
