// Emulation rating (docs/workbook.md §5): the reference for the Rating and Achievement formulas of formulas.ts.
import type { Rating } from './fixed-lists';

export type Direction = 'atLeast' | 'atMost';

/**
 * Rating of a result against a target value. No result → not reported. A result without a known target value
 * cannot be compared and is also left as not reported.
 */
export function ratingOf(direction: Direction, target: number | null, result: number | null): Rating {
  // A negative result is out of range and counts as blank (docs/workbook.md §6).
  if (result === null || !Number.isFinite(result) || result < 0) return 'notReported';
  if (target === null || !Number.isFinite(target)) return 'notReported';
  if (direction === 'atMost' ? result < target : result > target) return 'exceeded';
  if (result === target) return 'met';
  return 'missed';
}

/**
 * Result ÷ target value; null when there is no result (or a negative one), no target value, or the target value
 * is 0. A result short of its target stays below what a 0.0% cell shows as 100,0%: 1999/2000 is 99,9%.
 */
export function achievementOf(result: number | null, target: number | null): number | null {
  if (result === null || target === null || target === 0 || result < 0) return null;
  const ratio = result / target;
  return result < target && ratio >= ALMOST_WHOLE ? SHORT_OF_WHOLE : ratio;
}

/** The least ratio a 0.0% cell rounds to 100,0%, and the most it may show short of it (99,9%). */
export const ALMOST_WHOLE = 0.9995;
export const SHORT_OF_WHOLE = 0.999;
