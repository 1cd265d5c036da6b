// The share of a step's calls that SPEC §9's sheet protections take: reading the spreadsheet's protections,
// and per protected sheet `protect`, `setWarningOnly` (or the editors under Enforce) and `setDescription` (the
// add-on's marker), plus `setUnprotectedRanges` where the users' columns stay open. The rest is the step's
// own work; the benchmark prints both, so a budget set before the protections can be read against the work.

export interface ProtectionCalls {
  /** Calls of the protections: getProtections, protect and every Protection method. */
  calls: number;
  /** Protections made (Sheet.protect and Range.protect). */
  made: number;
  /** Protections given open ranges. */
  opened: number;
  /** What the protections may cost at most: 3 per protection made, 1 per one opened, 1 read. */
  allowance: number;
}

export function protectionCalls(byMethod: Readonly<Record<string, number>>): ProtectionCalls {
  let calls = 0;
  for (const [key, n] of Object.entries(byMethod)) {
    if (key.startsWith('Protection.') || key === 'Spreadsheet.getProtections' || key.endsWith('.protect')) calls += n;
  }
  const made = (byMethod['Sheet.protect'] ?? 0) + (byMethod['Range.protect'] ?? 0);
  const opened = byMethod['Protection.setUnprotectedRanges'] ?? 0;
  return { calls, made, opened, allowance: 3 * made + opened + 1 };
}
