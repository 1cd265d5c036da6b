// Dates as clerks read and type them, dd/mm/yyyy, to and from the 'yyyy-mm-dd' the server speaks.
import type { IsoDate } from '../../shared/api';

/** 'yyyy-mm-dd' → 'dd/mm/yyyy', the way the date field shows it whatever the browser's language. */
export function displayDate(iso: IsoDate | ''): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/**
 * What the clerk typed in the date field as 'yyyy-mm-dd': dd/mm/yyyy or d/m/yyyy (also with - or .); '' for
 * an empty field; null for anything else, including a day that does not exist (31/02/2020).
 */
export function isoFromTyped(text: string): IsoDate | '' | null {
  const t = text.trim();
  if (t === '') return '';
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
