import { setup } from './spreadsheet-helpers';

const RED = '#f4c7c3';
const GREEN = '#b7e1cd';
const AMBER = '#fce8b2';

describe('conditional formatting', () => {
  test('setConditionalFormatRules replaces the whole list', () => {
    const { app, sheet } = setup();
    const rule = (color: string, text: string) =>
      app
        .newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground(color)
        .setRanges([sheet.getRange('A1:A10')])
        .build();
    sheet.setConditionalFormatRules([rule(RED, 'a')]);
    sheet.setConditionalFormatRules([rule(GREEN, 'b')]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.getBooleanCondition()!.getCriteriaValues()).toEqual(['b']);
    expect(rules[0]!.getBooleanCondition()!.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_EQUAL_TO);
    expect(rules[0]!.getBooleanCondition()!.getBackgroundObject()!.asRgbColor().asHexString()).toBe(GREEN);
    expect(rules[0]!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A10']);
  });

  test('first matching rule wins; custom formulas shift relative to each range top-left', () => {
    const { app, sheet, wb } = setup({ sheetNames: ['Tiến độ'] });
    sheet.getRange('A1:B5').setValues([
      ['Hạn', 'Tình trạng'],
      ['x', 'Quá hạn'],
      ['y', 'Sắp đến hạn'],
      ['z', 'Trong hạn'],
      ['w', 'Quá hạn'],
    ]);
    sheet.getRange('A3').setBackground('#0000ff');
    const ranges = [sheet.getRange('A2:B5')];
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2="Quá hạn"')
        .setBackground(RED)
        .setRanges(ranges)
        .build(),
      // would also match row 2 and 5, but comes second
      app.newConditionalFormatRule().whenFormulaSatisfied('=LEN($B2)>5').setBackground(AMBER).setRanges(ranges).build(),
    ]);
    expect(wb.effectiveBackgrounds('Tiến độ')).toEqual([
      [null, null],
      [RED, RED],
      [AMBER, AMBER],
      [AMBER, AMBER],
      [RED, RED],
    ]);
    // relative column reference: B2 for the A column, C2 for the B column
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=B2="Quá hạn"')
        .setBackground(GREEN)
        .setRanges(ranges)
        .build(),
    ]);
    expect(wb.effectiveBackgrounds('Tiến độ', 'A2:B3')).toEqual([
      [GREEN, null],
      ['#0000ff', null],
    ]);
  });

  test('rules over TODAY() change colour as the clock moves', () => {
    const { app, sheet, wb, env } = setup({ now: '2020-06-29T03:00:00Z' });
    sheet.getRange('A1').setValue('30/06/2020');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=A1<TODAY()')
        .setBackground(RED)
        .setRanges([sheet.getRange('A1:A1')])
        .build(),
    ]);
    expect(wb.effectiveBackgrounds('Sheet1')).toEqual([[null]]);
    env.setNow('2020-07-01T03:00:00Z');
    expect(wb.effectiveBackgrounds('Sheet1')).toEqual([[RED]]);
  });

  test('insertRows grows rule ranges that span the insertion point', () => {
    const { app, sheet } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground(RED)
        .setRanges([sheet.getRange('A2:A10'), sheet.getRange('C5:C6')])
        .build(),
    ]);
    sheet.insertRowsAfter(3, 2);
    expect(
      sheet
        .getConditionalFormatRules()[0]!
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A2:A12', 'C7:C8']);
  });

  test('a 5,000-row sheet gets its effective colours quickly', () => {
    const { app, sheet, wb } = setup();
    sheet.insertRowsAfter(1000, 4100);
    const rows = Array.from({ length: 5000 }, (_, i) => [
      44000 + i,
      ['Quá hạn', 'Sắp đến hạn', 'Trong hạn'][i % 3]!,
      i % 2 === 0 ? 'Hoàn thành' : '',
    ]);
    sheet.getRange(2, 1, 5000, 3).setValues(rows);
    const range = [sheet.getRange('A2:B5001')];
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$C2="Hoàn thành"')
        .setBackground(GREEN)
        .setRanges(range)
        .build(),
      app.newConditionalFormatRule().whenFormulaSatisfied('=$B2="Quá hạn"').setBackground(RED).setRanges(range).build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2="Sắp đến hạn"')
        .setBackground(AMBER)
        .setRanges(range)
        .build(),
    ]);
    const t = Date.now();
    const bg = wb.effectiveBackgrounds('Sheet1');
    const ms = Date.now() - t;
    expect(bg[1]).toEqual([GREEN, GREEN, null]); // row 2: i=0 done
    expect(bg[2]).toEqual([AMBER, AMBER, null]); // i=1 due soon, not done
    expect(bg[4]).toEqual([RED, RED, null]); // i=3 overdue, not done
    expect(ms).toBeLessThan(3000);
  });
});

