// The unit picker's search: real organisations have hundreds of units, so above a handful the picker gets a
// search box that matches names and IDs ignoring case and diacritics ("doi 1" finds "Chi bộ Đội 1").
import type { UnitOption } from '../../shared/api';

/** The picker shows a search box from this many units on. */
export const SEARCH_FROM = 15;

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The units whose name or ID holds every word of the query, in their order; all of them for a blank query. */
export function searchUnits(units: readonly UnitOption[], query: string): UnitOption[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return [...units];
  return units.filter((u) => {
    const hay = fold(`${u.name} ${u.id}`);
    return words.every((w) => hay.includes(w));
  });
}
