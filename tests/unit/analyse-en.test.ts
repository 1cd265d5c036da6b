import { analyse } from '../../src/core/analyse';
import { dayFromIso, isoFromDay } from '../../src/core/dates';
import type { Grid } from '../../src/core/model';
import { summarise } from '../../src/core/summary';

const day = (iso: string): number => dayFromIso(iso) ?? NaN;
/** A getValues() Date: midnight of the day in Asia/Ho_Chi_Minh (UTC+7). */
const cellDate = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);

function english(): Grid[] {
  return [
    {
      name: 'Units',
      values: [
        [
          'Unit ID',
          'Unit name',
          'Unit type',
          'Parent unit',
          'Party members',
          'Planned congress date',
          'Pilot congress',
          'Editor emails',
        ],
        ['HQ', 'Provincial Police Party Committee', 'Upper', '', '1,103', cellDate('2020-08-20'), false, ''],
        [
          'D1',
          'Department 1',
          'Grassroots',
          'hq',
          42,
          cellDate('2020-06-12'),
          true,
          'd1@police.gov.vn; D1.deputy@police.gov.vn',
        ],
        ['D2', 'Department 2', 'Grassroots', 'HQ', '1.5', '31/04/2020', 'yes', ''],
      ],
    },
    {
      name: 'Milestones',
      values: [
        [
          'Milestone ID',
          'Task',
          'Applies to',
          'Anchor',
          'Offset (days)',
          'Day type',
          'Fixed date',
          'Requires',
          'Pilot only',
        ],
        ['M07', 'Hold the congress', 'All', 'Congress date', 0, 'Calendar', '', '', ''],
        ['M08', 'Report the results', '', 'm07', 7, 'Working', '', 'M07', ''],
        ['M13', 'Before the parent', 'grassroots', 'Parent congress date', -10, '', '', '', 'no'],
      ],
    },
    {
      name: 'Targets',
      values: [
        ['Target ID', 'Target', 'Measure', 'Direction', 'Applies to', 'Target value', 'Due date', 'Roll-up'],
        ['T1', 'Models', 'models', 'At most', 'All', '1,103.5', '2020-12-31', 'Average'],
      ],
    },
    {
      name: 'Settings',
      values: [
        ['Setting', 'Value'],
        ['Warning days', '3'],
        ['Restrict updates', 'no'],
        ['Congress milestone', 'm07'],
      ],
    },
    {
      name: 'Holidays',
      values: [
        ['Date', 'Holiday'],
        [cellDate('2020-06-22'), 'Made-up holiday'],
      ],
    },
    {
      name: 'Progress',
      values: [
        ['Unit ID', 'Milestone ID', 'Status', 'Completed on'],
        ['D1', 'M07', 'Done', cellDate('2020-06-12')],
      ],
    },
  ];
}

describe('an English workbook read from getValues-style cells', () => {
  const a = analyse(english(), { timeZone: 'Asia/Ho_Chi_Minh', today: day('2020-06-15') });

  test('language and findings in English', () => {
    expect(a.lang).toBe('en');
    expect(a.findings.map((f) => [f.severity, f.code, f.sheet, f.cell, f.message])).toEqual([
      ['error', 'E_NUMBER_INVALID', 'Units', 'E4', '“1.5” is not valid. Enter a whole number of 0 or more.'],
      [
        'error',
        'E_DATE_INVALID',
        'Units',
        'F4',
        'The date “31/04/2020” is not valid. Enter a date as dd/mm/yyyy, for example 30/06/2020.',
      ],
    ]);
  });

  test('values parsed in the English convention', () => {
    expect(a.inputs.units.map((u) => [u.id, u.members, u.congressDate, u.pilot, u.editors, u.parentId])).toEqual([
      ['HQ', 1103, day('2020-08-20'), false, [], null],
      ['D1', 42, day('2020-06-12'), true, ['d1@police.gov.vn', 'd1.deputy@police.gov.vn'], 'hq'],
      ['D2', null, null, true, [], 'HQ'],
    ]);
    expect(a.inputs.targets[0]).toMatchObject({
      value: 1103.5,
      direction: 'atMost',
      rollup: 'average',
      dueDate: day('2020-12-31'),
      appliesTo: 'all',
    });
    expect(a.inputs.settings).toMatchObject({ warningDays: 3, restrictUpdates: false, congressMilestone: 'm07' });
    expect(a.inputs.milestones.map((m) => [m.id, m.anchor, m.dayKind, m.requires, m.appliesTo])).toEqual([
      ['M07', { kind: 'congress' }, 'calendar', [], 'all'],
      ['M08', { kind: 'milestone', milestoneId: 'm07' }, 'working', ['M07'], 'all'],
      ['M13', { kind: 'parentCongress' }, 'calendar', [], ['grassroots']],
    ]);
  });

  test('deadlines: holiday from a Date cell is skipped; IDs match in any case', () => {
    const dl = (u: string, m: string): string | null | undefined => {
      const row = a.progress.find((p) => p.unitId === u && p.milestoneId === m);
      return row ? (row.deadline === null ? null : isoFromDay(row.deadline)) : undefined;
    };
    // D1 completed M07 on Fri 12/06: + 7 working days skipping Mon 22/06 → Wed 24/06.
    expect(dl('D1', 'M08')).toBe('2020-06-24');
    expect(dl('D1', 'M13')).toBe('2020-08-10');
    expect(dl('D2', 'M07')).toBeNull();
    expect(dl('HQ', 'M13')).toBeUndefined();
  });

  test('congress milestone setting matched in any case', () => {
    const s = summarise(a, day('2020-06-15'));
    expect(s.byType.map((t) => [t.type, t.units, t.congressHeld])).toEqual([
      ['Upper', 1, 0],
      ['Grassroots', 2, 1],
    ]);
  });

  test('the document property wins over the sheet names', () => {
    const vi = analyse(english(), { timeZone: 'Asia/Ho_Chi_Minh', today: day('2020-06-15'), lang: 'vi' });
    expect(vi.lang).toBe('vi');
    const date = vi.findings.find((f) => f.code === 'E_DATE_INVALID');
    expect(date).toMatchObject({
      sheet: 'Units',
      cell: 'F4',
      message: 'Ngày “31/04/2020” không hợp lệ. Nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2020.',
    });
    // Numbers follow the workbook language too: in Vietnamese '1,103' is 1,103 (not whole) and is reported.
    expect(vi.findings.filter((f) => f.code === 'E_NUMBER_INVALID').map((f) => f.cell)).toEqual(['E2', 'E4']);
  });
});
