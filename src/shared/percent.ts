// Percentage targets (measure '%'): which targets they are, what a bare number typed for them means, and
// which results are far enough outside the plausible range to ask the user to confirm them.
import type { TargetRow } from './api';

type Figures = Pick<TargetRow, 'measure' | 'targetValue' | 'result'>;

/**
 * Whether the target's figures are shares kept as fractions (measure '%', target value 0.9 for 90%), so they
 * are shown and typed as percentages. A '%' target written as a whole number (90) is shown as it is.
 */
export function isPercentTarget(row: Figures): boolean {
  if (row.measure.trim() !== '%') return false;
  const reference = row.targetValue ?? row.result;
  return reference === null || reference <= 1;
}

/**
 * The stored value of a result typed for a target: on a percentage target a bare number is a percentage
 * ('95' → 0.95), as is a number with its sign ('95%' → 0.95, already scaled when parsed).
 */
export function resultForTarget(typed: string | number, parsed: number | null, percent: boolean): number | null {
  if (parsed === null || !percent || typeof typed !== 'string' || typed.trim().endsWith('%')) return parsed;
  return Math.round((parsed / 100) * 1e12) / 1e12;
}

/** Whether a result is implausible: over 100 % on a percentage target, over ten times the target otherwise. */
export function isImplausible(row: Figures, value: number | null): boolean {
  if (value === null) return false;
  if (isPercentTarget(row)) return value > 1;
  return row.targetValue !== null && row.targetValue > 0 && value > row.targetValue * 10;
}
