// The progress sidebar's to-do view, reopen guard, dd/mm/yyyy date field, stale-row comparison and the unit
// search, without a browser.
import type { MilestoneRow, UnitOption } from '../../src/shared/api';
import { doneDependents, draftFromRow, mergeDraft, savedByOther, todoRows } from '../../src/client/progress/state';
import { displayDate, isoFromTyped } from '../../src/client/lib/date-text';
import { searchUnits } from '../../src/client/lib/unit-search';

const row = (
  id: string,
  standing: string,
  deadline: string | null,
  extra: Partial<MilestoneRow> = {},
): MilestoneRow => ({
  milestoneId: id,
  task: `Việc ${id}`,
  deadline,
  status: null,
  completedOn: null,
  standing,
  standingLabel: standing,
  standingColor: null,
  evidence: '',
  note: '',
  requires: [],
  updatedBy: '',
  updatedAt: '',
  version: 'v',
  ...extra,
});

describe('the to-do view', () => {
  // Sheet order M01…M07; as of some day M02 and M05 are overdue (M05 the older), M04 and M03 due soon (M04
  // the sooner), M01 done, M06 not applicable, M07 on track.
  const rows = [
    row('M01', 'doneOnTime', '2020-05-01', { status: 'done', completedOn: '2020-04-30' }),
    row('M02', 'overdue', '2020-06-10'),
    row('M03', 'dueSoon', '2020-06-19'),
    row('M04', 'dueSoon', '2020-06-17'),
    row('M05', 'overdue', '2020-06-01', { status: 'inProgress' }),
    row('M06', 'notApplicable', '2020-06-01', { status: 'notApplicable' }),
    row('M07', 'onTrack', '2020-07-15'),
  ];

  test('overdue first, oldest first; then due soon, soonest first; then the rest not done', () => {
    expect(todoRows(rows, false).map((r) => r.milestoneId)).toEqual(['M05', 'M02', 'M04', 'M03', 'M07']);
  });

  test('"show all" lists every row in the sheet order', () => {
    expect(todoRows(rows, true).map((r) => r.milestoneId)).toEqual(['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07']);
  });
});

describe('reopening a milestone another one stands on', () => {
  const m06 = row('M06', 'doneOnTime', '2020-05-20', { status: 'done', completedOn: '2020-05-19' });
  const m07 = row('M07', 'doneOnTime', '2020-06-10', {
    status: 'done',
    completedOn: '2020-06-10',
    requires: [{ milestoneId: 'M06', task: 'Báo cáo cấp trên', done: true }],
  });
  const m08 = row('M08', 'onTrack', '2020-06-20', {
    requires: [{ milestoneId: 'M06', task: 'Báo cáo cấp trên', done: true }],
  });
  const rows = [m06, m07, m08];

  test('names the done milestones that require it', () => {
    const reopened = { ...draftFromRow(m06), status: 'inProgress' as const, completedOn: '' as const };
    expect(doneDependents(rows, m06, reopened).map((r) => r.milestoneId)).toEqual(['M07']);
  });

  test('nothing to ask when it stays done, or was not done', () => {
    expect(doneDependents(rows, m06, draftFromRow(m06))).toEqual([]);
    expect(doneDependents(rows, m08, { ...draftFromRow(m08), status: 'inProgress' })).toEqual([]);
  });
});

describe('the date field in dd/mm/yyyy whatever the browser', () => {
  test.each([
    ['15/06/2020', '2020-06-15'],
    ['5/6/2020', '2020-06-05'],
    ['05-06-2020', '2020-06-05'],
    ['05.06.2020', '2020-06-05'],
    ['  29/02/2020 ', '2020-02-29'],
    ['', ''],
  ])('%p → %p', (typed, iso) => expect(isoFromTyped(typed)).toBe(iso));

  test.each(['31/02/2020', '29/02/2021', '2020-06-15', '06/15/2020', '15/6/20', 'hôm nay'])(
    '%p is not a date',
    (typed) => expect(isoFromTyped(typed)).toBeNull(),
  );

  test('shows an ISO date as dd/mm/yyyy', () => {
    expect(displayDate('2020-06-05')).toBe('05/06/2020');
    expect(displayDate('')).toBe('');
  });
});

describe('a stale row: what the other person saved beside what the clerk typed', () => {
  test('only the fields that differ', () => {
    const fresh = row('M07', 'doneOnTime', '2020-06-10', { status: 'done', completedOn: '2020-06-10', note: 'Đã họp' });
    const typed = {
      status: 'done' as const,
      completedOn: '2020-06-11' as const,
      evidence: '',
      note: 'Ghi chú của tôi',
    };
    expect(savedByOther(fresh, typed)).toEqual({ completedOn: '2020-06-10', note: 'Đã họp' });
  });
});

describe('the form after a stale refusal', () => {
  test('keeps the fields the clerk changed and takes the others from the sheet', () => {
    const loaded = row('M03', 'onTrack', '2020-06-30', { status: 'notStarted' });
    const typed = { status: 'inProgress' as const, completedOn: '' as const, evidence: '', note: '' };
    const fresh = row('M03', 'onTrack', '2020-06-30', {
      status: 'notStarted',
      note: 'Đã gửi dự thảo',
      updatedBy: 'b@x.vn',
    });
    const merged = mergeDraft(loaded, typed, fresh);
    expect(merged).toEqual({ status: 'inProgress', completedOn: '', evidence: '', note: 'Đã gửi dự thảo' });
    expect(savedByOther(fresh, merged)).toEqual({ status: 'notStarted' });
  });
});

describe('the unit search', () => {
  const units: UnitOption[] = [
    { id: 'DB01', name: 'Đảng bộ Phòng An ninh', type: 'Đảng bộ cơ sở' },
    { id: 'DB01-01', name: 'Chi bộ Đội 1', type: 'Chi bộ trực thuộc' },
    { id: 'CB07', name: 'Chi bộ Công an huyện Đông Hải', type: 'Chi bộ cơ sở' },
  ];

  test.each([
    ['doi 1', ['DB01-01']],
    ['ĐỘI', ['DB01-01']],
    ['dong hai', ['CB07']],
    ['db01', ['DB01', 'DB01-01']],
    ['chi bo', ['DB01-01', 'CB07']],
    ['  ', ['DB01', 'DB01-01', 'CB07']],
    ['xyz', []],
  ])('%p finds %p', (query, ids) => expect(searchUnits(units, query).map((u) => u.id)).toEqual(ids));
});
