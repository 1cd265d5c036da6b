// Status entries and emulation results of the sample organisation as of SAMPLE_TODAY, chosen so that the demo
// shows every standing of docs/workbook.md §4 and every rating of docs/workbook.md §5.
import type { Status } from '../fixed-lists';
import { HOLIDAYS_VN } from './holidays';
import { SAMPLE_TARGETS, SAMPLE_UNITS, type SampleUnit } from './organisation';
import { TEMPLATE_MILESTONES, UNIT_TYPE, type TemplateMilestone } from './template';

/** The demo date: mid-May 2020, with the grassroots congresses half done. */
export const SAMPLE_TODAY = '2020-05-15';
const WARNING_DAYS = 7;

export interface SampleProgressEntry {
  unitId: string;
  milestoneId: string;
  status: Status;
  completedOn: string | null;
  evidence?: string;
  note?: string;
}

export interface SampleResult {
  unitId: string;
  targetId: string;
  result: number | null;
  ownTarget?: number | null;
}

const DAY_MS = 86_400_000;
const DAYS_OFF = new Set(HOLIDAYS_VN.filter((h) => h.kind !== 'worked').map((h) => h.date));
const WORKED_DAYS = new Set(HOLIDAYS_VN.filter((h) => h.kind === 'worked').map((h) => h.date));

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isWorkingDay(iso: string): boolean {
  if (WORKED_DAYS.has(iso)) return true;
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !DAYS_OFF.has(iso);
}

