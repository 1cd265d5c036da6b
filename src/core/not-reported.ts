// The units that have not reported each target yet (their result cell is empty), for administrators.

export interface ReportLine {
  unitId: string;
  unitName: string;
  targetId: string;
  /** The result cell as read; '' / null / undefined when nothing was reported. */
  result: unknown;
}

export interface UnitRef {
  id: string;
  name: string;
}

/** Target id (upper case) → the units whose result is empty, in sheet order, each unit once. */
export function notReportedByTarget(lines: readonly ReportLine[]): Record<string, UnitRef[]> {
  const out: Record<string, UnitRef[]> = {};
  const seen = new Set<string>();
  for (const line of lines) {
    const unit = line.unitId.trim();
    const target = line.targetId.trim().toUpperCase();
    if (unit === '' || target === '') continue;
    const empty =
      line.result === '' ||
      line.result === null ||
      line.result === undefined ||
      (typeof line.result === 'string' && line.result.trim() === '');
    const key = `${target}\u0000${unit.toUpperCase()}`;
    if (!empty || seen.has(key)) continue;
    seen.add(key);
    (out[target] ??= []).push({ id: unit, name: line.unitName.trim() });
  }
  return out;
}
