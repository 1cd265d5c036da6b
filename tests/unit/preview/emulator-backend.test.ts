// The preview's backend over the real emulator and bundle: the sample workbook, menus whose questions are
// put to the user before the run is kept, cell edits with validation refusals, google.script.run calls.
import { openPreviewWorkbook } from '../../../tools/preview/open-workbook';
import { EmulatorBackend } from '../../../tools/preview/emulator-backend';
import { Emulator } from '../../../tools/emulator/index';
import { SAMPLE_TODAY } from '../../../src/core/sample/progress';
import { SAMPLE_ADMIN } from '../../../src/core/sample/organisation';
import { STRANGER } from '../../../tools/preview/users';

let backend: EmulatorBackend;

beforeAll(async () => {
  backend = await openPreviewWorkbook({});
}, 60_000);

test('the acting users are the administrator, unit editors and a stranger', () => {
  const users = backend.users();
  expect(users[0]).toEqual({ email: SAMPLE_ADMIN, role: 'Quản trị viên' });
  expect(users.some((u) => u.role.includes('PV01'))).toBe(true);
  expect(users.at(-1)?.email).toBe(STRANGER);
});

test('a menu item asking Yes/No stops at the question; answering runs it with the answer', async () => {
  const emulator = Emulator.create({ today: SAMPLE_TODAY, user: { email: SAMPLE_ADMIN, locale: 'vi' } });
  emulator.open();
  const fresh = new EmulatorBackend({ emulator, workbook: emulator.workbook });
  const asked = await fresh.runMenu('menuSetup', []);
  expect(asked.ok).toBe(false);
  expect(asked.question?.buttons).toBe('YES_NO');
  expect(asked.question?.prompt.length).toBeGreaterThan(10);
  expect(asked.alerts).toEqual([]);
  const answered = await fresh.runMenu('menuSetup', ['YES']);
  expect(answered.question).toBeUndefined();
  expect(answered.error).toBeUndefined();
  const units = fresh.grid('Đơn vị', 100).display.filter((row) => row[0] !== '');
  expect(units.length).toBeGreaterThan(20);
});

test('the grid shows display values, frozen header and effective colours', () => {
  const grid = backend.grid('Đơn vị', 5);
  expect(grid.display[0]?.[0]).toBe('Mã đơn vị');
  expect(grid.display.length).toBe(5);
  expect(grid.truncated).toBe(true);
  expect(grid.frozenRows).toBe(1);
  expect(grid.columnWidths.length).toBe(grid.cols);
});

test('google.script.run calls go through the emulator with Google copying rules', async () => {
  const form = await backend.callServer('progressForm', []);
  expect(form.ok).toBe(true);
  const missing = await backend.callServer('dataIssues_', []);
  expect(missing).toEqual({ ok: false, error: { name: 'Error', message: 'Script function not found: dataIssues_' } });
  expect(backend.endpoints()).toContain('submitProgress');
  expect(backend.endpoints()).not.toContain('dataIssues_');
});

test('switching user reopens the document for them', () => {
  backend.setContext({ email: STRANGER, locale: 'en' });
  expect(backend.context()).toMatchObject({ email: STRANGER, locale: 'en' });
  expect(backend.menu()?.items.some((i) => i.fn === 'menuRefresh')).toBe(true);
  backend.setContext({ email: SAMPLE_ADMIN, locale: 'vi' });
});

test('protected cells are marked for the acting user, and an edit under a warning-only protection reports Google’s warning', async () => {
  const emulator = Emulator.create({ today: SAMPLE_TODAY, user: { email: SAMPLE_ADMIN, locale: 'vi' } });
  emulator.open();
  const fresh = new EmulatorBackend({ emulator, workbook: emulator.workbook });
  await fresh.runMenu('menuSetup', ['YES']);
  const progress = fresh.grid('Tiến độ', 3);
  // Row 2: A Unit ID (the add-on's) is under the warning-only protection; G Status is open.
  expect(progress.protection?.[1]?.[0]).toBe('warning');
  expect(progress.protection?.[1]?.[6]).toBeNull();
  const edited = await fresh.edit('Đơn vị', 'B2', 'Tên thử');
  expect(edited).toEqual({
    ok: true,
    warning: "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.",
  });
  // A range an administrator restricts to themself is refused to a clerk and marked so.
  const sheet = emulator.workbook.requireSheet('Đơn vị');
  sheet.protections.push({
    type: 'RANGE',
    range: { row: 3, column: 1, numRows: 1, numColumns: 2 },
    description: 'riêng',
    warningOnly: false,
    editors: [SAMPLE_ADMIN],
    domainEdit: false,
    unprotectedRanges: [],
    restricted: true,
  });
  fresh.setContext({ email: STRANGER });
  expect(fresh.grid('Đơn vị', 3).protection?.[2]?.[0]).toBe('refused');
  expect((await fresh.edit('Đơn vị', 'A3', 'X')).ok).toBe(false);
  fresh.setContext({ email: SAMPLE_ADMIN });
  expect(fresh.grid('Đơn vị', 3).protection?.[2]?.[0]).toBe('allowed');
}, 120_000);

test('the Summary comes with its charts, their values read from the sheet, and its wrapped header cells', async () => {
  const report = await backend.runMenu('menuReport', []);
  expect(report.error).toBeUndefined();
  const grid = backend.grid('Tổng hợp', 200);
  const charts = grid.charts ?? [];
  expect(charts.map((c) => c.type)).toEqual(['column', 'bar']);
  const byType = charts[0];
  // The sample on 15/05/2020 (README): 9/20 đảng bộ cơ sở, 11/22 chi bộ cơ sở, 77/78 cells have met.
  const held = byType?.series[1]?.values ?? [];
  const at = (type: string) => byType?.categories.indexOf(type) ?? -1;
  expect([held[at('Đảng bộ cơ sở')], held[at('Chi bộ cơ sở')], held[at('Chi bộ trực thuộc')]]).toEqual([9, 11, 77]);
  // The chart sits in column B, right below the table it plots (whose last row is its source range's).
  expect(byType?.anchor.column).toBe(2);
  const header = grid.display.findIndex((row) => row[0] === 'Loại tổ chức');
  expect(header).toBeGreaterThan(0);
  expect(grid.wrap?.[header]?.[0]).toBe(true);
  expect(grid.wrap?.[0]?.[0]).toBe(false);
});