describe('data validation', () => {
  test('builder round-trip: criteria, values, allowInvalid, help text', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Hoàn thành', 'Đang thực hiện'], true)
      .setAllowInvalid(false)
      .setHelpText('Chọn trạng thái')
      .build();
    sheet.getRange('A2:A10').setDataValidation(rule);
    const got = sheet.getRange('A5').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['Hoàn thành', 'Đang thực hiện'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Chọn trạng thái');
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    expect(got.copy().requireDate().build().getCriteriaType()).toBe('DATE_IS_VALID_DATE');
  });

  test('typeInto rejects values off a strict list with Google wording and keeps the old value', () => {
    const { app, sheet, wb } = setup();
    sheet.getRange('A1').setValue('Đang thực hiện');
    sheet
      .getRange('A1:A3')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['Hoàn thành', 'Đang thực hiện']).setAllowInvalid(false).build(),
      );
    const bad = wb.typeInto('Sheet1', 'A1', 'Xong');
    expect(bad.ok).toBe(false);
    expect(bad.message).toBe('There was a problem\nInput must be an item on the specified list');
    expect(sheet.getRange('A1').getValue()).toBe('Đang thực hiện');
    const good = wb.typeInto('Sheet1', 'A1', 'Hoàn thành');
    expect(good).toEqual({ ok: true, oldValue: 'Đang thực hiện', newValue: 'Hoàn thành' });
    // script writes are not checked (Sheets only marks them)
    sheet.getRange('A2').setValue('Xong');
    expect(sheet.getRange('A2').getValue()).toBe('Xong');
  });

  test('help text replaces the reason; invalid-but-allowed input is stored', () => {
    const { app, sheet, wb } = setup();
    sheet
      .getRange('B1')
      .setDataValidation(
        app.newDataValidation().requireDate().setAllowInvalid(false).setHelpText('Nhập ngày dd/mm/yyyy').build(),
      );
    expect(wb.typeInto('Sheet1', 'B1', 'mai').message).toBe('There was a problem\nNhập ngày dd/mm/yyyy');
    const ok = wb.typeInto('Sheet1', 'B1', '30/6/2020');
    expect(ok.ok).toBe(true);
    expect((ok.newValue as Date).toISOString()).toBe('2020-06-29T17:00:00.000Z');
    sheet.getRange('C1').setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
    const warn = wb.typeInto('Sheet1', 'C1', '-5');
    expect(warn).toEqual({ ok: true, oldValue: '', newValue: -5, invalid: true });
    sheet
      .getRange('D1')
      .setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build());
    expect(wb.typeInto('Sheet1', 'D1', '-5').message).toBe(
      'There was a problem\nInput must be a number greater than or equal to 0',
    );
    expect(wb.typeInto('Sheet1', 'D1', '1.103').newValue).toBe(1103);
    expect(wb.typeInto('Sheet1', 'D1', '').ok).toBe(true);
  });

  test('custom-formula validation is relative to the rule range', () => {
    const { app, sheet, wb } = setup();
    sheet.getRange('A1:A2').setValues([[10], [20]]);
    sheet
      .getRange('B1:B2')
      .setDataValidation(app.newDataValidation().requireFormulaSatisfied('=B1<=A1').setAllowInvalid(false).build());
    expect(wb.typeInto('Sheet1', 'B2', '15').ok).toBe(true);
    expect(wb.typeInto('Sheet1', 'B1', '15').ok).toBe(false);
    expect(sheet.getRange('B1').getValue()).toBe('');
  });
});

describe('conditional formatting evaluation paths agree', () => {
  test('direct comparison rules behave like the engine (case, blanks, numbers vs text)', () => {
    const { app, sheet, wb } = setup();
    sheet.getRange('A1:A6').setValues([['QUÁ HẠN'], [''], [5], ['5'], [true], ['quá hạn ']]);
    const rule = (f: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(f)
        .setBackground(RED)
        .setRanges([sheet.getRange('B1:B6')])
        .build();
    const run = (f: string) => {
      sheet.setConditionalFormatRules([rule(f)]);
      return wb.effectiveBackgrounds('Sheet1', 'B1:B6').map((r) => r[0] === RED);
    };
    // the same test through the engine path (wrapped in AND so the direct path does not apply)
    for (const f of ['=$A1="quá hạn"', '=$A1=""', '=$A1>4', '=$A1=5', '=$A1<>"5"', '=$A1=TRUE']) {
      const inner = f.slice(1);
      expect({ f, direct: run(f) }).toEqual({ f, direct: run(`=AND(${inner},TRUE)`) });
    }
    expect(run('=$A1="quá hạn"')).toEqual([true, false, false, false, false, false]);
    expect(run('=$A1>4')).toEqual([true, false, true, true, true, true]); // text and booleans sort after numbers
  });
});
