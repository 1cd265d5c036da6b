// Fitting a day's emails into MailApp's remaining daily quota (docs/workbook.md §11). Google counts recipients, not
// emails: each address of an email counts once. When the quota is short the most overdue go first, and the
// office digest — sent that day even when it is not the digest day — says who was not reminded and why.
import type { Digest } from './digest';
import type { ChaseEmail, ReminderPlan, Unreached } from './plan';

export type OutgoingEmail = ChaseEmail | Digest;

export interface Allotment {
  /** In sending order: the digest first (its recipients are reserved), then the most overdue. */
  send: OutgoingEmail[];
  /** Who is not reminded today: no editor email, or the quota ran out. */
  unreached: Unreached[];
}

/** Recipients as Google counts them: every address once. */
export function recipientCount(email: { to: readonly string[] }): number {
  return new Set(email.to.map((t) => t.trim().toLowerCase()).filter((t) => t !== '')).size;
}

/**
 * The emails to send now. `sent` holds the ledger keys already sent today (they are neither sent again nor
 * counted as unreached); `remaining` is MailApp.getRemainingDailyQuota().
 */
export function allot(plan: ReminderPlan, remaining: number, sent: ReadonlySet<string>): Allotment {
  const pending = plan.emails.filter((e) => !sent.has(e.key));
  const digest = plan.digest && !sent.has(plan.digest.key) ? plan.digest : null;

  const fit = (reserve: number): { take: ChaseEmail[]; skipped: ChaseEmail[] } => {
    let left = remaining - reserve;
    const take: ChaseEmail[] = [];
    const skipped: ChaseEmail[] = [];
    for (const e of pending) {
      const n = recipientCount(e);
      if (n <= left) {
        take.push(e);
        left -= n;
      } else skipped.push(e);
    }
    return { take, skipped };
  };

  const digestSize = digest ? recipientCount(digest) : 0;
  let withDigest = digest !== null && plan.digestDay && digestSize <= remaining;
  let result = fit(withDigest ? digestSize : 0);
  if (!withDigest && digest && result.skipped.length && digestSize <= remaining) {
    // Someone is left out: the office hears of it today.
    withDigest = true;
    result = fit(digestSize);
  }
  const unreached: Unreached[] = [...plan.unreached];
  for (const e of result.skipped) {
    if (e.kind === 'unit')
      unreached.push({
        unitId: e.unitId,
        unitName: e.unitName,
        reason: 'quota',
        items: e.items.length + e.targets.length,
      });
    else
      unreached.push({
        unitId: e.unitId ?? '',
        unitName: e.unitName,
        reason: 'quota',
        items: e.groups.reduce((n, g) => n + g.items.length, 0),
        escalated: e.groups.map((g) => ({ unitId: g.unitId, unitName: g.unitName })),
      });
  }
  const send: OutgoingEmail[] = [];
  if (withDigest && digest) send.push({ ...digest, notReminded: unreached });
  send.push(...result.take);
  return { send, unreached };
}