/** The first working day on or after `iso`: realistic completion dates never fall on a day off. */
function workingDayFrom(iso: string): string {
  let d = iso;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The last working day on or before `iso`. */
function workingDayUpTo(iso: string): string {
  let d = iso;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

export function milestoneAppliesTo(m: TemplateMilestone, u: { type: string; pilot: boolean }): boolean {
  if (m.pilotOnly && !u.pilot) return false;
  return m.appliesTo === 'all' || m.appliesTo.includes(u.type);
}

const done = (completedOn: string, evidence?: string): Omit<SampleProgressEntry, 'unitId' | 'milestoneId'> =>
  evidence ? { status: 'done', completedOn, evidence } : { status: 'done', completedOn };
const inProgress = { status: 'inProgress', completedOn: null } as const;
const awaiting = { status: 'awaiting', completedOn: null } as const;

const EVIDENCE: Partial<Record<string, string>> = {
  M01: 'Kế hoạch tổ chức đại hội',
  M03: 'Quyết định phê duyệt đề án nhân sự',
  M07: 'Biên bản, nghị quyết đại hội',
  M08: 'Báo cáo kết quả đại hội',
  M09: 'Quyết định chuẩn y',
};

/**
 * What a diligent unit would have recorded by SAMPLE_TODAY: steps before the congress done a couple of days
 * ahead of their deadline, the congress held on its planned date, and the follow-up steps done in good time.
 */
function typicalEntries(u: SampleUnit, today: string): SampleProgressEntry[] {
  const D = u.congressDate;
  if (D === null) return [];
  const close = addDays(D, (u.congressDays ?? 1) - 1);
  const soon = addDays(today, WARNING_DAYS);
  const out: SampleProgressEntry[] = [];
  const completed: Record<string, string> = {};
  const put = (m: string, e: Omit<SampleProgressEntry, 'unitId' | 'milestoneId'>): void => {
    out.push({ unitId: u.id, milestoneId: m, ...e });
    if (e.status === 'done' && e.completedOn) completed[m] = e.completedOn;
  };
  for (const m of TEMPLATE_MILESTONES) {
    if (!milestoneAppliesTo(m, u)) continue;
    if (m.anchor === 'congress' || m.anchor === 'congressClose') {
      const due = addDays(m.anchor === 'congressClose' ? close : D, m.offset);
      if (m.id === 'M07') {
        // The congress is recorded done on its closing day, from which the legal periods count.
        if (close < today) put(m.id, done(close, EVIDENCE.M07));
        else if (D <= soon) put(m.id, inProgress);
        continue;
      }
      if (due < today) put(m.id, done(workingDayUpTo(addDays(due, -2)), EVIDENCE[m.id]));
      else if (due <= soon || m.id === 'M02') put(m.id, inProgress);
      continue;
    }
    if (!(D < today)) continue;
    const after = (anchorDone: string | undefined, days: number): string | null =>
      anchorDone === undefined ? null : workingDayFrom(addDays(anchorDone, days));
    let when: string | null = null;
    if (m.id === 'M08') when = after(completed.M07, 3);
    else if (m.id === 'M09') when = after(completed.M08, 14);
    else if (m.id === 'M10') when = after(completed.M07, 5);
    else if (m.id === 'M11') when = after(completed.M09, 20);
    else if (m.id === 'M12') when = after(completed.M07, 45);
    const anchorDone = completed[m.anchor];
    if (when !== null && when < today) put(m.id, done(when, EVIDENCE[m.id]));
    else if (anchorDone !== undefined) put(m.id, m.id === 'M09' ? awaiting : inProgress);
  }
  return out;
}

type Override = Omit<SampleProgressEntry, 'unitId' | 'milestoneId'> | null;

/** Exceptions that hold whatever the date: done late, or not applicable. */
const ALWAYS: Readonly<Record<string, Override>> = {
  // Personnel plan approved five days late: done late.
  'PH10|M03': { ...done('2020-04-24', EVIDENCE.M03), note: 'Đề án phải bổ sung hồ sơ nhân sự' },
  // Pilot unit's action programme issued two days after its deadline: done late.
  'PA03|M12': done('2020-05-14', 'Chương trình hành động số 05-CTr/ĐU'),
  // Cells that follow their district committee's action programme.
  'CAH-KS-01|M12': {
    status: 'notApplicable',
    completedOn: null,
    note: 'Thực hiện theo chương trình hành động của Đảng bộ Công an huyện',
  },
  'CAH-KS-02|M12': {
    status: 'notApplicable',
    completedOn: null,
    note: 'Thực hiện theo chương trình hành động của Đảng bộ Công an huyện',
  },
  'CAH-KS-03|M12': {
    status: 'notApplicable',
    completedOn: null,
    note: 'Thực hiện theo chương trình hành động của Đảng bộ Công an huyện',
  },
};

/** The realistic exceptions of mid-season (SAMPLE_TODAY) that give the demo its findings; null removes the typical entry. */
const MID_SEASON: Readonly<Record<string, Override>> = {
  // Drafting behind schedule: overdue.
  'PC08|M02': { ...inProgress, note: 'Đang hoàn thiện báo cáo chính trị theo góp ý của tổ thẩm định' },
  // Reported to the superior, waiting for its agreement: due soon, blue status.
  'PC07|M06': { ...awaiting, note: 'Đã gửi báo cáo ngày 12/5/2020' },
  // Ratification still with the superior past its deadline: overdue, blue status.
  'PX01|M09': { ...awaiting, note: 'Ban Thường vụ chưa ban hành quyết định chuẩn y' },
  'PX01|M11': null,
  // Congress just held, report not sent yet: due today.
  'PC03|M08': null,
  'PC03|M09': null,
  // The commune cell is behind: report to the superior overdue, congress past the cells' cut-off.
  'CAH-KS-04|M06': { ...inProgress, note: 'Chờ kiện toàn chi ủy' },
  // No congress date yet: the drafts are written, the personnel plan has no deadline.
  'PC10|M02': done('2020-04-20', 'Dự thảo báo cáo chính trị, báo cáo kiểm điểm'),
  'PC10|M03': inProgress,
};

/** After the grassroots cut-off: the late steps were done late, and the cell without a date held its congress. */
const AFTER_CUTOFF: Readonly<Record<string, Override>> = {
  'PC08|M02': { ...done('2020-05-20', 'Dự thảo báo cáo chính trị'), note: 'Hoàn thiện theo góp ý của tổ thẩm định' },
  'CAH-KS-04|M06': { ...done('2020-05-08'), note: 'Chờ kiện toàn chi ủy' },
  'PC10|M02': done('2020-04-20', 'Dự thảo báo cáo chính trị, báo cáo kiểm điểm'),
  'PC10|M03': done('2020-05-11', EVIDENCE.M03),
  'PC10|M04': done('2020-05-29'),
  'PC10|M06': done('2020-06-05'),
  'PC10|M07': {
    ...done('2020-06-26', EVIDENCE.M07),
    note: 'Đại hội ngày 26/6/2020; trang Đơn vị chưa ghi ngày đại hội dự kiến',
  },
};

/** The last day of the grassroots congresses (Chỉ thị 35-CT/TW): after it the sample shows the season's end. */
export const GRASSROOTS_CUTOFF = '2020-06-30';
/** The last day for which Setup records the sample as of the day it runs. */
const SEASON_END = '2020-12-31';

/**
 * The date the sample's entries are recorded as of, when Setup loads it on `today`: after the grassroots
 * cut-off and within 2020, that day (so "27/27 TCCS" shows); otherwise the mid-season SAMPLE_TODAY.
 */
export function sampleAsOf(today: string): string {
  return today > GRASSROOTS_CUTOFF && today <= SEASON_END ? today : SAMPLE_TODAY;
}

/** What the units would have recorded by `asOf` (default SAMPLE_TODAY), with the exceptions of that date. */
export function sampleProgress(asOf: string = SAMPLE_TODAY): SampleProgressEntry[] {
  const entries = SAMPLE_UNITS.flatMap((u) => typicalEntries(u, asOf));
  const byKey = new Map<string, SampleProgressEntry>(entries.map((e) => [`${e.unitId}|${e.milestoneId}`, e]));
  const overrides = { ...ALWAYS, ...(asOf > GRASSROOTS_CUTOFF ? AFTER_CUTOFF : MID_SEASON) };
  for (const [key, override] of Object.entries(overrides)) {
    if (override === null) {
      byKey.delete(key);
      continue;
    }
    const [unitId = '', milestoneId = ''] = key.split('|');
    byKey.set(key, { unitId, milestoneId, ...override });
  }
  // Keep the units' sheet order, then the milestone order.
  const unitOrder = new Map(SAMPLE_UNITS.map((u, i) => [u.id, i] as const));
  const msOrder = new Map(TEMPLATE_MILESTONES.map((m, i) => [m.id, i] as const));
  return [...byKey.values()].sort(
    (a, b) =>
      (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0) ||
      (msOrder.get(a.milestoneId) ?? 0) - (msOrder.get(b.milestoneId) ?? 0),
  );
}

export function targetAppliesTo(appliesTo: 'all' | readonly string[], unitType: string): boolean {
  return appliesTo === 'all' || appliesTo.includes(unitType);
}

/** Results reported by the units that are not cells: [result, own target?] per target. */
const REPORTED: Readonly<Record<string, Readonly<Record<string, readonly [number | null, number?]>>>> = {
  CAT: { CT04: [10, 10], CT05: [0.94], CT06: [1], CT07: [5] },
  PA03: { CT01: [4], CT02: [24, 20], CT04: [3], CT05: [0.97], CT06: [0] },
  PV01: { CT01: [3], CT04: [2], CT05: [0.94], CT06: [0] },
  PX01: { CT01: [2], CT04: [2], CT05: [1], CT06: [0] },
  PC02: { CT01: [5], CT02: [18, 20], CT04: [3], CT05: [0.92], CT06: [1] },
  PC03: { CT01: [3], CT04: [1], CT05: [0.89], CT06: [0] },
  PC04: { CT01: [3], CT04: [2], CT05: [0.96], CT06: [null] },
  PC08: { CT01: [4], CT04: [2], CT05: [0.91], CT06: [0] },
  PH10: { CT01: [1], CT04: [2], CT05: [0.96], CT06: [0] },
  PC07: { CT01: [3], CT04: [3], CT05: [0.9], CT06: [0] },
  PV05: { CT01: [6], CT04: [2], CT05: [1], CT06: [0] },
  PC10: { CT01: [null], CT04: [null], CT05: [null], CT06: [null] },
  'CAX-HD': { CT01: [12, 10], CT02: [162], CT04: [4], CT05: [0.95], CT06: [0] },
  'CAH-KS': { CT01: [8, 8], CT02: [150], CT04: [2], CT05: [0.93], CT06: [0] },
  'CATP-DH': { CT01: [9, 10], CT02: [null], CT04: [3], CT05: [0.92], CT06: [0] },
};

/** Cells: a page each, two inspections, most members rated good; a few exceptions and a few not yet reported. */
function cellResult(index: number, targetId: string): number | null {
  switch (targetId) {
    case 'CT03':
      return index % 9 === 8 ? null : index % 7 === 3 ? 2 : index % 11 === 5 ? 0 : 1;
    case 'CT04':
      return index % 9 === 8 ? null : index % 5 === 2 ? 3 : index % 8 === 6 ? 1 : 2;
    case 'CT05':
      return index % 9 === 8 ? null : index % 10 === 4 ? 0.875 : ([1, 0.95, 0.92, 0.9][index % 4] ?? 1);
    case 'CT06':
      return index % 9 === 8 ? null : index === 13 ? 1 : 0;
    default:
      return null;
  }
}

/**
 * The other grassroots and district organisations: most met or exceeded their targets, a few missed one, and
 * every sixth has not reported its share of members rated good yet.
 */
function organisationResult(index: number, targetId: string): number | null {
  switch (targetId) {
    case 'CT01':
      return index % 7 === 4 ? 2 : 3 + (index % 3);
    case 'CT02':
      return 150 + ((index * 7) % 5) * 4;
    case 'CT04':
      return index % 8 === 5 ? 1 : 2 + (index % 2);
    case 'CT05':
      return index % 6 === 5 ? null : ([0.92, 0.95, 0.9, 0.97, 0.93][index % 5] ?? 0.9);
    case 'CT06':
      return index % 9 === 7 ? 1 : 0;
    default:
      return null;
  }
}

export function sampleResults(): SampleResult[] {
  const out: SampleResult[] = [];
  let cellIndex = 0;
  let otherIndex = 0;
  for (const u of SAMPLE_UNITS) {
    const isCell = u.type === UNIT_TYPE.cell;
    for (const t of SAMPLE_TARGETS) {
      if (!targetAppliesTo(t.appliesTo, u.type)) continue;
      if (isCell) {
        out.push({ unitId: u.id, targetId: t.id, result: cellResult(cellIndex, t.id) });
        continue;
      }
      const listed = REPORTED[u.id];
      const reported = listed ? listed[t.id] : ([organisationResult(otherIndex, t.id)] as const);
      const [result = null, ownTarget] = reported ?? [null];
      out.push(
        ownTarget === undefined
          ? { unitId: u.id, targetId: t.id, result }
          : { unitId: u.id, targetId: t.id, result, ownTarget },
      );
    }
    if (isCell) cellIndex++;
    else if (!REPORTED[u.id]) otherIndex++;
  }
  return out;
}
