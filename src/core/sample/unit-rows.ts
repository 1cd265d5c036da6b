// Building blocks of the sample organisation's Units rows: a unit, the cells of a committee, a clerk's email.
import { UNIT_TYPE } from './template';

export const SAMPLE_DOMAIN = 'congan-dakhoa.example';

/** The provincial Party organisation, parent of every grassroots organisation and district organisation. */
export const ROOT = 'CAT';

type Bilingual = { vi: string; en: string };

export interface SampleUnit {
  id: string;
  name: string;
  type: string;
  parentId: string | null;
  members: number;
  /** ISO date, or null for the unit that has not fixed its date yet. */
  congressDate: string | null;
  /** Congress days (blank = 1): cells 1, grassroots up to 2, the provincial organisation 2 (15–16/7/2020). */
  congressDays?: number;
  pilot: boolean;
  editors: string[];
  note?: Bilingual;
}

export const clerk = (code: string): string => `vanthu.${code.toLowerCase()}@${SAMPLE_DOMAIN}`;

export function unit(
  id: string,
  name: string,
  type: string,
  parentId: string | null,
  members: number,
  congressDate: string | null,
  extra: Partial<SampleUnit> = {},
): SampleUnit {
  return { id, name, type, parentId, members, congressDate, pilot: false, editors: [], ...extra };
}

/** Cells of a grassroots committee: IDs PARENT-01, PARENT-02, …; the clerk of the committee updates them. */
export function cells(
  parentId: string,
  list: readonly [name: string, members: number, congressDate: string][],
): SampleUnit[] {
  return list.map(([name, members, date], i) =>
    unit(`${parentId}-${String(i + 1).padStart(2, '0')}`, name, UNIT_TYPE.cell, parentId, members, date),
  );
}

/** A grassroots committee with its cells; its members are the sum of theirs. */
export function committee(
  id: string,
  name: string,
  congressDate: string,
  list: readonly [name: string, members: number, congressDate: string][],
  extra: Partial<SampleUnit> = {},
): SampleUnit[] {
  const members = list.reduce((sum, [, m]) => sum + m, 0);
  return [
    unit(id, name, UNIT_TYPE.grassrootsCommittee, ROOT, members, congressDate, { editors: [clerk(id)], ...extra }),
    ...cells(id, list),
  ];
}
